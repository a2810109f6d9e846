// Dossier figures of a period, read from the rollups (DESIGN §7), never from the dossier table:
// a page reads a few thousand rollup rows whatever the province's volume. Every figure comes out
// as DossierCounts and is turned into rates by lib/metrics/dossiers.ts.
//
// How a period is read: carried over = Σ(received − resolved) of the buckets before its first
// day; received / resolved / shares = Σ of the buckets inside it; overdue at its end = Σ(due − due
// closed) of every bucket up to its last day. A bucket is a month of a month table, or a day of
// dossier_stat_day for the months a period covers only in part (scorecard date ranges).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AdminLevel, Channel } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { can, readableAgencies, type Viewer } from "@/lib/auth/permissions";
import { EMPTY_DOSSIER_COUNTS, type DossierCounts } from "@/lib/metrics/dossiers";
import { endOfLocalDay, firstOfMonth, isMonthAligned, lastOfMonth, monthsOf, type LocalDate, type Period } from "@/lib/metrics/periods";
import { getDataAsOf } from "@/lib/data/province/settings";

type SumsRow = {
  carried_over: number | null;
  received: number | null;
  resolved_early: number | null;
  resolved_on_time: number | null;
  resolved_late: number | null;
  overdue_at_end: number | null;
  received_online: number | null;
  synced: number | null;
  digitized: number | null;
  electronic: number | null;
};

function countsOf(row: SumsRow): DossierCounts {
  return {
    carriedOver: row.carried_over ?? 0,
    received: row.received ?? 0,
    resolvedEarly: row.resolved_early ?? 0,
    resolvedOnTime: row.resolved_on_time ?? 0,
    resolvedLate: row.resolved_late ?? 0,
    overdueAtEnd: row.overdue_at_end ?? 0,
    receivedOnline: row.received_online ?? 0,
    synced: row.synced ?? 0,
    digitized: row.digitized ?? 0,
    electronic: row.electronic ?? 0,
  };
}

const date = (day: LocalDate) => Prisma.sql`${day}::date`;

/** The sums of one period over buckets `b` with columns s (first day), e (last day) and the counts. */
function sums(from: LocalDate): Prisma.Sql {
  const inside = Prisma.sql`b.s >= ${date(from)}`;
  return Prisma.sql`
    sum(b.received - b.resolved_early - b.resolved_on_time - b.resolved_late) FILTER (WHERE b.e < ${date(from)})::int AS carried_over,
    sum(b.received) FILTER (WHERE ${inside})::int AS received,
    sum(b.resolved_early) FILTER (WHERE ${inside})::int AS resolved_early,
    sum(b.resolved_on_time) FILTER (WHERE ${inside})::int AS resolved_on_time,
    sum(b.resolved_late) FILTER (WHERE ${inside})::int AS resolved_late,
    sum(b.due - b.due_closed)::int AS overdue_at_end,
    sum(b.received_online) FILTER (WHERE ${inside})::int AS received_online,
    sum(b.synced) FILTER (WHERE ${inside})::int AS synced,
    sum(b.digitized) FILTER (WHERE ${inside})::int AS digitized,
    sum(b.electronic) FILTER (WHERE ${inside})::int AS electronic`;
}

const COUNTS = Prisma.raw(
  "received, received_online, synced, digitized, electronic, resolved_early, resolved_on_time, resolved_late, due, due_closed",
);

/** Months the period covers only in part: those are read by day. */
function partialMonths(period: Period): LocalDate[] {
  return monthsOf(period).filter((month) => month < period.from || lastOfMonth(month) > period.to);
}

export type AgencyScope = "all" | number[];

/** The agencies whose rows `viewer` may read, narrowed to `wanted` when given. */
function scopeFor(viewer: Viewer, wanted?: number[]): AgencyScope {
  const readable = readableAgencies(viewer);
  if (readable === "none") return [];
  if (readable === "all") return wanted ?? "all";
  return (wanted ?? [...readable.agencyIds]).filter((id) => readable.agencyIds.includes(id));
}

function agencyFilter(scope: AgencyScope, column = Prisma.raw("agency_id")): Prisma.Sql {
  if (scope === "all") return Prisma.sql`true`;
  if (scope.length === 0) return Prisma.sql`false`;
  return Prisma.sql`${column} = ANY(${scope}::int[])`;
}

/**
 * Buckets by agency for a period: dossier_stat_agency_month for whole months, dossier_stat_day for
 * the days of months the period covers in part (no channel there: a channel filter needs a
 * month-aligned period).
 */
function agencyBuckets(period: Period, scope: AgencyScope, channel?: Channel): Prisma.Sql {
  const partial = partialMonths(period);
  if (channel && partial.length > 0) throw new Error("a channel filter needs a period of whole months");
  const channelFilter = channel ? Prisma.sql`channel = ${channel}::"Channel"` : Prisma.sql`true`;
  const months = Prisma.sql`
    SELECT agency_id, month AS s, (month + interval '1 month' - interval '1 day')::date AS e, ${COUNTS}
    FROM dossier_stat_agency_month
    WHERE month <= ${date(firstOfMonth(period.to))} AND NOT (month = ANY(${partial}::date[]))
      AND ${agencyFilter(scope)} AND ${channelFilter}`;
  if (partial.length === 0) return months;
  return Prisma.sql`${months}
    UNION ALL
    SELECT agency_id, day AS s, day AS e, ${COUNTS}
    FROM dossier_stat_day
    WHERE (${Prisma.join(partial.map((month) => Prisma.sql`day BETWEEN ${date(month)} AND ${date(lastOfMonth(month))}`), " OR ")})
      AND day <= ${date(period.to)} AND ${agencyFilter(scope)}`;
}

/** Province totals of a period, for every viewer of province figures (DESIGN §2); null for anyone else. */
export async function getProvinceDossierCounts(viewer: Viewer, period: Period): Promise<DossierCounts | null> {
  if (!can(viewer, "scorecard.read")) return null;
  const [rows, overdue] = await Promise.all([
    getDb().$queryRaw<SumsRow[]>`SELECT ${sums(period.from)} FROM (${agencyBuckets(period, "all")}) b`,
    overdueAtDataDay(period, "all", "province"),
  ]);
  const counts = rows[0] ? countsOf(rows[0]) : { ...EMPTY_DOSSIER_COUNTS };
  return overdue ? { ...counts, overdueAtEnd: overdue.get("") ?? 0 } : counts;
}

/** Figures per agency that `viewer` may read (agency staff: their own agency only). */
export async function getAgencyDossierCounts(
  viewer: Viewer,
  period: Period,
  filter: { agencyIds?: number[]; channel?: Channel } = {},
): Promise<Map<number, DossierCounts>> {
  const scope = scopeFor(viewer, filter.agencyIds);
  const [rows, overdue] = await Promise.all([
    getDb().$queryRaw<(SumsRow & { agency_id: number })[]>`
      SELECT b.agency_id, ${sums(period.from)}
      FROM (${agencyBuckets(period, scope, filter.channel)}) b
      GROUP BY b.agency_id`,
    overdueAtDataDay(period, scope, "agency", { channel: filter.channel }),
  ]);
  return new Map(rows.map((row) => [row.agency_id, withOverdue(countsOf(row), overdue, String(row.agency_id))]));
}

/**
 * A period that reaches past the data's day (getDataAsOf) cannot know what is overdue at its
 * end: its "overdue at the end" is the overdue at the end of the data's day — the dossiers still
 * unresolved then whose due day has passed, counted from the small set of unresolved rows (partial
 * index dossier_unresolved_idx). Null when the period ends before the data's day.
 */
async function overdueAtDataDay(
  period: Period,
  scope: AgencyScope,
  by: Grouping,
  filter: DossierFilter = {},
  perAgency = false,
): Promise<Map<string, number> | null> {
  const asOf = await getDataAsOf();
  if (period.to < asOf) return null;
  const byGroup = {
    province: Prisma.sql`''`,
    month: Prisma.sql`''`,
    agency: Prisma.sql`d.agency_id::text`,
    field: Prisma.sql`p.field_id::text`,
    procedure: Prisma.sql`d.procedure_id::text`,
    official: Prisma.sql`d.handling_official_id::text`,
  }[by];
  const group = perAgency ? Prisma.sql`d.agency_id::text || ':' || ${byGroup}` : byGroup;
  const conditions = [
    Prisma.sql`(d.resolved_at IS NULL OR d.resolved_at >= ${endOfLocalDay(asOf)})`,
    // due on or before the data's day (as a bound on due_at, so the partial index can serve it)
    Prisma.sql`d.due_at < ${endOfLocalDay(asOf)}`,
    agencyFilter(scope, Prisma.raw("d.agency_id")),
    by === "official" ? Prisma.sql`d.handling_official_id IS NOT NULL` : null,
    filter.fieldId === undefined ? null : Prisma.sql`p.field_id = ${filter.fieldId}`,
    filter.procedureId === undefined ? null : Prisma.sql`d.procedure_id = ${filter.procedureId}`,
    filter.officialId === undefined ? null : Prisma.sql`d.handling_official_id = ${filter.officialId}`,
    filter.channel ? Prisma.sql`d.channel = ${filter.channel}::"Channel"` : null,
    filter.level ? Prisma.sql`p.level = ${filter.level}::"AdminLevel"` : null,
  ].filter((condition): condition is Prisma.Sql => condition !== null);
  const rows = await getDb().$queryRaw<{ grp: string; n: number }[]>`
    SELECT ${group} AS grp, count(*)::int AS n
    FROM dossier d JOIN procedure p ON p.id = d.procedure_id
    WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY 1`;
  return new Map(rows.map((row) => [row.grp, row.n]));
}

function withOverdue(counts: DossierCounts, overdue: Map<string, number> | null, grp: string): DossierCounts {
  return overdue ? { ...counts, overdueAtEnd: overdue.get(grp) ?? 0 } : counts;
}

export type MonthCounts = { month: LocalDate; counts: DossierCounts };

export type DossierFilter = {
  agencyIds?: number[];
  fieldId?: number;
  procedureId?: number;
  officialId?: number;
  channel?: Channel;
  /** the procedure's administrative level */
  level?: AdminLevel;
};

export type Grouping = "province" | "agency" | "field" | "procedure" | "official" | "month";

/** The month table that can answer a grouping under a filter, and the group expression on it. */
function monthSource(viewer: Viewer, by: Grouping, filter: DossierFilter, toMonth: LocalDate, perAgency = false): Prisma.Sql {
  const byOfficial = by === "official" || filter.officialId !== undefined;
  const byProcedure = !byOfficial && (by === "field" || by === "procedure" || filter.fieldId !== undefined || filter.procedureId !== undefined || filter.level !== undefined);
  if (byOfficial && (filter.fieldId !== undefined || filter.procedureId !== undefined || filter.level !== undefined)) {
    throw new Error("officials' figures are not split by procedure");
  }
  const table = byOfficial ? "dossier_stat_official_month" : byProcedure ? "dossier_stat_procedure_month" : "dossier_stat_agency_month";
  const joinProcedure = byProcedure && (by === "field" || filter.fieldId !== undefined || filter.level !== undefined);
  const byGroup = {
    province: Prisma.sql`''`,
    agency: Prisma.sql`t.agency_id::text`,
    field: Prisma.sql`p.field_id::text`,
    procedure: Prisma.sql`t.procedure_id::text`,
    official: Prisma.sql`t.official_id::text`,
    month: Prisma.sql`''`,
  }[by];
  // split by the agency that produced the rows, so that today's units can take their share of each
  const group = perAgency ? Prisma.sql`t.agency_id::text || ':' || ${byGroup}` : byGroup;
  const conditions = [
    Prisma.sql`t.month <= ${date(toMonth)}`,
    agencyFilter(scopeFor(viewer, filter.agencyIds), Prisma.raw("t.agency_id")),
    filter.fieldId === undefined ? null : Prisma.sql`p.field_id = ${filter.fieldId}`,
    filter.procedureId === undefined ? null : Prisma.sql`t.procedure_id = ${filter.procedureId}`,
    filter.officialId === undefined ? null : Prisma.sql`t.official_id = ${filter.officialId}`,
    filter.channel ? Prisma.sql`t.channel = ${filter.channel}::"Channel"` : null,
    filter.level ? Prisma.sql`p.level = ${filter.level}::"AdminLevel"` : null,
  ].filter((condition): condition is Prisma.Sql => condition !== null);
  return Prisma.sql`
    SELECT ${group} AS grp, t.month, t.received, t.received_online, t.synced, t.digitized, t.electronic,
           t.resolved_early, t.resolved_on_time, t.resolved_late, t.due, t.due_closed
    FROM ${Prisma.raw(table)} t
    ${joinProcedure ? Prisma.sql`JOIN procedure p ON p.id = t.procedure_id` : Prisma.empty}
    WHERE ${Prisma.join(conditions, " AND ")}`;
}

/**
 * Figures of a period of whole months (a quarter, a year, a month, or a range of months) per
 * group: by agency, procedure field, procedure or handling official, within the viewer's scope.
 * Keys are the group's id as text ("" for the province); with `perAgency`, "agencyId:group".
 */
export async function getDossierCountsBy(
  viewer: Viewer,
  period: Period,
  by: Exclude<Grouping, "month">,
  filter: DossierFilter = {},
  options: { perAgency?: boolean } = {},
): Promise<Map<string, DossierCounts>> {
  if (!isMonthAligned(period)) throw new Error("periods of the drill-down are whole months");
  const perAgency = options.perAgency === true;
  const [rows, overdue] = await Promise.all([
    getDb().$queryRaw<(SumsRow & { grp: string })[]>`
      SELECT b.grp, ${sums(period.from)}
      FROM (
        SELECT src.*, src.month AS s, (src.month + interval '1 month' - interval '1 day')::date AS e
        FROM (${monthSource(viewer, by, filter, firstOfMonth(period.to), perAgency)}) src
      ) b
      GROUP BY b.grp`,
    overdueAtDataDay(period, scopeFor(viewer, filter.agencyIds), by, filter, perAgency),
  ]);
  return new Map(rows.map((row) => [row.grp, withOverdue(countsOf(row), overdue, row.grp)]));
}

/**
 * Figures of each whole month the period touches — carried over at the month's start, overdue at
 * its end — for the province or, with `perAgency`, one series per agency.
 */
export async function getMonthlyDossierCounts(
  viewer: Viewer,
  period: Period,
  filter: DossierFilter & { perAgency?: boolean } = {},
): Promise<(MonthCounts & { agencyId: number | null })[]> {
  const by: Grouping = filter.perAgency ? "agency" : "month";
  const rows = await getDb().$queryRaw<(SumsRow & { grp: string; month: Date })[]>`
    WITH m AS (
      SELECT grp, month,
             sum(received)::int AS received, sum(received_online)::int AS received_online, sum(synced)::int AS synced,
             sum(digitized)::int AS digitized, sum(electronic)::int AS electronic,
             sum(resolved_early)::int AS resolved_early, sum(resolved_on_time)::int AS resolved_on_time,
             sum(resolved_late)::int AS resolved_late, sum(due - due_closed)::int AS open_due,
             sum(received - resolved_early - resolved_on_time - resolved_late)::int AS net_open
      FROM (${monthSource(viewer, by, filter, firstOfMonth(period.to))}) src
      GROUP BY grp, month
    ), f AS (
      -- every month from a group's first event to the period's end, so that balances carry
      -- through months without events
      SELECT x.grp, gs::date AS month, coalesce(m.received, 0) AS received,
             coalesce(m.received_online, 0) AS received_online, coalesce(m.synced, 0) AS synced,
             coalesce(m.digitized, 0) AS digitized, coalesce(m.electronic, 0) AS electronic,
             coalesce(m.resolved_early, 0) AS resolved_early, coalesce(m.resolved_on_time, 0) AS resolved_on_time,
             coalesce(m.resolved_late, 0) AS resolved_late, coalesce(m.open_due, 0) AS open_due,
             coalesce(m.net_open, 0) AS net_open
      FROM (SELECT grp, min(month) AS first FROM m GROUP BY grp) x
      CROSS JOIN LATERAL generate_series(x.first, ${date(firstOfMonth(period.to))}, interval '1 month') gs
      LEFT JOIN m ON m.grp = x.grp AND m.month = gs::date
    ), c AS (
      SELECT *, (sum(net_open) OVER w - net_open)::int AS carried_over, (sum(open_due) OVER w)::int AS overdue_at_end
      FROM f WINDOW w AS (PARTITION BY grp ORDER BY month)
    )
    SELECT grp, month, carried_over, received, resolved_early, resolved_on_time, resolved_late, overdue_at_end,
           received_online, synced, digitized, electronic
    FROM c WHERE month >= ${date(firstOfMonth(period.from))} ORDER BY grp, month`;
  const months = fillMonths(rows, monthsOf(period), filter.perAgency === true);
  // months ending on or after the data's day: overdue as of that day (see overdueAtDataDay)
  const lastMonth = months.at(-1)?.month;
  const overdue = lastMonth
    ? await overdueAtDataDay({ kind: "month", from: lastMonth, to: lastOfMonth(lastMonth) }, scopeFor(viewer, filter.agencyIds), by, filter)
    : null;
  if (!overdue) return months;
  const asOf = await getDataAsOf();
  return months.map((m) =>
    lastOfMonth(m.month) < asOf ? m : { ...m, counts: withOverdue(m.counts, overdue, m.agencyId === null ? "" : String(m.agencyId)) },
  );
}

function isoDay(value: Date): LocalDate {
  return value.toISOString().slice(0, 10);
}

/** Every month of the period for every group; months before a group's first event are empty. */
function fillMonths(
  rows: (SumsRow & { grp: string; month: Date })[],
  months: LocalDate[],
  perAgency: boolean,
): (MonthCounts & { agencyId: number | null })[] {
  const byKey = new Map(rows.map((row) => [`${row.grp}|${isoDay(row.month)}`, row]));
  const groups = perAgency ? [...new Set(rows.map((row) => row.grp))] : [""];
  return groups.flatMap((grp) =>
    months.map((month) => {
      const row = byKey.get(`${grp}|${month}`);
      return { agencyId: perAgency ? Number(grp) : null, month, counts: row ? countsOf(row) : { ...EMPTY_DOSSIER_COUNTS } };
    }),
  );
}

