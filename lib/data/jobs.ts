// Admin's view of the job queue (issue 22): the schedules with their pause switch and last tick,
// and the jobs that failed after every attempt (an SMTP server down for hours, a bad payload).
// The queue's tables are graphile-worker's (schema graphile_worker, lib/db/queue.ts).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { requirePermission } from "@/lib/data/scope";
import { SCHEDULES, type ScheduledTask } from "@/lib/jobs/schedules";

export type ScheduleRow = { task: ScheduledTask; cron: string; paused: boolean; lastRun: Date | null };
export type FailedJob = { id: string; task: string; attempts: number; maxAttempts: number; lastError: string | null; updatedAt: Date };

/** Whether Admin paused `task`. Scope: none needed — the scheduled task asks about itself. */
export async function unsafeSchedulePaused(task: ScheduledTask): Promise<boolean> {
  const row = await getDb().jobSchedule.findUnique({ where: { task }, select: { paused: true } });
  return row?.paused ?? false;
}

export async function listSchedules(viewer: Viewer): Promise<ScheduleRow[]> {
  if (!can(viewer, "settings.manage")) return [];
  const db = getDb();
  const [switches, ticks] = await Promise.all([
    db.jobSchedule.findMany({ select: { task: true, paused: true } }),
    db.$queryRaw<{ identifier: string; last_execution: Date | null }[]>`SELECT identifier, last_execution FROM graphile_worker._private_known_crontabs`,
  ]);
  const paused = new Map(switches.map((row) => [row.task, row.paused]));
  const last = new Map(ticks.map((row) => [row.identifier, row.last_execution]));
  return SCHEDULES.map((entry) => ({ task: entry.task, cron: entry.cron, paused: paused.get(entry.task) ?? false, lastRun: last.get(entry.task) ?? null }));
}

/** Jobs whose attempts are spent, newest first (graphile-worker keeps them until deleted). */
export async function listFailedJobs(viewer: Viewer, limit = 50): Promise<FailedJob[]> {
  if (!can(viewer, "settings.manage")) return [];
  const rows = await getDb().$queryRaw<{ id: bigint; task_identifier: string; attempts: number; max_attempts: number; last_error: string | null; updated_at: Date }[]>`
    SELECT id, task_identifier, attempts, max_attempts, last_error, updated_at
    FROM graphile_worker.jobs
    WHERE attempts >= max_attempts AND locked_at IS NULL
    ORDER BY updated_at DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({
    id: String(row.id),
    task: row.task_identifier,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lastError: row.last_error,
    updatedAt: row.updated_at,
  }));
}

export async function setSchedulePaused(tx: Prisma.TransactionClient, viewer: Viewer, input: { task: ScheduledTask; paused: boolean }): Promise<{ task: ScheduledTask; paused: boolean }> {
  requirePermission(viewer, "settings.manage");
  await tx.jobSchedule.upsert({
    where: { task: input.task },
    create: { task: input.task, paused: input.paused, updatedBy: viewer.userId },
    update: { paused: input.paused, updatedBy: viewer.userId },
  });
  return input;
}
