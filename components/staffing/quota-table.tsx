// Quota rows of one year by agency and category, with headcount, vacancies and streamlining cases;
// a headcount above the quota is flagged. Filters are a GET form (the URL is the state).
import Link from "next/link";
import type { QuotaRowView } from "@/lib/data/staffing";
import type { StaffingQuery } from "@/lib/validations/staffing";
import { CATEGORIES } from "@/lib/validations/staffing";
import { t } from "@/lib/i18n";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { inputClassName, primaryButtonClassName } from "@/components/ui/filter-styles";

type Props = { rows: QuotaRowView[]; years: number[]; year: number; query: StaffingQuery };

export function QuotaTable({ rows, years, year, query }: Props) {
  return (
    <section aria-labelledby="quota-table" className="space-y-3">
      <h2 id="quota-table" className="text-lg font-semibold text-brand-900">{t("staffing.quotas.heading", { year })}</h2>
      <form method="get" action="/staffing" className="flex flex-wrap items-end gap-3" aria-label={t("staffing.quotas.filters")}>
        <div>
          <label htmlFor="year" className="block text-sm font-medium">{t("staffing.col.year")}</label>
          <select id="year" name="year" defaultValue={String(year)} className={inputClassName}>
            {years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="category" className="block text-sm font-medium">{t("staffing.col.category")}</label>
          <select id="category" name="category" defaultValue={query.category ?? ""} className={inputClassName}>
            <option value="">{t("staffing.quotas.allCategories")}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>{t(`staffing.category.${c}`)}</option>
            ))}
          </select>
        </div>
        {query.units !== "today" ? <input type="hidden" name="units" value={query.units} /> : null}
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" name="over" value="1" defaultChecked={query.over} />
          {t("staffing.quotas.overOnly")}
        </label>
        <button type="submit" className={primaryButtonClassName}>{t("staffing.quotas.apply")}</button>
        {query.category || query.over || query.year ? (
          <Link href="/staffing" className="px-2 py-2 text-brand-700 underline">{t("staffing.quotas.clear")}</Link>
        ) : null}
      </form>
      <p className="text-sm text-muted" data-testid="quota-row-count">
        {t("staffing.quotas.count", { count: formatNumber(rows.length), over: formatNumber(rows.filter((r) => r.overQuota > 0).length) })}
      </p>
      {rows.length === 0 ? (
        <p className="rounded-md border border-border bg-surface px-4 py-6 text-center text-muted">{t("staffing.quotas.none")}</p>
      ) : (
        <div className="max-h-[36rem] overflow-auto rounded-lg border border-border bg-surface shadow-sm">
          <table className="min-w-full text-left text-sm" data-testid="quota-table">
            <caption className="sr-only">{t("staffing.quotas.heading", { year })}</caption>
            <thead className="sticky top-0 bg-brand-50 text-brand-900">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">{t("staffing.col.agency")}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{t("staffing.col.category")}</th>
                <th scope="col" className="px-4 py-3 text-right font-semibold">{t("staffing.col.quota")}</th>
                <th scope="col" className="px-4 py-3 text-right font-semibold">{t("staffing.col.headcount")}</th>
                <th scope="col" className="px-4 py-3 text-right font-semibold">{t("staffing.col.vacancies")}</th>
                <th scope="col" className="px-4 py-3 text-right font-semibold">{t("staffing.col.streamlined")}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{t("staffing.col.decision")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {rows.map((row) => (
                <tr key={row.key} data-testid="quota-row" data-over={row.overQuota > 0 ? "true" : "false"} className={row.overQuota > 0 ? "bg-accent-100" : ""}>
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={`/agencies/${row.agencyId}`} className="text-brand-700 underline">{row.agencyName}</Link>
                    {row.sourceRows > 1 ? <span className="block text-xs text-muted">{t("org.staffing.sources", { count: row.sourceRows })}</span> : null}
                  </th>
                  <td className="px-4 py-3">{t(`staffing.category.${row.category}`)}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{formatNumber(row.quota)}</td>
                  <td className="px-4 py-3 text-right tabular-nums">
                    {row.actualHeadcount === null ? t("staffing.notReported") : formatNumber(row.actualHeadcount)}
                    {row.overQuota > 0 ? (
                      <span className="ml-2 rounded bg-accent-600 px-1.5 py-0.5 text-xs font-semibold text-white">
                        {t("staffing.overQuota", { count: formatNumber(row.overQuota) })}
                      </span>
                    ) : null}
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">{row.vacancies === null ? "—" : formatNumber(row.vacancies)}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{formatNumber(row.streamlined)}</td>
                  <td className="px-4 py-3">
                    {row.decisionNumber
                      ? t("staffing.decisionRef", { number: row.decisionNumber, date: row.decisionDate ? formatDate(row.decisionDate) : "" })
                      : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
