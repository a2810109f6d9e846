// Admin's view of the job queue (issue 22): every schedule with its pause switch and last tick, and
// the jobs that failed after every attempt. Role gate: ./layout.tsx.
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table, type Column } from "@/components/ui/table";
import { ScheduleSwitch } from "@/components/notifications/schedule-switch";
import { requirePermission } from "@/lib/auth/page-access";
import { listFailedJobs, listSchedules, type FailedJob, type ScheduleRow } from "@/lib/data/jobs";
import { isMessageKey, type NestedMessages } from "@/lib/i18n/keys";
import { getIntl, IntlClient, SHELL_NAMESPACES, type RequestIntl, type Translator } from "@/lib/i18n/server";
import { setSchedule } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("jobs.title") };
}

/** The pause switch's messages (components/notifications, a client component). */
const SWITCH_NAMESPACES = [...SHELL_NAMESPACES, "jobs"] as const;

type TaskName = keyof NestedMessages["jobs"]["task"];
const isTaskName = (task: string): task is TaskName => isMessageKey(`jobs.task.${task}`);
/** A failed job may be of a task the catalogue does not name (a one-off job such as send-bundle): its identifier then. */
const taskLabel = (t: Translator, task: string) => (isTaskName(task) ? t(`jobs.task.${task}`) : task);

function scheduleColumns({ t, f }: RequestIntl): Column<ScheduleRow>[] {
  return [
    { key: "task", header: t("jobs.schedule"), rowHeader: true, cell: (row) => taskLabel(t, row.task) },
    { key: "cron", header: t("jobs.cron"), cell: (row) => <code>{row.cron}</code> },
    { key: "state", header: t("jobs.state"), cell: (row) => <span data-testid={`schedule-state-${row.task}`}>{t(row.paused ? "jobs.paused" : "jobs.running")}</span> },
    { key: "last", header: t("jobs.lastRun"), cell: (row) => (row.lastRun ? f.dateTime(row.lastRun) : "—") },
    { key: "switch", header: t("jobs.state"), headerHidden: true, cell: (row) => <ScheduleSwitch action={setSchedule} task={row.task} paused={row.paused} /> },
  ];
}

function failedColumns({ t, f }: RequestIntl): Column<FailedJob>[] {
  return [
    { key: "task", header: t("jobs.taskLabel"), rowHeader: true, cell: (row) => taskLabel(t, row.task) },
    { key: "attempts", header: t("jobs.attempts"), numeric: true, cell: (row) => `${f.number(row.attempts)}/${f.number(row.maxAttempts)}` },
    { key: "error", header: t("jobs.error"), cell: (row) => <span className="break-all">{row.lastError ?? "—"}</span> },
    { key: "at", header: t("jobs.lastRun"), cell: (row) => f.dateTime(row.updatedAt) },
  ];
}

export default async function JobsPage() {
  const viewer = await requirePermission("settings.manage");
  const [schedules, failed, intl] = await Promise.all([listSchedules(viewer), listFailedJobs(viewer), getIntl()]);
  const { t } = intl;
  return (
    <div className="space-y-8">
      <PageHeader title={t("jobs.title")} intro={t("jobs.description")} />
      <IntlClient namespaces={SWITCH_NAMESPACES}>
        <Table caption={t("jobs.schedule")} columns={scheduleColumns(intl)} rows={schedules} rowKey={(row) => row.task} testId="schedules" />
      </IntlClient>
      <Section id="failed-jobs" title={t("jobs.failed")}>
        <Table caption={t("jobs.failed")} columns={failedColumns(intl)} rows={failed} rowKey={(row) => row.id} empty={t("jobs.failedEmpty")} testId="failed-jobs" />
      </Section>
    </div>
  );
}
