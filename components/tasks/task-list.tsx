// The tasks behind the figures: filter by status and text, one page at a time, each with its
// assigning document, dates and status on the period's status day.
import { TaskStatusBadge } from "@/components/tasks/status-badge";
import { FilterForm, SearchField, SelectField } from "@/components/ui/controls";
import { Pagination } from "@/components/ui/pagination";
import { Table, type Column } from "@/components/ui/table";
import { Section } from "@/components/ui/section";
import type { TaskListPage, TaskListRow } from "@/lib/data/task-list";
import type { XlsxColumn } from "@/lib/export/xlsx/columns";
import { TASK_LIST_FILTERS } from "@/lib/metrics/tasks";
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

type Row = TaskListPage["rows"][number];

const COLUMNS: Column<Row>[] = [
  {
    key: "task",
    header: t("tasks.col.task"),
    rowHeader: true,
    className: "max-w-md font-normal",
    cell: (row) => (
      <>
        <span className="block font-mono text-xs text-muted">{row.code}</span>
        {row.title}
      </>
    ),
  },
  { key: "agency", header: t("tasks.col.agency"), cell: (row) => row.agencyName },
  {
    key: "document",
    header: t("tasks.col.document"),
    cell: (row) => (
      <>
        {row.documentNumber ?? "—"}
        {row.documentDate ? <span className="block text-xs text-muted">{formatDate(row.documentDate)}</span> : null}
      </>
    ),
  },
  { key: "assignedAt", header: t("tasks.col.assignedAt"), className: "tabular-nums", cell: (row) => formatDate(row.assignedAt) },
  { key: "dueAt", header: t("tasks.col.dueAt"), className: "tabular-nums", cell: (row) => formatDate(row.dueAt) },
  { key: "completedAt", header: t("tasks.col.completedAt"), className: "tabular-nums", cell: (row) => (row.completedAt ? formatDate(row.completedAt) : "—") },
  { key: "status", header: t("tasks.col.status"), cell: (row) => <TaskStatusBadge status={row.status} /> },
];

/** The list for Excel: the same columns, code and title apart, dates as dates. */
export const TASK_LIST_XLSX: XlsxColumn<TaskListRow>[] = [
  { key: "code", header: t("export.col.code"), type: "text", value: (row) => row.code },
  { key: "task", header: t("tasks.col.task"), type: "text", value: (row) => row.title, width: 60 },
  { key: "agency", header: t("tasks.col.agency"), type: "text", value: (row) => row.agencyName, width: 36 },
  { key: "document", header: t("tasks.col.document"), type: "text", value: (row) => row.documentNumber, width: 20 },
  { key: "documentDate", header: `${t("tasks.col.document")} (${t("export.col.date")})`, type: "date", value: (row) => row.documentDate },
  { key: "assignedAt", header: t("tasks.col.assignedAt"), type: "date", value: (row) => row.assignedAt },
  { key: "dueAt", header: t("tasks.col.dueAt"), type: "date", value: (row) => row.dueAt },
  { key: "completedAt", header: t("tasks.col.completedAt"), type: "date", value: (row) => row.completedAt },
  { key: "status", header: t("tasks.col.status"), type: "text", value: (row) => t(`tasks.status.${row.status}`), width: 18 },
];

export function TaskList({ list, query, href, hidden }: Props) {
  return (
    <Section id="task-list" title={t("tasks.list.heading")}>
      <FilterForm action="/tasks" search hidden={hidden} submitLabel={t("tasks.list.apply")}>
        <SelectField id="task-status" name="status" label={t("tasks.col.status")} defaultValue={query.status} allLabel={t("tasks.list.allStatuses")}
          options={TASK_LIST_FILTERS.map((s) => ({ value: s, label: t(`tasks.status.${s}`) }))} />
        <SearchField id="task-q" name="q" label={t("tasks.list.search")} defaultValue={query.q} />
      </FilterForm>
      <p className="text-sm text-muted" data-testid="task-list-count">{t("tasks.list.count", { count: formatNumber(list.total) })}</p>
      <Table caption={t("tasks.list.caption", { page: list.page, pages: list.pageCount })} columns={COLUMNS} rows={list.rows} rowKey={(row) => row.id}
        rowProps={() => ({ "data-testid": "task-row" })} empty={t("tasks.none")} testId="task-list" />
      {list.pageCount > 1 ? (
        <Pagination label={t("tasks.list.pagination")} position={t("tasks.list.pageOf", { page: list.page, pages: list.pageCount })}
          previous={list.page > 1 ? { href: href({ page: String(list.page - 1) }), label: t("tasks.list.previous") } : undefined}
          next={list.page < list.pageCount ? { href: href({ page: String(list.page + 1) }), label: t("tasks.list.next") } : undefined} />
      ) : null}
    </Section>
  );
}
