// The agencies' quarterly report figures that Home Affairs approved (issue 6), province totals for
// the scorecard's quarter. Reports exist per quarter only: other periods get a note.
import Link from "next/link";
import { formatValue } from "@/components/reports/report-display";
import type { Viewer } from "@/lib/auth/permissions";
import { getApprovedIndicatorTotals } from "@/lib/data/reports/approved";
import { t } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";
import { periodKey, quarterOf, type Period } from "@/lib/metrics/periods";

export async function ApprovedSection({ viewer, period }: { viewer: Viewer; period: Period }) {
  if (period.kind !== "quarter") return <p className="text-sm text-muted">{t("scorecard.approved.quarterOnly")}</p>;
  const totals = (await getApprovedIndicatorTotals(viewer, quarterOf(period.from))).filter((row) => row.reports > 0);
  const link = (
    <Link href={`/reports/approved?period=${periodKey(period)}`} className="text-sm font-medium text-brand-700 underline underline-offset-4" data-print="hide">
      {t("scorecard.approved.link")}
    </Link>
  );
  if (totals.length === 0) {
    return (
      <div className="space-y-2">
        <p className="text-sm text-muted">{t("scorecard.approved.none")}</p>
        {link}
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <div className="max-h-96 overflow-auto rounded-lg border border-border bg-surface print:max-h-none print:overflow-visible" tabIndex={0} role="region" aria-labelledby="approved-heading">
        <table className="w-full text-sm" data-testid="approved-table">
          <caption className="sr-only">{t("reports.approved.caption")}</caption>
          <thead className="sticky top-0 bg-brand-50 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">{t("reports.col.indicator")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("reports.col.total")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("reports.col.reports")}</th>
            </tr>
          </thead>
          <tbody>
            {totals.map((row) => (
              <tr key={row.code} className="border-t border-border">
                <th scope="row" className="px-3 py-2 text-left font-normal">{row.nameVi}</th>
                <td className="px-3 py-2 text-right font-semibold tabular-nums" data-testid={`scorecard-approved-${row.code}`}>
                  {formatValue(row.value, row.unit)}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{formatNumber(row.reports)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {link}
    </div>
  );
}
