// The tasks behind the figures: filter by status and text, one page at a time, each with its
// assigning document, dates and status on the period's status day.
import { TaskRows, type TaskCells } from "@/components/tasks/task-rows";
import { FilterForm, SearchField, SelectField } from "@/components/ui/controls";
import { Pagination } from "@/components/ui/pagination";
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

const COLUMNS = ["task", "agency", "document", "assignedAt", "dueAt", "completedAt", "status"] as const;

/** A row as TaskRows takes it (drawn on the client, issue 19), every cell formatted here. */
function cells(row: Row, t: Translator, f: LocaleFormat): TaskCells {
  return [
    String(row.id), row.code, row.title, row.agencyName, row.documentNumber ?? "—", row.documentDate ? f.date(row.documentDate) : "",
    f.date(row.assignedAt), f.date(row.dueAt), row.completedAt ? f.date(row.completedAt) : "—", row.status, t(`tasks.status.${row.status}`),
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
      <TaskRows caption={t("tasks.list.caption", pages)} headers={Object.fromEntries(COLUMNS.map((key) => [key, t(`tasks.col.${key}`)]))}
        rows={list.rows.map((row) => cells(row, t, f))} empty={t("tasks.none")} />
      {list.pageCount > 1 ? (
        <Pagination label={t("tasks.list.pagination")} position={t("tasks.list.pageOf", pages)}
          previous={list.page > 1 ? { href: href({ page: String(list.page - 1) }), label: t("tasks.list.previous") } : undefined}
          next={list.page < list.pageCount ? { href: href({ page: String(list.page + 1) }), label: t("tasks.list.next") } : undefined} />
      ) : null}
    </Section>
  );
}
