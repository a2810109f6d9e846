// Per agency: the tasks assigned in the period by status, the on-time rate, and the tasks
// overdue now; each agency links to its page.
import { CellLink, Table, type Column } from "@/components/ui/table";
import { Section } from "@/components/ui/section";
import type { AgencyTaskRow } from "@/lib/data/tasks";
import type { XlsxColumn } from "@/lib/export/xlsx/columns";
import { t, type MessageKey } from "@/lib/i18n";
import { formatNumber, formatRate } from "@/lib/i18n/format";
import { onTimeBase } from "@/lib/metrics/tasks";

const COUNT_COLUMNS: { key: "assigned" | "doneOnTime" | "doneLate" | "inProgress" | "overdue"; header: MessageKey }[] = [
  { key: "assigned", header: "tasks.assigned" },
  { key: "doneOnTime", header: "tasks.doneOnTime" },
  { key: "doneLate", header: "tasks.doneLate" },
  { key: "inProgress", header: "tasks.inProgress" },
  { key: "overdue", header: "tasks.overdue" },
];

/** The same table for Excel: the same columns, as typed cells. */
export const TASKS_BY_AGENCY_XLSX: XlsxColumn<AgencyTaskRow>[] = [
  { key: "agency", header: t("tasks.col.agency"), type: "text", value: (row) => row.agencyName, width: 40 },
  ...COUNT_COLUMNS.map(({ key, header }): XlsxColumn<AgencyTaskRow> => ({ key, header: t(header), type: "integer", value: (row) => row.counts[key] })),
  { key: "onTimeRate", header: t("tasks.onTimeRate"), type: "percent", value: (row) => (row.counts.assigned > 0 ? row.counts.doneOnTime / row.counts.assigned : null) },
  { key: "overdueNow", header: t("tasks.overdueNow"), type: "integer", value: (row) => row.overdueNow },
];

export function TasksByAgency({ rows, listHref }: { rows: AgencyTaskRow[]; listHref: (agencyId: number) => string }) {
  const columns: Column<AgencyTaskRow>[] = [
    {
      key: "agency",
      header: t("tasks.col.agency"),
      rowHeader: true,
      cell: (row) => <CellLink href={listHref(row.agencyId)}>{row.agencyName}</CellLink>,
    },
    ...COUNT_COLUMNS.map(({ key, header }) => ({ key, header: t(header), numeric: true, cell: (row: AgencyTaskRow) => formatNumber(row.counts[key]) })),
    { key: "onTimeRate", header: t("tasks.onTimeRate"), numeric: true, cell: (row) => formatRate(row.counts.doneOnTime, onTimeBase(row.counts)) },
    {
      key: "overdueNow",
      header: t("tasks.overdueNow"),
      numeric: true,
      className: (row) => (row.overdueNow > 0 ? "font-semibold text-accent-700" : undefined),
      cell: (row) => formatNumber(row.overdueNow),
    },
  ];
  return (
    <Section id="tasks-by-agency" title={t("tasks.byAgency.heading")}>
      <Table caption={t("tasks.byAgency.heading")} columns={columns} rows={rows} rowKey={(row) => row.agencyId} empty={t("tasks.none")}
        maxHeight="max-h-[36rem]" testId="tasks-by-agency" />
    </Section>
  );
}
