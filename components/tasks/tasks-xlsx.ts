// The tasks page's tables for Excel, with the page's own headers: the tasks by agency and the task
// list (code and title apart, dates as dates), in the reader's language.
import type { AgencyTaskRow } from "@/lib/data/tasks";
import type { TaskListRow } from "@/lib/data/task-list";
import type { XlsxColumn } from "@/lib/export/xlsx/columns";
import type { Translator } from "@/lib/i18n/translator";
import { TASK_COUNT_COLUMNS } from "./tasks-by-agency";

export function tasksByAgencyXlsx(t: Translator): XlsxColumn<AgencyTaskRow>[] {
  return [
    { key: "agency", header: t("tasks.col.agency"), type: "text", value: (row) => row.agencyName, width: 40 },
    ...TASK_COUNT_COLUMNS.map(({ key, header }): XlsxColumn<AgencyTaskRow> => ({ key, header: t(header), type: "integer", value: (row) => row.counts[key] })),
    { key: "onTimeRate", header: t("tasks.onTimeRate"), type: "percent", value: (row) => (row.counts.assigned > 0 ? row.counts.doneOnTime / row.counts.assigned : null) },
    { key: "overdueNow", header: t("tasks.overdueNow"), type: "integer", value: (row) => row.overdueNow },
  ];
}

export function taskListXlsx(t: Translator): XlsxColumn<TaskListRow>[] {
  return [
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
}
