// The filterable, paginated list of tasks behind the task figures: the tasks assigned in a
// period, each with its assigning document, dates and status on the period's status day.
// Agency staff list their own agency's tasks only (the scope is part of the query).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/permissions";
import { getDataAsOf } from "@/lib/data/province/settings";
import { statusCondition, taskScope } from "@/lib/data/tasks";
import type { UnitLens } from "@/lib/data/province/unit-lens";
import { startOfLocalDay, type LocalDate, type Period } from "@/lib/metrics/periods";
import { statusDayFor, taskAsOfBounds, taskStatusAsOf, type TaskListFilter, type TaskStatus } from "@/lib/metrics/tasks";

export const TASKS_PER_PAGE = 20;

export type TaskListQuery = { period: Period; agencyId?: number; status?: TaskListFilter; q?: string; page: number; lens?: UnitLens };

export type TaskListRow = {
  id: number;
  code: string;
  title: string;
  agencyId: number;
  agencyName: string;
  documentNumber: string | null;
  documentDate: Date | null;
  assignedAt: Date;
  dueAt: Date;
  completedAt: Date | null;
  status: TaskStatus;
};

export type TaskListPage = { rows: TaskListRow[]; total: number; page: number; pageCount: number; statusDay: LocalDate };

const ts = (instant: Date) => Prisma.sql`${instant.toISOString()}::timestamptz`;

/** Escapes LIKE's wildcards so that a search for "50%" finds "50%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The list's where clause (scope, period, status, text), or null when the viewer may not read it. */
function listConditions(viewer: Viewer, query: Omit<TaskListQuery, "page">, statusDay: LocalDate): Prisma.Sql | null {
  const scope = taskScope(viewer, { agencyId: query.agencyId, lens: query.lens }, { provinceTotals: false });
  if (scope === "refused") return null;
  const { doneBefore, overdueIfDueBefore } = taskAsOfBounds(statusDay);
  const q = query.q?.trim() ?? "";
  const conditions = [
    scope,
    Prisma.sql`t.assigned_at >= ${ts(startOfLocalDay(query.period.from))} AND t.assigned_at < ${ts(doneBefore)}`,
    query.status ? statusCondition(query.status, ts(doneBefore), ts(overdueIfDueBefore)) : Prisma.sql`TRUE`,
    q
      ? Prisma.sql`(t.title ILIKE ${likePattern(q)} OR t.code ILIKE ${likePattern(q)} OR t.document_number ILIKE ${likePattern(q)})`
      : Prisma.sql`TRUE`,
  ];
  return Prisma.join(conditions, " AND ");
}

async function countWhere(where: Prisma.Sql): Promise<number> {
  const [row] = await getDb().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM task t WHERE ${where}`;
  return row?.total ?? 0;
}

/** How many tasks the list holds (the Excel export states it up front, for the page's progress). */
export async function countTasks(viewer: Viewer, query: Omit<TaskListQuery, "page">): Promise<number> {
  const where = listConditions(viewer, query, statusDayFor(query.period, await getDataAsOf()));
  return where ? countWhere(where) : 0;
}

export async function listTasks(viewer: Viewer, query: TaskListQuery): Promise<TaskListPage> {
  const dataAsOf = await getDataAsOf();
  const statusDay = statusDayFor(query.period, dataAsOf);
  const empty = { rows: [], total: 0, page: 1, pageCount: 1, statusDay };
  const where = listConditions(viewer, query, statusDay);
  if (!where) return empty;
  const db = getDb();
  const total = await countWhere(where);
  const pageCount = Math.max(1, Math.ceil(total / TASKS_PER_PAGE));
  const page = Math.min(Math.max(1, query.page), pageCount);
  const ids = await db.$queryRaw<{ id: number }[]>`
    SELECT t.id FROM task t WHERE ${where}
    ORDER BY t.assigned_at DESC, t.id DESC
    LIMIT ${TASKS_PER_PAGE} OFFSET ${(page - 1) * TASKS_PER_PAGE}`;
  const found = await db.task.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    select: {
      id: true, code: true, title: true, agencyId: true, documentNumber: true, documentDate: true,
      assignedAt: true, dueAt: true, completedAt: true, agency: { select: { name: true } },
    },
  });
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows = ids.flatMap(({ id }) => {
    const row = byId.get(id);
    if (!row) return [];
    const { agency, ...task } = row;
    // every listed task was assigned by the status day, so it has a status
    return [{ ...task, agencyName: agency.name, status: taskStatusAsOf(task, statusDay) ?? "IN_PROGRESS" }];
  });
  return { rows, total, page, pageCount, statusDay };
}

const EXPORT_BATCH = 2_000;

/**
 * Every task of the list (the Excel export), newest first, read in keyset batches so that the
 * export holds one batch at a time whatever the list's length.
 */
export async function* streamTasks(viewer: Viewer, query: Omit<TaskListQuery, "page">): AsyncGenerator<TaskListRow> {
  const statusDay = statusDayFor(query.period, await getDataAsOf());
  const where = listConditions(viewer, query, statusDay);
  if (!where) return;
  let after: { assignedAt: Date; id: number } | null = null;
  for (;;) {
    const keyset: Prisma.Sql = after ? Prisma.sql`(t.assigned_at, t.id) < (${ts(after.assignedAt)}, ${after.id})` : Prisma.sql`TRUE`;
    const batch: Omit<TaskListRow, "status">[] = await getDb().$queryRaw`
      SELECT t.id, t.code, t.title, t.agency_id AS "agencyId", a.name AS "agencyName", t.document_number AS "documentNumber",
             t.document_date AS "documentDate", t.assigned_at AS "assignedAt", t.due_at AS "dueAt", t.completed_at AS "completedAt"
      FROM task t JOIN agency a ON a.id = t.agency_id
      WHERE ${where} AND ${keyset}
      ORDER BY t.assigned_at DESC, t.id DESC
      LIMIT ${EXPORT_BATCH}`;
    for (const task of batch) yield { ...task, status: taskStatusAsOf(task, statusDay) ?? "IN_PROGRESS" };
    const last = batch.at(-1);
    if (!last || batch.length < EXPORT_BATCH) return;
    after = { assignedAt: last.assignedAt, id: last.id };
  }
}
