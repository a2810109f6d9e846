// The reports' board: agencies × quarters with status and timeliness (Home Affairs, leaders,
// inspectors), or the agency's own row. Each cell opens the report.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge, TimelinessLabel } from "@/components/reports/report-display";
import { PeriodPicker } from "@/components/reports/period-picker";
import { requireViewer } from "@/lib/auth/session";
import { can, readableAgencies } from "@/lib/auth/permissions";
import { getReportBoard } from "@/lib/data/reports/board";
import { listPeriods } from "@/lib/data/province/periods";
import { t } from "@/lib/i18n";
import { formatNumber, formatPeriod } from "@/lib/i18n/format";
import { quarterPeriod } from "@/lib/metrics/periods";
import { boardPeriods, keyOf, selectPeriod } from "./periods";

export const metadata: Metadata = { title: t("reports.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportsPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (readableAgencies(viewer) === "none") notFound();
  const raw = await searchParams;
  const now = new Date();
  const periods = await listPeriods();
  const selected = selectPeriod(periods, typeof raw.period === "string" ? raw.period : undefined, now);
  const intro = can(viewer, "report.edit") ? "reports.intro.agency" : "reports.intro.review";
  if (!selected) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold text-brand-900">{t("reports.heading")}</h1>
        <p>{t("reports.noPeriods")}</p>
      </div>
    );
  }
  const shown = boardPeriods(periods, selected);
  const board = await getReportBoard(viewer, shown, now);
  const last = shown.length - 1;
  const count = (test: (status: string, timeliness: string) => boolean) =>
    formatNumber(board.rows.filter((row) => test(row.cells[last]!.status, row.cells[last]!.timeliness)).length);
  const label = (p: { year: number; quarter: number }) => formatPeriod(quarterPeriod(p.year, p.quarter));

  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("reports.heading")}</h1>
        <p>{t(intro)}</p>
      </div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PeriodPicker action="/reports" periods={periods.map((p) => ({ key: keyOf(p), label: label(p) }))} selected={keyOf(selected)} />
        <Link href={`/reports/approved?period=${keyOf(selected)}`} className="font-semibold text-brand-700 underline">{t("reports.approved.link")}</Link>
      </div>
      <h2 className="text-lg font-semibold text-brand-900">{t("reports.board.heading", { period: label(selected) })}</h2>
      {board.rows.length > 1 ? (
        <p className="text-sm text-muted" data-testid="board-summary">
          {t("reports.board.summary", {
            submitted: count((s) => s === "SUBMITTED"),
            approved: count((s) => s === "APPROVED"),
            returned: count((s) => s === "RETURNED"),
            missing: count((_s, tl) => tl === "missing"),
          })}
        </p>
      ) : null}
      {board.rows.length === 0 ? (
        <p className="text-muted">{t("reports.board.none")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t("reports.board.caption", { period: label(selected) })}</caption>
            <thead className="bg-brand-50 text-left text-brand-900">
              <tr>
                <th scope="col" className="px-3 py-2">{t("reports.col.agency")}</th>
                {shown.map((p) => <th key={p.id} scope="col" className="px-3 py-2">{label(p)}</th>)}
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {board.rows.map((row) => (
                <tr key={row.agencyId} data-agency={row.agencyId}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">{row.agencyName}</th>
                  {row.cells.map((cell, i) => (
                    <td key={shown[i]!.id} className="px-3 py-2" data-period={keyOf(shown[i]!)}>
                      <Link href={`/reports/${keyOf(shown[i]!)}/${row.agencyId}`} className="block space-y-0.5 hover:underline"
                        aria-label={`${row.agencyName}, ${label(shown[i]!)}: ${t(`reports.status.${cell.status}`)}`}>
                        <StatusBadge status={cell.status} />
                        <span className="block"><TimelinessLabel value={cell.timeliness} /></span>
                        {cell.changedSinceApproval > 0 ? (
                          <span className="block text-xs text-accent-700">{t("reports.col.changed")}: {formatNumber(cell.changedSinceApproval)}</span>
                        ) : null}
                      </Link>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
