// Province totals of approved report values for a quarter: only figures Home Affairs approved.
// The leaders' scorecard reads the same function (getApprovedIndicatorTotals).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatValue } from "@/components/reports/report-display";
import { PeriodPicker } from "@/components/reports/period-picker";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getApprovedIndicatorTotals } from "@/lib/data/reports/approved";
import { listPeriods } from "@/lib/data/province/periods";
import { t } from "@/lib/i18n";
import { formatNumber, formatPeriod } from "@/lib/i18n/format";
import { quarterPeriod } from "@/lib/metrics/periods";
import { keyOf, selectPeriod } from "../periods";

export const metadata: Metadata = { title: t("reports.approved.link") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ApprovedTotalsPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (!can(viewer, "scorecard.read")) notFound();
  const raw = await searchParams;
  const periods = await listPeriods();
  const selected = selectPeriod(periods, typeof raw.period === "string" ? raw.period : undefined, new Date());
  if (!selected) notFound();
  const totals = await getApprovedIndicatorTotals(viewer, selected);
  const label = (p: { year: number; quarter: number }) => formatPeriod(quarterPeriod(p.year, p.quarter));

  return (
    <div className="space-y-6">
      <p><Link href={`/reports?period=${keyOf(selected)}`} className="text-brand-700 underline">{t("reports.heading")}</Link></p>
      <h1 className="text-2xl font-bold text-brand-900">{t("reports.approved.heading", { period: label(selected) })}</h1>
      <p>{t("reports.approved.intro")}</p>
      <PeriodPicker action="/reports/approved" periods={periods.map((p) => ({ key: keyOf(p), label: label(p) }))} selected={keyOf(selected)} />
      <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("reports.approved.caption")}</caption>
          <thead className="bg-brand-50 text-left text-brand-900">
            <tr>
              <th scope="col" className="px-3 py-2">{t("reports.col.indicator")}</th>
              <th scope="col" className="px-3 py-2">{t("indicators.col.area")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("reports.col.total")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("reports.col.reports")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {totals.map((row) => (
              <tr key={row.code} data-indicator={row.code}>
                <th scope="row" className="px-3 py-2 text-left font-medium">{row.nameVi}</th>
                <td className="px-3 py-2">{t(`reports.area.${row.area}`)}</td>
                <td className="px-3 py-2 text-right font-semibold" data-testid={`approved-${row.code}`}>{formatValue(row.value, row.unit)}</td>
                <td className="px-3 py-2 text-right">{formatNumber(row.reports)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
