// Dossier lists and a dossier's detail (issue 5). Lists read the dossier table page by page with
// keyset pagination on (received_at, id), newest first — the indexes dossier(agency_id, received_at, id),
// dossier(received_at, id) and the compliance lists' partial indexes — so that a page far down
// costs what the first one costs. Scope by the viewer sits in every where.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Channel } from "@/lib/generated/prisma/enums";
import type { DossierFilter } from "@/lib/data/dossier-stats";
import { getDb } from "@/lib/db";
import { can, readableAgencies, type Viewer } from "@/lib/auth/permissions";
import { outcomeAsOf, type DossierOutcome } from "@/lib/metrics/dossiers";
import type { Cursor } from "@/lib/metrics/drill-down";
import { endOfLocalDay, type LocalDate, type Period } from "@/lib/metrics/periods";

export const PAGE_SIZE = 50;

/** Which dossiers a list holds: received in the period, narrowed by the drill-down's path. */
export type DossierListFilter = DossierFilter & {
  period: Period;
  agencyId?: number;
  /**
   * late: resolved after the due day or still open past it; overdue: still open past the due day
   * at the end of the data's day (the scorecard's "overdue now"); noApology: late without an
   * apology letter (DESIGN §6); rescheduled: rescheduled more than once
   */
  status?: "late" | "overdue" | "noApology" | "rescheduled";
};

export type DossierListRow = {
  id: number;
  code: string;
  agencyId: number;
  agencyName: string;
  procedureName: string;
  channel: Channel;
  receivedAt: Date;
  dueAt: Date;
  resolvedAt: Date | null;
  apologyIssuedAt: Date | null;
  rescheduleCount: number;
  /** null when the viewer may not read officials' names */
  officialName: string | null;
  outcome: DossierOutcome;
};

type RawRow = Omit<DossierListRow, "outcome" | "officialName"> & { official_name: string | null };

const day = (value: LocalDate) => Prisma.sql`${value}::date`;

function conditions(viewer: Viewer, filter: DossierListFilter, asOf: LocalDate): Prisma.Sql[] {
  const scope = readableAgencies(viewer);
  const list: Prisma.Sql[] = [
    // received in the period, by Việt Nam calendar day (an index range on received_at)
    Prisma.sql`d.received_at >= (${day(filter.period.from)}::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`,
    Prisma.sql`d.received_at < ((${day(filter.period.to)} + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`,
  ];
  if (scope === "none") list.push(Prisma.sql`false`);
  else if (scope !== "all") list.push(Prisma.sql`d.agency_id = ANY(${[...scope.agencyIds]}::int[])`);
  if (filter.agencyId !== undefined) list.push(Prisma.sql`d.agency_id = ${filter.agencyId}`);
  // a current unit by today's units: its own dossiers and its predecessors'
  if (filter.agencyIds !== undefined) list.push(Prisma.sql`d.agency_id = ANY(${filter.agencyIds}::int[])`);
  if (filter.procedureId !== undefined) list.push(Prisma.sql`d.procedure_id = ${filter.procedureId}`);
  if (filter.officialId !== undefined) list.push(Prisma.sql`d.handling_official_id = ${filter.officialId}`);
  if (filter.channel) list.push(Prisma.sql`d.channel = ${filter.channel}::"Channel"`);
  if (filter.fieldId !== undefined) list.push(Prisma.sql`p.field_id = ${filter.fieldId}`);
  if (filter.level) list.push(Prisma.sql`p.level = ${filter.level}::"AdminLevel"`);
  const lateOrOverdue = Prisma.sql`(d.resolved_at IS NULL OR cchc_local_day(d.resolved_at) > cchc_local_day(d.due_at))
    AND (d.resolved_at IS NOT NULL OR cchc_local_day(d.due_at) <= ${day(asOf)})`;
  if (filter.status === "late") list.push(lateOrOverdue);
  // as lib/metrics/dossiers outcomeAsOf: unresolved at the end of `asOf` and its due day not after it
  const endOfAsOf = endOfLocalDay(asOf);
  if (filter.status === "overdue") list.push(Prisma.sql`(d.resolved_at IS NULL OR d.resolved_at >= ${endOfAsOf}) AND d.due_at < ${endOfAsOf}`);
  if (filter.status === "noApology") list.push(Prisma.sql`d.apology_issued_at IS NULL AND ${lateOrOverdue}`);
  if (filter.status === "rescheduled") list.push(Prisma.sql`d.reschedule_count > 1`);
  return list;
}

/** The procedure is joined only when a filter needs it, so that skipping rows stays on the dossier index. */
function fromClause(filter: DossierListFilter, always = false): Prisma.Sql {
  return always || filter.fieldId !== undefined || filter.level
    ? Prisma.sql`FROM dossier d JOIN procedure p ON p.id = d.procedure_id`
    : Prisma.sql`FROM dossier d`;
}

/**
 * One page of a list after `cursor` (the first page without one), newest first; `nextCursor` is
 * set when more rows follow.
 */
export async function listDossiers(
  viewer: Viewer,
  filter: DossierListFilter,
  asOf: LocalDate,
  cursor: Cursor | null,
  limit = PAGE_SIZE,
): Promise<{ rows: DossierListRow[]; nextCursor: Cursor | null }> {
  const where = conditions(viewer, filter, asOf);
  if (cursor) where.push(Prisma.sql`(d.received_at, d.id) < (${cursor.receivedAt}::timestamptz, ${cursor.id})`);
  const showOfficials = can(viewer, "official.read");
  const raw = await getDb().$queryRaw<RawRow[]>`
    SELECT d.id, d.code, d.agency_id AS "agencyId", a.name AS "agencyName", p.name AS "procedureName", d.channel,
           d.received_at AS "receivedAt", d.due_at AS "dueAt", d.resolved_at AS "resolvedAt",
           d.apology_issued_at AS "apologyIssuedAt", d.reschedule_count AS "rescheduleCount",
           ${showOfficials ? Prisma.sql`o.full_name` : Prisma.sql`NULL::text`} AS official_name
    ${fromClause(filter, true)}
    JOIN agency a ON a.id = d.agency_id
    LEFT JOIN official o ON o.id = d.handling_official_id
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY d.received_at DESC, d.id DESC
    LIMIT ${limit + 1}`;
  const rows = raw.slice(0, limit).map(({ official_name, ...row }) => ({
    ...row,
    officialName: official_name,
    outcome: outcomeAsOf(row, asOf),
  }));
  const last = rows.at(-1);
  return { rows, nextCursor: raw.length > limit && last ? { receivedAt: last.receivedAt, id: last.id } : null };
}

/**
 * The cursor that opens page `page` (null for the first page or past the end): computed once by
 * skipping rows along the index, then carried in the URL so that the page itself is a keyset read.
 */
export async function cursorForPage(viewer: Viewer, filter: DossierListFilter, asOf: LocalDate, page: number, limit = PAGE_SIZE): Promise<Cursor | null> {
  if (page <= 1) return null;
  const rows = await getDb().$queryRaw<{ id: number; receivedAt: Date }[]>`
    SELECT d.id, d.received_at AS "receivedAt"
    ${fromClause(filter)}
    WHERE ${Prisma.join(conditions(viewer, filter, asOf), " AND ")}
    ORDER BY d.received_at DESC, d.id DESC
    OFFSET ${(page - 1) * limit - 1} LIMIT 1`;
  const row = rows[0];
  return row ? { receivedAt: row.receivedAt, id: row.id } : null;
}

/**
 * Every row of a list, newest first, read in keyset batches of `batch` rows: the Excel export of a
 * million dossiers holds one batch at a time, and each batch is the same index read as a page.
 */
export async function* streamDossiers(viewer: Viewer, filter: DossierListFilter, asOf: LocalDate, batch = 5_000): AsyncGenerator<DossierListRow> {
  let cursor: Cursor | null = null;
  do {
    const page = await listDossiers(viewer, filter, asOf, cursor, batch);
    yield* page.rows;
    cursor = page.nextCursor;
  } while (cursor);
}

/** How many rows a list holds (the Excel export states it up front, for the page's progress). */
export async function countDossiers(viewer: Viewer, filter: DossierListFilter, asOf: LocalDate): Promise<number> {
  const [row] = await getDb().$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total ${fromClause(filter)} WHERE ${Prisma.join(conditions(viewer, filter, asOf), " AND ")}`;
  return row?.total ?? 0;
}

/** Every row of a list (the CSV export), up to `max`. */
export async function listAllDossiers(viewer: Viewer, filter: DossierListFilter, asOf: LocalDate, max = 100_000): Promise<DossierListRow[]> {
  const all: DossierListRow[] = [];
  for await (const row of streamDossiers(viewer, filter, asOf)) {
    all.push(row);
    if (all.length >= max) break;
  }
  return all;
}

/** A dossier with everything about it, or null when it does not exist or is out of scope. */
export async function findDossier(viewer: Viewer, id: number) {
  const scope = readableAgencies(viewer);
  if (scope === "none") return null;
  const dossier = await getDb().dossier.findFirst({
    where: scope === "all" ? { id } : { id, agencyId: { in: [...scope.agencyIds] } },
    include: {
      agency: { select: { id: true, name: true } },
      procedure: { select: { id: true, code: true, name: true, level: true, statutoryDays: true, field: { select: { id: true, name: true } } } },
      handlingOfficial: { select: { id: true, code: true, fullName: true } },
    },
  });
  if (!dossier) return null;
  // officials' names only for those who may read them (DESIGN §2)
  return can(viewer, "official.read") ? dossier : { ...dossier, handlingOfficial: null, handlingOfficialId: null };
}

export type DossierDetail = NonNullable<Awaited<ReturnType<typeof findDossier>>>;
