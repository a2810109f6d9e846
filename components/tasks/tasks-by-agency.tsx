// Per agency: the tasks assigned in the period by status, the on-time rate, and the tasks
// overdue now; each agency links to its page.
import Link from "next/link";
import type { AgencyTaskRow } from "@/lib/data/tasks";
import { t } from "@/lib/i18n";
import { formatNumber, formatRate } from "@/lib/i18n/format";

export function TasksByAgency({ rows, listHref }: { rows: AgencyTaskRow[]; listHref: (agencyId: number) => string }) {
  return (
    <section aria-labelledby="tasks-by-agency" className="space-y-3">
      <h2 id="tasks-by-agency" className="text-lg font-semibold text-brand-900">{t("tasks.byAgency.heading")}</h2>
      {rows.length === 0 ? (
        <p className="rounded-md border border-border bg-surface px-4 py-6 text-center text-muted">{t("tasks.none")}</p>
      ) : (
        <div className="max-h-[36rem] overflow-auto rounded-lg border border-border bg-surface shadow-sm">
          <table className="min-w-full text-left text-sm" data-testid="tasks-by-agency">
            <caption className="sr-only">{t("tasks.byAgency.heading")}</caption>
            <thead className="sticky top-0 bg-brand-50 text-brand-900">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">{t("tasks.col.agency")}</th>
                <th scope="col" className="px-3 py-3 text-right font-semibold">{t("tasks.assigned")}</th>
                <th scope="col" className="px-3 py-3 text-right font-semibold">{t("tasks.doneOnTime")}</th>
                <th scope="col" className="px-3 py-3 text-right font-semibold">{t("tasks.doneLate")}</th>
                <th scope="col" className="px-3 py-3 text-right font-semibold">{t("tasks.inProgress")}</th>
                <th scope="col" className="px-3 py-3 text-right font-semibold">{t("tasks.overdue")}</th>
                <th scope="col" className="px-3 py-3 text-right font-semibold">{t("tasks.onTimeRate")}</th>
                <th scope="col" className="px-3 py-3 text-right font-semibold">{t("tasks.overdueNow")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {rows.map((row) => (
                <tr key={row.agencyId}>
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={listHref(row.agencyId)} className="text-brand-700 underline">{row.agencyName}</Link>
                  </th>
                  <td className="px-3 py-3 text-right tabular-nums">{formatNumber(row.counts.assigned)}</td>
                  <td className="px-3 py-3 text-right tabular-nums">{formatNumber(row.counts.doneOnTime)}</td>
                  <td className="px-3 py-3 text-right tabular-nums">{formatNumber(row.counts.doneLate)}</td>
                  <td className="px-3 py-3 text-right tabular-nums">{formatNumber(row.counts.inProgress)}</td>
                  <td className="px-3 py-3 text-right tabular-nums">{formatNumber(row.counts.overdue)}</td>
                  <td className="px-3 py-3 text-right tabular-nums">{formatRate(row.counts.doneOnTime, row.counts.assigned)}</td>
                  <td className={`px-3 py-3 text-right tabular-nums ${row.overdueNow > 0 ? "font-semibold text-accent-700" : ""}`}>
                    {formatNumber(row.overdueNow)}
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
