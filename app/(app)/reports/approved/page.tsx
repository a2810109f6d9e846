// Province totals of approved report values for a quarter: only figures Home Affairs approved.
// The leaders' scorecard reads the same function (getApprovedIndicatorTotals).
import { ExportLink } from "@/components/ui/export-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { approvedTotalColumns } from "@/components/reports/approved-columns";
import { PeriodPicker } from "@/components/reports/period-picker";
import { PageHeader } from "@/components/ui/page-header";
import { TextTable } from "@/components/ui/text-table";
import { requirePermission } from "@/lib/auth/page-access";
import { getApprovedIndicatorTotals } from "@/lib/data/reports/approved";
import { getDataSpan, getReportingNow } from "@/lib/data/province/settings";
import { listPeriods, type PeriodRow } from "@/lib/data/province/periods";
import { getIntl } from "@/lib/i18n/server";
import { textTable } from "@/lib/ui/compact-rows";
import { quarterPeriod } from "@/lib/metrics/periods";
import { reportBoardParams } from "@/lib/validations/reports";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";
import { keyOf, selectPeriod } from "../periods";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("reports.approved.link") };
}

export default async function ApprovedTotalsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, span, params, periods, intl] = await Promise.all([requirePermission("scorecard.read"), getDataSpan(), searchParams, listPeriods(), getIntl()]);
  const { t, f } = intl;
  const label = (p: PeriodRow) => f.period(quarterPeriod(p.year, p.quarter));
  const selected = selectPeriod(periods, parseSearchParams(reportBoardParams(span), params).period, await getReportingNow(new Date()));
  if (!selected) notFound();
  const totals = await getApprovedIndicatorTotals(viewer, selected);

  return (
    <div className="space-y-6">
      <PageHeader title={t("reports.approved.heading", { period: label(selected) })} intro={t("reports.approved.intro")} back={{ href: `/reports?period=${keyOf(selected)}`, label: t("reports.heading") }}
        actions={<ExportLink href={`/reports/approved/export?period=${keyOf(selected)}`} what={t("reports.approved.caption")} />} />
      <PeriodPicker action="/reports/approved" periods={periods.map((p) => ({ key: keyOf(p), label: label(p) }))} selected={keyOf(selected)} />
      <TextTable caption={t("reports.approved.caption")} {...textTable(approvedTotalColumns({ testIdPrefix: "approved", withArea: true, intl }), totals, (row) => row.code)} rowKeyAttribute="data-indicator" />
    </div>
  );
}
