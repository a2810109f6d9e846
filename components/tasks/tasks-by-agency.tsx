// Per agency: the tasks assigned in the period by status, the on-time rate, and the tasks
// overdue now; each agency links to its page. Drawn from compact rows (TextTable, issue 19): a row
// per agency, every cell formatted here, so the payload carries the figures once and no cell tree.
import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";
import { TextTable } from "@/components/ui/text-table";
import type { AgencyTaskRow } from "@/lib/data/tasks";
import { useFormat } from "@/lib/i18n/use-format";
import { onTimeBase } from "@/lib/metrics/tasks";
import { packAffixes, textTable, type TextColumnOf } from "@/lib/ui/compact-rows";

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
  const columns: TextColumnOf<AgencyTaskRow>[] = [
    { key: "agency", header: t("tasks.col.agency"), rowHeader: true, text: (row) => row.agencyName },
    ...TASK_COUNT_COLUMNS.map(({ key, header }) => ({ key, header: t(header), numeric: true, text: (row: AgencyTaskRow) => f.number(row.counts[key]) })),
    { key: "onTimeRate", header: t("tasks.onTimeRate"), numeric: true, text: (row) => f.rate(row.counts.doneOnTime, onTimeBase(row.counts)) },
    {
      key: "overdueNow",
      header: t("tasks.overdueNow"),
      numeric: true,
      marked: { className: "font-semibold text-accent-700", keys: rows.filter((row) => row.overdueNow > 0).map((row) => String(row.agencyId)) },
      text: (row) => f.number(row.overdueNow),
    },
  ];
  return (
    <Section id="tasks-by-agency" title={t("tasks.byAgency.heading")}>
      <TextTable caption={t("tasks.byAgency.heading")} {...textTable(columns, rows, (row) => String(row.agencyId))} links={packAffixes(rows.map((row) => listHref(row.agencyId)))}
        empty={t("tasks.none")} maxHeight="max-h-[36rem]" testId="tasks-by-agency" />
    </Section>
  );
}
