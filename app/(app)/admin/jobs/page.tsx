// Admin's view of the job queue (issue 22): every schedule with its pause switch and last tick, and
// the jobs that failed after every attempt. Role gate: ./layout.tsx.
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table, type Column } from "@/components/ui/table";
import { ScheduleSwitch } from "@/components/notifications/schedule-switch";
import { requirePermission } from "@/lib/auth/page-access";
import { listFailedJobs, listSchedules, type FailedJob, type ScheduleRow } from "@/lib/data/jobs";
import { t, type MessageKey } from "@/lib/i18n";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { setSchedule } from "./actions";

export const metadata: Metadata = { title: t("jobs.title") };

const taskLabel = (task: string) => t(`jobs.task.${task}` as MessageKey);

const scheduleColumns: Column<ScheduleRow>[] = [
  { key: "task", header: t("jobs.schedule"), rowHeader: true, cell: (row) => taskLabel(row.task) },
  { key: "cron", header: t("jobs.cron"), cell: (row) => <code>{row.cron}</code> },
  { key: "state", header: t("jobs.state"), cell: (row) => <span data-testid={`schedule-state-${row.task}`}>{t(row.paused ? "jobs.paused" : "jobs.running")}</span> },
  { key: "last", header: t("jobs.lastRun"), cell: (row) => (row.lastRun ? formatDateTime(row.lastRun) : "—") },
  { key: "switch", header: t("jobs.state"), headerHidden: true, cell: (row) => <ScheduleSwitch action={setSchedule} task={row.task} paused={row.paused} /> },
];

const failedColumns: Column<FailedJob>[] = [
  { key: "task", header: t("jobs.taskLabel"), rowHeader: true, cell: (row) => taskLabel(row.task) },
  { key: "attempts", header: t("jobs.attempts"), numeric: true, cell: (row) => `${formatNumber(row.attempts)}/${formatNumber(row.maxAttempts)}` },
  { key: "error", header: t("jobs.error"), cell: (row) => <span className="break-all">{row.lastError ?? "—"}</span> },
  { key: "at", header: t("jobs.lastRun"), cell: (row) => formatDateTime(row.updatedAt) },
];

export default async function JobsPage() {
  const viewer = await requirePermission("settings.manage");
  const [schedules, failed] = await Promise.all([listSchedules(viewer), listFailedJobs(viewer)]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("jobs.title")} intro={t("jobs.description")} />
      <Table caption={t("jobs.schedule")} columns={scheduleColumns} rows={schedules} rowKey={(row) => row.task} testId="schedules" />
      <Section id="failed-jobs" title={t("jobs.failed")}>
        <Table caption={t("jobs.failed")} columns={failedColumns} rows={failed} rowKey={(row) => row.id} empty={t("jobs.failedEmpty")} testId="failed-jobs" />
      </Section>
    </div>
  );
}
