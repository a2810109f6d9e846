// The Decision 766 service index per unit and period (issue 21), composed from the dossier rollups
// (lib/data/dossier-stats: the same counts as every other page, any range of days, weeks too), the
// procedure catalogue and the configuration (setting `service_index_config`, else DEFAULT_CONFIG).
// Units are read through the unit lens (today's units or the units of the time, issue 15) and ranked
// within the year's ranking groups. The only reads of the dossier table are one unit's late dossiers
// by procedure field (what to fix) and the dossiers still open that fall due this week (forecast):
// both small, on the dossier indexes.
import "server-only";
import { cache } from "react";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/permissions";
import { getAgencyDossierCounts, getProvinceDossierCounts } from "@/lib/data/dossier-stats";
import { getDataAsOf } from "@/lib/data/province/settings";
import { getServiceIndexConfig } from "@/lib/data/province/service-index-config";
import { unitLens, type UnitLens } from "@/lib/data/province/unit-lens";
import { unsafeListRankingGroups } from "@/lib/data/ranking-groups";
import { EMPTY_DOSSIER_COUNTS, type DossierCounts } from "@/lib/metrics/dossiers";
import { endOfLocalDay, startOfLocalDay, type LocalDate, type Period } from "@/lib/metrics/periods";
import { groupRows, type GroupedRows } from "@/lib/org/groups";
import type { UnitsView } from "@/lib/org/views";
import { unsafeEnteredValues, unsafePublishedIndex, type PublishedIndex, type UnitEntries } from "@/lib/data/service-index-entries";
import { entryPeriodKeys, pickEntries, sumEntries, type EnteredValue } from "@/lib/service-index/entered";
import { forecastIndex, indexInputs, type ProcedureCounts } from "@/lib/service-index/inputs";
import { computeServiceIndex, rankByScore, type Fraction, type ServiceIndex, type ServiceIndexConfig } from "@/lib/service-index/model";
import { isOngoing, previousIndexPeriod, readablePeriod, type IndexPeriod } from "@/lib/service-index/periods";
import { daysBetween, firstDays } from "@/lib/metrics/periods";

/**
 * Active procedures per owning agency, and those offered online (partial or full process).
 * Scope: none needed — the procedure catalogue is published (lib/data/province/procedures.ts).
 */
export const unsafeProcedureCountsByAgency = cache(async (): Promise<Map<number, ProcedureCounts>> => {
  const rows = await getDb().$queryRaw<{ agency_id: number; active: number; online: number }[]>`
    SELECT agency_id, count(*)::int AS active, count(*) FILTER (WHERE online_level <> 'NONE')::int AS online
    FROM procedure WHERE status = 'ACTIVE' AND agency_id IS NOT NULL GROUP BY agency_id`;
  return new Map(rows.map((r) => [r.agency_id, { active: r.active, online: r.online }]));
});

const DOSSIER_KEYS = Object.keys(EMPTY_DOSSIER_COUNTS) as (keyof DossierCounts)[];
const PROCEDURE_KEYS = ["active", "online"] as const;

export type UnitIndexRow = {
  agencyId: number;
  agencyName: string;
  counts: DossierCounts;
  procedures: ProcedureCounts;
  index: ServiceIndex;
  /** the entered values the index used, by code (who entered each, its period and source) */
  entered: ReadonlyMap<string, EnteredValue>;
  previousScore: number | null;
  previousPosition: number | null;
};

export type Forecast = ReturnType<typeof forecastIndex>;

export type ServiceIndexBoard = {
  period: IndexPeriod;
  /** the days read: the period, or its days up to the data's day while it runs */
  read: Period;
  previous: IndexPeriod;
  asOf: LocalDate;
  config: ServiceIndexConfig;
  province: { counts: DossierCounts; index: ServiceIndex; previousScore: number | null };
  /** the week under way only: the province's index if every open dossier due by Sunday is resolved in time, and if none is */
  forecast: Forecast | null;
  groups: GroupedRows<UnitIndexRow & { position: number | null }>[];
  /** the province's results as the national portal published them: this period's, the one before's, and all entered */
  published: { current: PublishedIndex | null; previous: PublishedIndex | null; all: PublishedIndex[] };
};

type Figures = { byUnit: Map<number, { counts: DossierCounts; procedures: ProcedureCounts }>; province: { counts: DossierCounts; procedures: ProcedureCounts } };

async function figuresOf(viewer: Viewer, lens: UnitLens, period: Period): Promise<Figures> {
  const [byAgency, province, procedures] = await Promise.all([
    getAgencyDossierCounts(viewer, period),
    getProvinceDossierCounts(viewer, period),
    unsafeProcedureCountsByAgency(),
  ]);
  const dossiers = lens.rollUp(byAgency, DOSSIER_KEYS).byUnit;
  const catalogue = lens.rollUp(procedures, PROCEDURE_KEYS).byUnit;
  const byUnit = new Map<number, { counts: DossierCounts; procedures: ProcedureCounts }>();
  for (const id of new Set([...dossiers.keys(), ...catalogue.keys()])) {
    byUnit.set(id, { counts: dossiers.get(id) ?? { ...EMPTY_DOSSIER_COUNTS }, procedures: catalogue.get(id) ?? { active: 0, online: 0 } });
  }
  const all = [...procedures.values()].reduce((sum, p) => ({ active: sum.active + p.active, online: sum.online + p.online }), { active: 0, online: 0 });
  return { byUnit, province: { counts: province ?? { ...EMPTY_DOSSIER_COUNTS }, procedures: all } };
}

function indexOf(
  figures: { counts: DossierCounts; procedures: ProcedureCounts } | undefined,
  config: ServiceIndexConfig,
  entered: ReadonlyMap<string, Fraction>,
): ServiceIndex {
  const inputs = indexInputs(figures?.counts ?? EMPTY_DOSSIER_COUNTS, figures?.procedures ?? { active: 0, online: 0 }, entered, config);
  return computeServiceIndex(inputs, config);
}

/** Each unit's entered values that apply to a period (lib/service-index/entered.ts), and the province's sums of them. */
function enteredFor(entries: UnitEntries, keys: readonly string[]) {
  const byUnit = new Map([...entries].map(([unitId, list]) => [unitId, pickEntries(list, keys)] as const));
  return { of: (unitId: number): ReadonlyMap<string, EnteredValue> => byUnit.get(unitId) ?? new Map(), province: sumEntries(byUnit.values()) };
}

/**
 * Every unit the viewer may read, with its index of the period and of the period before, ranked
 * within the ranking groups of the period's year. Null when the viewer may not read province figures
 * or the period has not begun by the data's day.
 */
export async function getServiceIndexBoard(viewer: Viewer, period: IndexPeriod, view: UnitsView): Promise<ServiceIndexBoard | null> {
  if (!can(viewer, "scorecard.read")) return null;
  const asOf = await getDataAsOf();
  const read = readablePeriod(period, asOf);
  if (!read) return null;
  // an ongoing period is compared with as many days from the start of the one before (DESIGN §5.2a)
  const previous = previousIndexPeriod(period);
  const previousRead = read.to < period.period.to ? firstDays(previous.period, daysBetween(read.from, read.to)) : previous.period;
  const lens = await unitLens(view);
  const groupYear = view === "today" ? Number(lens.organisation.asOf.slice(0, 4)) : Number(read.to.slice(0, 4));
  const [currentKeys, previousKeys] = [entryPeriodKeys(period), entryPeriodKeys(previous)];
  const [config, current, before, rankingGroups, entries, published] = await Promise.all([
    getServiceIndexConfig(),
    figuresOf(viewer, lens, read),
    figuresOf(viewer, lens, previousRead),
    unsafeListRankingGroups(groupYear),
    unsafeEnteredValues([...new Set([...currentKeys, ...previousKeys])]),
    unsafePublishedIndex(),
  ]);
  const [enteredNow, enteredBefore] = [enteredFor(entries, currentKeys), enteredFor(entries, previousKeys)];
  const units = lens.listedUnits(viewer, read);
  const rowsOf = (figures: Figures, entered: ReturnType<typeof enteredFor>) =>
    units.map((unit) => {
      const own = figures.byUnit.get(unit.id);
      return {
        agencyId: unit.id,
        agencyName: unit.name,
        counts: own?.counts ?? { ...EMPTY_DOSSIER_COUNTS },
        procedures: own?.procedures ?? { active: 0, online: 0 },
        entered: entered.of(unit.id),
        index: indexOf(own, config, entered.of(unit.id)),
      };
    });
  const rankWithin = <R extends { agencyId: number; index: ServiceIndex }>(rows: R[]) =>
    groupRows(rows, rankingGroups, (r) => r.agencyId).map((g) => ({
      ...g,
      rows: rankByScore(g.rows.map((r) => ({ ...r, score: r.index.score }))),
    }));
  const previousPositions = new Map<number, { score: number | null; position: number | null }>();
  for (const g of rankWithin(rowsOf(before, enteredBefore))) for (const r of g.rows) previousPositions.set(r.agencyId, { score: r.score, position: r.position });
  const groups = rankWithin(rowsOf(current, enteredNow)).map((g) => ({
    group: g.group,
    rows: g.rows.map((r) => ({
      agencyId: r.agencyId,
      agencyName: r.agencyName,
      counts: r.counts,
      procedures: r.procedures,
      index: r.index,
      entered: r.entered,
      position: r.position,
      previousScore: previousPositions.get(r.agencyId)?.score ?? null,
      previousPosition: previousPositions.get(r.agencyId)?.position ?? null,
    })),
  }));
  const ongoingWeek = period.kind === "week" && isOngoing(period, asOf);
  const forecast = ongoingWeek
    ? forecastIndex(current.province.counts, await unsafeOpenDueBy("all", asOf, period.period.to), current.province.procedures, config, enteredNow.province)
    : null;
  const publishedOf = (key: string) => published.find((p) => p.periodKey === key) ?? null;
  return {
    period,
    read,
    forecast,
    previous,
    asOf,
    config,
    province: {
      counts: current.province.counts,
      index: indexOf(current.province, config, enteredNow.province),
      previousScore: indexOf(before.province, config, enteredBefore.province).score,
    },
    groups,
    published: { current: publishedOf(period.key), previous: publishedOf(previous.key), all: published },
  };
}

export type FieldLate = { fieldId: number; fieldName: string; late: number };

const day = (value: LocalDate) => Prisma.sql`${value}::date`;

/**
 * A unit's late dossiers of a period by procedure field, as 2.1 counts them: resolved late within the
 * period, or unresolved and past their due day at its end (or at the data's day while it runs).
 * Scope: the caller passes `agencyIds` it has checked with can(viewer, "agency.read", …).
 */
export async function unsafeLateByField(agencyIds: number[], period: Period, asOf: LocalDate): Promise<FieldLate[]> {
  const end = period.to < asOf ? period.to : asOf;
  return getDb().$queryRaw<FieldLate[]>`
    SELECT f.id AS "fieldId", f.name AS "fieldName", count(*)::int AS late
    FROM dossier d JOIN procedure p ON p.id = d.procedure_id JOIN procedure_field f ON f.id = p.field_id
    WHERE d.agency_id = ANY(${agencyIds}::int[])
      AND d.received_at < ${endOfLocalDay(period.to)}
      AND (
        (d.resolved_at >= ${startOfLocalDay(period.from)} AND d.resolved_at < ${endOfLocalDay(period.to)}
          AND cchc_local_day(d.resolved_at) > cchc_local_day(d.due_at))
        OR ((d.resolved_at IS NULL OR d.resolved_at >= ${endOfLocalDay(end)}) AND d.due_at < ${endOfLocalDay(end)})
      )
    GROUP BY f.id, f.name ORDER BY late DESC, f.name`;
}

/**
 * Dossiers of `agencyIds` still open at the end of the data's day whose due day falls after it and
 * on or before `to` (the forecast's "still due this week").
 * Scope: the caller passes `agencyIds` it has checked with can(viewer, "agency.read", …).
 */
export async function unsafeOpenDueBy(agencyIds: number[] | "all", asOf: LocalDate, to: LocalDate): Promise<number> {
  const scope = agencyIds === "all" ? Prisma.sql`true` : Prisma.sql`d.agency_id = ANY(${agencyIds}::int[])`;
  const rows = await getDb().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM dossier d
    WHERE ${scope} AND d.received_at < ${endOfLocalDay(asOf)} AND (d.resolved_at IS NULL OR d.resolved_at >= ${endOfLocalDay(asOf)})
      AND d.due_at >= ${endOfLocalDay(asOf)} AND d.due_at < ${endOfLocalDay(to)}
      AND cchc_local_day(d.due_at) <= ${day(to)}`;
  return rows[0]?.n ?? 0;
}
