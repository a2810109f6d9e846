// The scheduled tasks (issue 22), in graphile-worker's crontab syntax. Its cron runs in UTC and,
// through the queue's known_crontabs table, starts each tick once however many processes run the
// worker. Admin may pause a task (job_schedule, lib/data/jobs.ts): the tick still comes, and the
// task sees the pause and does nothing.
export const SCHEDULES = [
  // Monday 07:00 in Việt Nam (UTC+7)
  { task: "digest-weekly", cron: "0 0 * * 1" },
  // every day 06:00 in Việt Nam: deadlines and the province's rules crossing their line
  { task: "notify-daily", cron: "0 23 * * *" },
  // every day 17:30 in Việt Nam: one e-mail bundling the day's notifications for those who chose "daily"
  { task: "mail-daily-bundle", cron: "30 10 * * *" },
] as const;

export type ScheduledTask = (typeof SCHEDULES)[number]["task"];

/** The crontab text graphile-worker parses. */
export function crontabOf(schedules: readonly { task: string; cron: string }[] = SCHEDULES): string {
  return schedules.map((entry) => `${entry.cron} ${entry.task}`).join("\n");
}
