// Tasks assigned by the Provincial People's Committee (DESIGN §5.1): counts for any period, by
// agency, overdue now by age. Tasks are few (thousands a year), so every figure is an aggregate
// over the task table. Statuses follow lib/metrics/tasks: the SQL below uses its instants
// (taskAsOfBounds, overdueAgeBounds), and a period is read on statusDayFor(period, getDataAsOf()).
//
// Scope: province totals are open to every role (DESIGN §2); one agency's figures only to viewers
// who may read that agency (another agency's id gives null, like a missing page). One unit's figures
// by today's units (issue 15) include its predecessors' tasks, each agency's counts divided by its
// share (lib/data/province/unit-lens.ts).
import "server-only";
import { sharedRead } from "@/lib/data/province/cache";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { readableAgencies, scopeIncludes, type Viewer } from "@/lib/auth/permissions";
import type { UnitLens } from "@/lib/data/province/unit-lens";
import { unitLabel } from "@/lib/org/labels";
import { getDataAsOf } from "@/lib/data/province/settings";
import { startOfLocalDay, type LocalDate, type Period } from "@/lib/metrics/periods";
import {
  overdueAgeBounds,
  statusDayFor,
  taskAsOfBounds,
  taskRates,
  type OverdueAges,
  type TaskCounts,
  type TaskRates,
  type TaskListFilter,
  type TaskStatus,
} from "@/lib/metrics/tasks";

export type TaskFilter = {
  agencyId?: number;
  /** with agencyId: today's units read the unit with its predecessors */
  lens?: UnitLens;
};

/** The agencies whose tasks make up a filtered unit's figures (the unit alone, or with its predecessors today). */
function sourcesOf(filter: TaskFilter): number[] | null {
  if (filter.agencyId === undefined) return null;
  return filter.lens ? filter.lens.sourcesOf(filter.agencyId) : [filter.agencyId];
}

/** The agency condition of a read, or "refused" when the viewer may not read that agency. */
export function taskScope(viewer: Viewer, filter: TaskFilter, options: { provinceTotals: boolean }): Prisma.Sql | "refused" {
  const scope = readableAgencies(viewer);
  const sources = sourcesOf(filter);
  if (filter.agencyId !== undefined && sources) {
    if (!scopeIncludes(scope, filter.agencyId)) return "refused";
    const readable = sources.filter((id) => scopeIncludes(scope, id));
    return Prisma.sql`t.agency_id = ANY(${readable}::int[])`;
  }
  if (options.provinceTotals || scope === "all") return Prisma.sql`TRUE`;
  if (scope === "none") return "refused";
  return Prisma.sql`t.agency_id = ANY(${[...scope.agencyIds]}::int[])`;
}

const ts = (instant: Date) => Prisma.sql`${instant.toISOString()}::timestamptz`;

/**
 * The SQL condition of a status, for tasks `t` read with the bounds `doneBefore` and
 * `overdueBefore` (SQL expressions: parameters or columns). Mirrors taskStatusAsOf.
 */
export function statusCondition(status: TaskListFilter, doneBefore: Prisma.Sql, overdueBefore: Prisma.Sql): Prisma.Sql {
  const done = Prisma.sql`(t.completed_at IS NOT NULL AND t.completed_at < ${doneBefore})`;
  const notDone = Prisma.sql`(t.completed_at IS NULL OR t.completed_at >= ${doneBefore})`;
  switch (status) {
    case "DONE":
      return done;
    case "DONE_ON_TIME":
      return Prisma.sql`(${done} AND t.completed_at <= t.due_at)`;
    case "DONE_LATE":
      return Prisma.sql`(${done} AND t.completed_at > t.due_at)`;
    case "IN_PROGRESS":
      return Prisma.sql`(${notDone} AND t.due_at >= ${overdueBefore})`;
    case "OVERDUE":
      return Prisma.sql`(${notDone} AND t.due_at < ${overdueBefore})`;
  }
}

type CountRow = { assigned: number; done_on_time: number; done_late: number; in_progress: number; overdue: number };

/** The five counts as columns; `among` narrows them to some of the rows (e.g. one period's). */
function countColumns(doneBefore: Prisma.Sql, overdueBefore: Prisma.Sql, among: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  const of = (status: TaskStatus) =>
    Prisma.sql`count(t.id) FILTER (WHERE ${among} AND ${statusCondition(status, doneBefore, overdueBefore)})::int`;
  return Prisma.sql`
    count(t.id) FILTER (WHERE ${among})::int AS assigned,
    ${of("DONE_ON_TIME")} AS done_on_time,
    ${of("DONE_LATE")} AS done_late,
    ${of("IN_PROGRESS")} AS in_progress,
    ${of("OVERDUE")} AS overdue`;
}

function toCounts(row: CountRow | undefined): TaskCounts {
  return {
    assigned: row?.assigned ?? 0,
    doneOnTime: row?.done_on_time ?? 0,
    doneLate: row?.done_late ?? 0,
    inProgress: row?.in_progress ?? 0,
    overdue: row?.overdue ?? 0,
  };
}

export type PeriodTaskCounts = { period: Period; statusDay: LocalDate; counts: TaskCounts; rates: TaskRates };

const TASK_KEYS = ["assigned", "doneOnTime", "doneLate", "inProgress", "overdue"] as const;

/** Counts per producing agency as one unit's counts: each agency's part (today's units), or the sum. */
function unitPart(rows: readonly (TaskCounts & { agencyId: number | null })[], filter: TaskFilter): TaskCounts {
  const total: TaskCounts = { assigned: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0 };
  for (const row of rows) {
    for (const key of TASK_KEYS) {
      total[key] += filter.lens && filter.agencyId !== undefined && row.agencyId !== null ? filter.lens.partOf(row.agencyId, filter.agencyId, row[key]) : row[key];
    }
  }
  return total;
}

/** Counts of the tasks assigned in each period, each read on its own status day; one query. */
async function countForPeriods(periods: readonly Period[], where: Prisma.Sql, dataAsOf: LocalDate, filter: TaskFilter = {}): Promise<PeriodTaskCounts[]> {
  if (periods.length === 0) return [];
  const days = periods.map((period) => statusDayFor(period, dataAsOf));
  const values = periods.map((period, i) => {
    const { doneBefore, overdueIfDueBefore } = taskAsOfBounds(days[i]!);
    return Prisma.sql`(${i}::int, ${ts(startOfLocalDay(period.from))}, ${ts(doneBefore)}, ${ts(overdueIfDueBefore)})`;
  });
  const rows = await getDb().$queryRaw<(CountRow & { key: number; agency_id: number | null })[]>`
    WITH p(key, start_at, done_before, overdue_before) AS (VALUES ${Prisma.join(values)})
    SELECT p.key, t.agency_id, ${countColumns(Prisma.sql`p.done_before`, Prisma.sql`p.overdue_before`)}
    FROM p LEFT JOIN task t ON t.assigned_at >= p.start_at AND t.assigned_at < p.done_before AND ${where}
    GROUP BY p.key, t.agency_id`;
  return periods.map((period, i) => {
    const counts = unitPart(rows.filter((row) => row.key === i).map((row) => ({ ...toCounts(row), agencyId: row.agency_id })), filter);
    return { period, statusDay: days[i]!, counts, rates: taskRates(counts) };
  });
}

export type OverdueNow = { asOf: LocalDate; total: number; ages: OverdueAges };

async function overdueOn(asOf: LocalDate, where: Prisma.Sql, filter: TaskFilter = {}): Promise<OverdueNow> {
  const { doneBefore, overdueIfDueBefore } = taskAsOfBounds(asOf);
  const { from30, over90 } = overdueAgeBounds(asOf);
  const rows = await getDb().$queryRaw<{ agency_id: number; under30: number; from30to90: number; over90: number }[]>`
    SELECT t.agency_id,
      count(*) FILTER (WHERE t.due_at >= ${ts(from30)})::int AS under30,
      count(*) FILTER (WHERE t.due_at < ${ts(from30)} AND t.due_at >= ${ts(over90)})::int AS from30to90,
      count(*) FILTER (WHERE t.due_at < ${ts(over90)})::int AS over90
    FROM task t
    WHERE t.assigned_at < ${ts(doneBefore)}
      AND ${statusCondition("OVERDUE", ts(doneBefore), ts(overdueIfDueBefore))}
      AND ${where}
    GROUP BY t.agency_id`;
  const part = (row: (typeof rows)[number], value: number) =>
    filter.lens && filter.agencyId !== undefined ? filter.lens.partOf(row.agency_id, filter.agencyId, value) : value;
  const ages = { UNDER_30: 0, FROM_30_TO_90: 0, OVER_90: 0 };
  for (const row of rows) {
    ages.UNDER_30 += part(row, row.under30);
    ages.FROM_30_TO_90 += part(row, row.from30to90);
    ages.OVER_90 += part(row, row.over90);
  }
  return { asOf, total: ages.UNDER_30 + ages.FROM_30_TO_90 + ages.OVER_90, ages };
}

export type TaskSummary = PeriodTaskCounts & {
  dataAsOf: LocalDate;
  /** tasks overdue on the data's "today", whenever assigned, by age */
  overdueNow: OverdueNow;
};

/**
 * The tasks assigned in `period` (province-wide, or one agency's) by status on the period's
 * status day, with their rates and the tasks overdue now. Null when the viewer may not read the
 * agency asked for.
 */
async function computeTaskSummary(viewer: Viewer, period: Period, filter: TaskFilter = {}): Promise<TaskSummary | null> {
  const where = taskScope(viewer, filter, { provinceTotals: true });
  if (where === "refused") return null;
  const dataAsOf = await getDataAsOf();
  const [[counts], overdueNow] = await Promise.all([countForPeriods([period], where, dataAsOf, filter), overdueOn(dataAsOf, where, filter)]);
  return { ...counts!, dataAsOf, overdueNow };
}

/** The counts of several periods (a trend), e.g. the quarters of a year. Null when refused. */
async function computeTaskTrend(viewer: Viewer, periods: readonly Period[], filter: TaskFilter = {}): Promise<PeriodTaskCounts[] | null> {
  const where = taskScope(viewer, filter, { provinceTotals: true });
  if (where === "refused") return null;
  return countForPeriods(periods, where, await getDataAsOf(), filter);
}

export type AgencyTaskRow = { agencyId: number; agencyName: string; counts: TaskCounts; rates: TaskRates; overdueNow: number };

/**
 * Per agency: the tasks assigned in `period` by status, and the tasks overdue now. Agency staff
 * see their own agency's row only. Agencies without a task in the period are left out.
 */
async function computeTaskCountsByAgency(viewer: Viewer, period: Period): Promise<AgencyTaskRow[]> {
  const where = taskScope(viewer, {}, { provinceTotals: false });
  if (where === "refused") return [];
  const dataAsOf = await getDataAsOf();
  const { doneBefore, overdueIfDueBefore } = taskAsOfBounds(statusDayFor(period, dataAsOf));
  const now = taskAsOfBounds(dataAsOf);
  const inPeriod = Prisma.sql`t.assigned_at >= ${ts(startOfLocalDay(period.from))} AND t.assigned_at < ${ts(doneBefore)}`;
  const overdueNow = Prisma.sql`t.assigned_at < ${ts(now.doneBefore)} AND ${statusCondition("OVERDUE", ts(now.doneBefore), ts(now.overdueIfDueBefore))}`;
  // only the rows either count reads (indexes on assigned_at and completed_at), not the whole table
  const rows = await getDb().$queryRaw<(CountRow & { agency_id: number; agency_name: string; overdue_now: number })[]>`
    SELECT t.agency_id, a.name AS agency_name,
      ${countColumns(ts(doneBefore), ts(overdueIfDueBefore), inPeriod)},
      count(t.id) FILTER (WHERE ${overdueNow})::int AS overdue_now
    FROM task t JOIN agency a ON a.id = t.agency_id
    WHERE ${where} AND ((${inPeriod}) OR (${overdueNow}))
    GROUP BY t.agency_id, a.name
    ORDER BY a.name`;
  return rows
    .filter((row) => row.assigned > 0)
    .map((row) => {
      const counts = toCounts(row);
      return { agencyId: row.agency_id, agencyName: row.agency_name, counts, rates: taskRates(counts), overdueNow: row.overdue_now };
    });
}

/**
 * Per unit of the view (today's units, or the units of the period's time): the tasks assigned in
 * `period` by status, and the tasks overdue now. Units without a task in the period are left out.
 */
export async function getTaskCountsByUnit(viewer: Viewer, period: Period, lens: UnitLens): Promise<AgencyTaskRow[]> {
  const rows = await getTaskCountsByAgency(viewer, period);
  const byAgency = new Map(rows.map((row) => [row.agencyId, { ...row.counts, overdueNow: row.overdueNow }]));
  const { byUnit } = lens.rollUp(byAgency, [...TASK_KEYS, "overdueNow"] as const);
  return lens
    .listedUnits(viewer, period)
    .flatMap((unit) => {
      const counts = byUnit.get(unit.id);
      if (!counts || counts.assigned === 0) return [];
      const { overdueNow, ...taskCounts } = counts;
      return [{ agencyId: unit.id, agencyName: unitLabel(unit), counts: taskCounts, rates: taskRates(taskCounts), overdueNow }];
    })
    .sort((a, b) => a.agencyName.localeCompare(b.agencyName, "vi"));
}

// Shared between viewers of the same read scope, recomputed when their data change (lib/data/province/cache.ts).
export const getTaskSummary = sharedRead("tasks.summary", ["tasks"], computeTaskSummary);
export const getTaskTrend = sharedRead("tasks.trend", ["tasks"], computeTaskTrend);
export const getTaskCountsByAgency = sharedRead("tasks.byAgency", ["tasks"], computeTaskCountsByAgency);
