// The tasks behind the figures: filter by status and text, one page at a time, each with its
// assigning document, dates and status on the period's status day.
import { TaskStatusBadge } from "@/components/tasks/status-badge";
import { FilterForm, SearchField, SelectField } from "@/components/ui/controls";
import { Pagination } from "@/components/ui/pagination";
import { Table, type Column } from "@/components/ui/table";
import { Section } from "@/components/ui/section";
import type { TaskListPage } from "@/lib/data/task-list";
import { TASK_LIST_FILTERS } from "@/lib/metrics/tasks";
import type { TaskQuery } from "@/lib/validations/tasks";
import { useTranslations } from "next-intl";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import type { Translator } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";

type Props = {
  list: TaskListPage;
  query: TaskQuery;
  /** the page's URL with these parameters changed */
  href: (changes: Partial<Record<"status" | "q" | "page", string | undefined>>) => string;
  /** the parameters that keep the period and agency when the filter form is submitted */
  hidden: Record<string, string>;
};

type Row = TaskListPage["rows"][number];

function taskColumns(t: Translator, f: LocaleFormat): Column<Row>[] {
  return [
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
          {row.documentDate ? <span className="block text-xs text-muted">{f.date(row.documentDate)}</span> : null}
        </>
      ),
    },
    { key: "assignedAt", header: t("tasks.col.assignedAt"), className: "tabular-nums", cell: (row) => f.date(row.assignedAt) },
    { key: "dueAt", header: t("tasks.col.dueAt"), className: "tabular-nums", cell: (row) => f.date(row.dueAt) },
    { key: "completedAt", header: t("tasks.col.completedAt"), className: "tabular-nums", cell: (row) => (row.completedAt ? f.date(row.completedAt) : "—") },
    { key: "status", header: t("tasks.col.status"), cell: (row) => <TaskStatusBadge status={row.status} /> },
  ];
}

export function TaskList({ list, query, href, hidden }: Props) {
  const t = useTranslations();
  const f = useFormat();
  const pages = { page: String(list.page), pages: String(list.pageCount) };
  return (
    <Section id="task-list" title={t("tasks.list.heading")}>
      <FilterForm action="/tasks" search hidden={hidden} submitLabel={t("tasks.list.apply")}>
        <SelectField id="task-status" name="status" label={t("tasks.col.status")} defaultValue={query.status} allLabel={t("tasks.list.allStatuses")}
          options={TASK_LIST_FILTERS.map((s) => ({ value: s, label: t(`tasks.status.${s}`) }))} />
        <SearchField id="task-q" name="q" label={t("tasks.list.search")} defaultValue={query.q} />
      </FilterForm>
      <p className="text-sm text-muted" data-testid="task-list-count">{t("tasks.list.count", { count: f.number(list.total) })}</p>
      <Table caption={t("tasks.list.caption", pages)} columns={taskColumns(t, f)} rows={list.rows} rowKey={(row) => row.id}
        rowProps={() => ({ "data-testid": "task-row" })} empty={t("tasks.none")} testId="task-list" />
      {list.pageCount > 1 ? (
        <Pagination label={t("tasks.list.pagination")} position={t("tasks.list.pageOf", pages)}
          previous={list.page > 1 ? { href: href({ page: String(list.page - 1) }), label: t("tasks.list.previous") } : undefined}
          next={list.page < list.pageCount ? { href: href({ page: String(list.page + 1) }), label: t("tasks.list.next") } : undefined} />
      ) : null}
    </Section>
  );
}
