// Per agency: the tasks assigned in the period by status, the on-time rate, and the tasks
// overdue now; each agency links to its page.
import { useTranslations } from "next-intl";
import { CellLink, Table, type Column } from "@/components/ui/table";
import { Section } from "@/components/ui/section";
import type { AgencyTaskRow } from "@/lib/data/tasks";
import { useFormat } from "@/lib/i18n/use-format";
import { onTimeBase } from "@/lib/metrics/tasks";

/** The count columns of the table and of its workbook (./tasks-xlsx.ts). */
export const TASK_COUNT_COLUMNS = [
  { key: "assigned", header: "tasks.assigned" },
  { key: "doneOnTime", header: "tasks.doneOnTime" },
  { key: "doneLate", header: "tasks.doneLate" },
  { key: "inProgress", header: "tasks.inProgress" },
  { key: "overdue", header: "tasks.overdue" },
] as const;

export function TasksByAgency({ rows, listHref }: { rows: AgencyTaskRow[]; listHref: (agencyId: number) => string }) {
  const t = useTranslations();
  const f = useFormat();
  const columns: Column<AgencyTaskRow>[] = [
    {
      key: "agency",
      header: t("tasks.col.agency"),
      rowHeader: true,
      cell: (row) => <CellLink href={listHref(row.agencyId)}>{row.agencyName}</CellLink>,
    },
    ...TASK_COUNT_COLUMNS.map(({ key, header }) => ({ key, header: t(header), numeric: true, cell: (row: AgencyTaskRow) => f.number(row.counts[key]) })),
    { key: "onTimeRate", header: t("tasks.onTimeRate"), numeric: true, cell: (row) => f.rate(row.counts.doneOnTime, onTimeBase(row.counts)) },
    {
      key: "overdueNow",
      header: t("tasks.overdueNow"),
      numeric: true,
      className: (row) => (row.overdueNow > 0 ? "font-semibold text-accent-700" : undefined),
      cell: (row) => f.number(row.overdueNow),
    },
  ];
  return (
    <Section id="tasks-by-agency" title={t("tasks.byAgency.heading")}>
      <Table caption={t("tasks.byAgency.heading")} columns={columns} rows={rows} rowKey={(row) => row.agencyId} empty={t("tasks.none")}
        maxHeight="max-h-[36rem]" testId="tasks-by-agency" />
    </Section>
  );
}
