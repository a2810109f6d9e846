// The province's quota, reported headcount and vacancies per year and category, with the number
// of agencies over their quota.
import type { ProvinceStaffingYear } from "@/lib/data/staffing";
import { t } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";

export function ProvinceTotals({ totals }: { totals: ProvinceStaffingYear[] }) {
  const sorted = [...totals].sort((a, b) => b.year - a.year || a.category.localeCompare(b.category));
  return (
    <section aria-labelledby="province-totals" className="space-y-3">
      <h2 id="province-totals" className="text-lg font-semibold text-brand-900">{t("staffing.totals.heading")}</h2>
      <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{t("staffing.totals.heading")}</caption>
          <thead className="bg-brand-50 text-brand-900">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">{t("staffing.col.year")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("staffing.col.category")}</th>
              <th scope="col" className="px-4 py-3 text-right font-semibold">{t("staffing.col.quota")}</th>
              <th scope="col" className="px-4 py-3 text-right font-semibold">{t("staffing.col.headcount")}</th>
              <th scope="col" className="px-4 py-3 text-right font-semibold">{t("staffing.col.vacancies")}</th>
              <th scope="col" className="px-4 py-3 text-right font-semibold">{t("staffing.col.streamlined")}</th>
              <th scope="col" className="px-4 py-3 text-right font-semibold">{t("staffing.col.overQuotaAgencies")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {sorted.map((row) => (
              <tr key={`${row.year}-${row.category}`}>
                <th scope="row" className="px-4 py-3 font-medium">{row.year}</th>
                <td className="px-4 py-3">{t(`staffing.category.${row.category}`)}</td>
                <td className="px-4 py-3 text-right tabular-nums" data-testid={`province-quota-${row.year}-${row.category}`}>{formatNumber(row.quota)}</td>
                <td className="px-4 py-3 text-right tabular-nums">
                  <span data-testid={`province-headcount-${row.year}-${row.category}`}>{formatNumber(row.headcount)}</span>
                  {row.reported < row.rows ? (
                    <span className="block text-xs text-muted">{t("staffing.reportedOf", { reported: row.reported, rows: row.rows })}</span>
                  ) : null}
                </td>
                <td className="px-4 py-3 text-right tabular-nums">{formatNumber(Math.max(0, row.quota - row.headcount))}</td>
                <td className="px-4 py-3 text-right tabular-nums">{formatNumber(row.streamlined)}</td>
                <td className={`px-4 py-3 text-right tabular-nums ${row.overQuotaAgencies > 0 ? "font-semibold text-accent-700" : ""}`}>
                  {formatNumber(row.overQuotaAgencies)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
