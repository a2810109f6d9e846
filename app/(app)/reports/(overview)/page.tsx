// The reports' board: agencies × quarters with status and timeliness (Home Affairs, leaders,
// inspectors), or the agency's own row. Each cell opens the report.
import { ExportLink } from "@/components/ui/export-link";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PeriodPicker } from "@/components/reports/period-picker";
import { BoardFilters, boardRows } from "@/components/reports/board-filters";
import { ReportBoard } from "@/components/reports/report-board";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/session";
import { can, readableAgencies } from "@/lib/auth/permissions";
import { getReportBoard } from "@/lib/data/reports/board";
import { getDataSpan, getReportingNow } from "@/lib/data/province/settings";
import { listPeriods, type PeriodRow } from "@/lib/data/province/periods";
import { getIntl } from "@/lib/i18n/server";
import { quarterPeriod } from "@/lib/metrics/periods";
import { reportBoardParams } from "@/lib/validations/reports";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";
import { boardPeriods, keyOf, selectPeriod } from "../periods";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("reports.title") };
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, span, params, periods, intl] = await Promise.all([requireViewer(), getDataSpan(), searchParams, listPeriods(), getIntl()]);
  const { t, f } = intl;
  const label = (p: PeriodRow) => f.period(quarterPeriod(p.year, p.quarter));
  if (readableAgencies(viewer) === "none") notFound();
  const now = await getReportingNow(new Date());
  const query = parseSearchParams(reportBoardParams(span), params);
  const selected = selectPeriod(periods, query.period, now);
  if (selected === undefined) notFound();
  const intro = t(can(viewer, "report.edit") ? "reports.intro.agency" : "reports.intro.review");
  if (!selected) {
    return (
      <div className="space-y-4">
        <PageHeader title={t("reports.heading")} intro={intro} />
        <EmptyState>{t("reports.noPeriods")}</EmptyState>
      </div>
    );
  }
  const shown = boardPeriods(periods, selected);
  const board = await getReportBoard(viewer, shown, now);
  const last = shown.length - 1;
  const rows = boardRows(board.rows, last, query.status);

  return (
    <div className="space-y-6">
      <PageHeader title={t("reports.heading")} intro={intro} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PeriodPicker action="/reports" periods={periods.map((p) => ({ key: keyOf(p), label: label(p) }))} selected={keyOf(selected)} />
        <div className="flex flex-wrap items-center gap-3">
          <Link href={`/reports/approved?period=${keyOf(selected)}`} className="font-semibold text-brand-700 underline">{t("reports.approved.link")}</Link>
          <ExportLink href={`/reports/export?period=${keyOf(selected)}`} what={t("reports.heading")} />
          <ExportLink href={`/reports/document?period=${keyOf(selected)}`} label={t("export.docx")} what={label(selected)} testId="export-docx" />
          <ExportLink href={`/reports/document?period=${keyOf(selected)}&format=pdf`} label={t("export.pdf")} what={label(selected)} testId="export-pdf" />
          <ExportLink href={`/reports/pack?period=${keyOf(selected)}`} label={t("export.packLabel")} what={label(selected)} testId="export-pack" />
        </div>
      </div>
      <h2 className="text-lg font-semibold text-brand-900">{t("reports.board.heading", { period: label(selected) })}</h2>
      {board.rows.length > 1 ? (
        <BoardFilters rows={board.rows} column={last} periodKey={keyOf(selected)} periodLabel={label(selected)} active={query.status} />
      ) : null}
      <ReportBoard rows={rows} periods={shown} caption={t("reports.board.caption", { period: label(selected) })} keyOf={keyOf} label={label} intl={intl}
        empty={query.status ? t("reports.filter.none") : undefined} />
    </div>
  );
}
