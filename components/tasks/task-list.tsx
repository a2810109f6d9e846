// The tasks behind the figures: filter by status and text, one page at a time, each with its
// assigning document, dates and status on the period's status day.
import Link from "next/link";
import { TaskStatusBadge } from "@/components/tasks/status-badge";
import { inputClassName, primaryButtonClassName } from "@/components/ui/filter-styles";
import type { TaskListPage } from "@/lib/data/task-list";
import { TASK_STATUSES } from "@/lib/metrics/tasks";
import type { TaskQuery } from "@/lib/validations/tasks";
import { t } from "@/lib/i18n";
import { formatDate, formatNumber } from "@/lib/i18n/format";

type Props = {
  list: TaskListPage;
  query: TaskQuery;
  /** the page's URL with these parameters changed */
  href: (changes: Partial<Record<"status" | "q" | "page", string | undefined>>) => string;
  /** the parameters that keep the period and agency when the filter form is submitted */
  hidden: Record<string, string>;
};

export function TaskList({ list, query, href, hidden }: Props) {
  return (
    <section aria-labelledby="task-list" className="space-y-3">
      <h2 id="task-list" className="text-lg font-semibold text-brand-900">{t("tasks.list.heading")}</h2>
      <form method="get" action="/tasks" role="search" className="flex flex-wrap items-end gap-3">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div>
          <label htmlFor="task-status" className="block text-sm font-medium">{t("tasks.col.status")}</label>
          <select id="task-status" name="status" defaultValue={query.status ?? ""} className={inputClassName}>
            <option value="">{t("tasks.list.allStatuses")}</option>
            {TASK_STATUSES.map((s) => (
              <option key={s} value={s}>{t(`tasks.status.${s}`)}</option>
            ))}
          </select>
        </div>
        <div className="min-w-64 flex-1">
          <label htmlFor="task-q" className="block text-sm font-medium">{t("tasks.list.search")}</label>
          <input id="task-q" name="q" type="search" defaultValue={query.q} maxLength={100} className={`${inputClassName} w-full`} />
        </div>
        <button type="submit" className={primaryButtonClassName}>{t("tasks.list.apply")}</button>
      </form>
      <p className="text-sm text-muted" data-testid="task-list-count">{t("tasks.list.count", { count: formatNumber(list.total) })}</p>
      {list.rows.length === 0 ? (
        <p className="rounded-md border border-border bg-surface px-4 py-6 text-center text-muted">{t("tasks.none")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
          <table className="min-w-full text-left text-sm" data-testid="task-list">
            <caption className="sr-only">{t("tasks.list.caption", { page: list.page, pages: list.pageCount })}</caption>
            <thead className="bg-brand-50 text-brand-900">
              <tr>
                <th scope="col" className="px-3 py-3 font-semibold">{t("tasks.col.task")}</th>
                <th scope="col" className="px-3 py-3 font-semibold">{t("tasks.col.agency")}</th>
                <th scope="col" className="px-3 py-3 font-semibold">{t("tasks.col.document")}</th>
                <th scope="col" className="px-3 py-3 font-semibold">{t("tasks.col.assignedAt")}</th>
                <th scope="col" className="px-3 py-3 font-semibold">{t("tasks.col.dueAt")}</th>
                <th scope="col" className="px-3 py-3 font-semibold">{t("tasks.col.completedAt")}</th>
                <th scope="col" className="px-3 py-3 font-semibold">{t("tasks.col.status")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {list.rows.map((row) => (
                <tr key={row.id} data-testid="task-row">
                  <th scope="row" className="max-w-md px-3 py-3 font-normal">
                    <span className="block font-mono text-xs text-muted">{row.code}</span>
                    {row.title}
                  </th>
                  <td className="px-3 py-3">{row.agencyName}</td>
                  <td className="px-3 py-3">
                    {row.documentNumber ?? "—"}
                    {row.documentDate ? <span className="block text-xs text-muted">{formatDate(row.documentDate)}</span> : null}
                  </td>
                  <td className="px-3 py-3 tabular-nums">{formatDate(row.assignedAt)}</td>
                  <td className="px-3 py-3 tabular-nums">{formatDate(row.dueAt)}</td>
                  <td className="px-3 py-3 tabular-nums">{row.completedAt ? formatDate(row.completedAt) : "—"}</td>
                  <td className="px-3 py-3"><TaskStatusBadge status={row.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.pageCount > 1 ? (
        <nav aria-label={t("tasks.list.pagination")} className="flex items-center justify-between gap-4">
          {list.page > 1 ? (
            <Link href={href({ page: String(list.page - 1) })} rel="prev" className="font-semibold text-brand-700 underline">{t("tasks.list.previous")}</Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-muted">{t("tasks.list.pageOf", { page: list.page, pages: list.pageCount })}</span>
          {list.page < list.pageCount ? (
            <Link href={href({ page: String(list.page + 1) })} rel="next" className="font-semibold text-brand-700 underline">{t("tasks.list.next")}</Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </section>
  );
}
