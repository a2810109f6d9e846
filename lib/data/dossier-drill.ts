// The drill-down's levels (issue 5): province → agency (or district → commune) → procedure field →
// procedure → month, each a table of dossier figures read from the rollups through
// lib/data/dossier-stats.ts, with the names of its rows. By today's units (the default, issue 15) a
// current unit's figures include its predecessors' part, so drilling from it reaches their
// procedures and months; by the units of the time each unit has its own rows. Every read is scoped
// by the viewer: agency staff reach their own unit and its predecessors only, and officials' names
// need "official.read".
import "server-only";
import { getDb } from "@/lib/db";
import { can, readableAgencies, scopeIncludes, type Viewer } from "@/lib/auth/permissions";
import { addDossierCounts, EMPTY_DOSSIER_COUNTS, type DossierCounts } from "@/lib/metrics/dossiers";
import { drillRow, type DrillRow } from "@/lib/metrics/drill-down";
import { wordsOf, type Wording } from "@/lib/notifications/words";
import type { LocalDate, Period } from "@/lib/metrics/periods";
import { unitLabel } from "@/lib/org/labels";
import { parentOn } from "@/lib/org/units-of-time";
import { inForceDuring } from "@/lib/org/types";
import type { DrillQuery } from "@/lib/validations/dossier-params";
import { getDossierCountsBy, getMonthlyDossierCounts, type DossierFilter } from "@/lib/data/dossier-stats";
import { unitLens, type UnitLens } from "@/lib/data/province/unit-lens";

export type DrillTable = { rows: DrillRow[]; total: DrillRow };

const KEYS = Object.keys(EMPTY_DOSSIER_COUNTS) as (keyof DossierCounts)[];

function filterOf(query: DrillQuery, extra: DossierFilter = {}): DossierFilter {
  return { ...extra, channel: query.channel, level: query.level };
}

export type AgencyHeading = {
  id: number;
  name: string;
  kind: string;
  validTo: LocalDate | null;
  parent: { id: number; name: string } | null;
  children: { id: number; name: string }[];
  /** today's view of a current unit: the units whose history it carries */
  predecessors: { id: number; name: string }[];
  /** a unit that has ended: the units that carry its history today */
  successors: { id: number; name: string; share: number }[];
};

/** An agency as the drill-down names it, or null when it does not exist or is out of the viewer's scope. */
export async function findDrillAgency(viewer: Viewer, agencyId: number, query?: Pick<DrillQuery, "period" | "view">, words: Wording = wordsOf()): Promise<AgencyHeading | null> {
  const scope = readableAgencies(viewer);
  if (!scopeIncludes(scope, agencyId)) return null;
  const lens = await unitLens(query?.view ?? "today");
  const unit = lens.unit(agencyId);
  if (!unit) return null;
  const { organisation } = lens;
  const name = (id: number) => organisation.byId.get(id)?.name ?? String(id);
  const period = query?.period;
  const parentId = period ? parentOn(unit, period.to, organisation.lines) : unit.parentId;
  const children = organisation.units
    .filter((child) => (period ? parentOn(child, period.to, organisation.lines) : child.parentId) === unit.id && (!period || inForceDuring(child, period.from, period.to)))
    .map((child) => ({ id: child.id, name: child.name }))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const predecessors = lens.carriesHistory(unit.id)
    ? organisation.succession.predecessorsOf(unit.id, organisation.asOf).map((id) => ({ id, name: unitLabel(organisation.byId.get(id)!, words) }))
    : [];
  const successors = unit.validTo === null ? [] : organisation.succession.currentUnitsOf(unit.id, organisation.asOf).map((part) => ({ id: part.agencyId, name: name(part.agencyId), share: part.share }));
  return {
    id: unit.id,
    name: unit.name,
    kind: unit.kind,
    validTo: unit.validTo,
    parent: parentId === null ? null : { id: parentId, name: name(parentId) },
    children,
    predecessors,
    successors,
  };
}

/** One unit's figures per group, from rows split by producing agency (see UnitLens.unitGroups). */
async function unitCountsBy(viewer: Viewer, lens: UnitLens, unitId: number, period: Period, by: "field" | "procedure" | "official" | "province", filter: DossierFilter): Promise<Map<string, DossierCounts>> {
  const rows = await getDossierCountsBy(viewer, period, by, { ...filter, agencyIds: lens.sourcesOf(unitId) }, { perAgency: true });
  return lens.unitGroups(rows, unitId, KEYS);
}

export type ProvinceGrouping = "agency" | "district";

/**
 * The province level: one row per unit of the view, or (by the units of the time) the communes
 * summed under the district they belonged to at the period's end. Agency staff see their own rows only.
 */
export async function getProvinceLevel(viewer: Viewer, query: DrillQuery, grouping: ProvinceGrouping, totalName: string, words: Wording = wordsOf()): Promise<DrillTable & { unassigned: DrillRow | null }> {
  const filter = filterOf(query);
  const lens = await unitLens(query.view);
  const [counts, totals] = await Promise.all([
    getDossierCountsBy(viewer, query.period, "agency", filter),
    getDossierCountsBy(viewer, query.period, "province", filter),
  ]);
  const total = drillRow("", totalName, totals.get("") ?? { ...EMPTY_DOSSIER_COUNTS }, "agency");
  const byAgency = new Map([...counts].map(([key, value]) => [Number(key), value]));
  const listed = lens.listedUnits(viewer, query.period);
  if (grouping === "district" && query.view === "time") {
    const { lines } = lens.organisation;
    const grouped = new Map<number, DossierCounts>();
    for (const [agencyId, value] of byAgency) {
      const unit = lens.unit(agencyId);
      if (!unit) continue;
      const parent = unit.kind === "COMMUNE" ? parentOn(unit, query.period.to, lines) : null;
      const target = parent ?? agencyId;
      grouped.set(target, addDossierCounts(grouped.get(target) ?? EMPTY_DOSSIER_COUNTS, value));
    }
    const rows = [...grouped].map(([id, value]) => drillRow(String(id), unitLabel(lens.unit(id) ?? { name: String(id), validTo: null }, words), value, "agency"));
    return { rows, total, unassigned: null };
  }
  const { byUnit, unassigned } = lens.rollUp(byAgency, KEYS);
  const rows = listed.map((unit) => drillRow(String(unit.id), unitLabel(unit, words), byUnit.get(unit.id) ?? { ...EMPTY_DOSSIER_COUNTS }, "agency"));
  const rest = query.view === "today" && readableAgencies(viewer) === "all" && Object.values(unassigned).some((v) => v !== 0) ? drillRow("", "", unassigned, "agency") : null;
  return { rows, total, unassigned: rest };
}

/** An agency's level: its procedure fields, and (by the units of the time) a district's communes. */
export async function getAgencyLevel(
  viewer: Viewer,
  agency: AgencyHeading,
  query: DrillQuery,
): Promise<DrillTable & { children: DrillRow[]; childrenTotal: DrillRow }> {
  const lens = await unitLens(query.view);
  const filter = filterOf(query);
  const childIds = agency.children.map((child) => child.id);
  const [counts, fields, childCounts, totals] = await Promise.all([
    unitCountsBy(viewer, lens, agency.id, query.period, "field", filter),
    getDb().procedureField.findMany({ select: { id: true, name: true } }),
    childIds.length > 0 ? getDossierCountsBy(viewer, query.period, "agency", filterOf(query, { agencyIds: childIds })) : new Map<string, DossierCounts>(),
    unitCountsBy(viewer, lens, agency.id, query.period, "province", filter),
  ]);
  const names = new Map(fields.map((field) => [String(field.id), field.name]));
  const childNames = new Map(agency.children.map((child) => [String(child.id), child.name]));
  return {
    rows: [...counts].map(([key, value]) => drillRow(key, names.get(key) ?? key, value)),
    children: [...childCounts].map(([key, value]) => drillRow(key, childNames.get(key) ?? key, value, "agency")),
    childrenTotal: drillRow("", agency.name, [...childCounts.values()].reduce(addDossierCounts, EMPTY_DOSSIER_COUNTS), "agency"),
    total: drillRow("", agency.name, totals.get("") ?? { ...EMPTY_DOSSIER_COUNTS }, "agency"),
  };
}

/** A field's level within an agency: its procedures. */
export async function getFieldLevel(viewer: Viewer, agency: AgencyHeading, field: { id: number; name: string }, query: DrillQuery, words: Wording = wordsOf()): Promise<DrillTable> {
  return procedureTable(viewer, agency, query, filterOf(query, { fieldId: field.id }), field.name, words);
}

/** Every procedure of an agency (and, today, of its predecessors), whatever its field. */
export async function getAgencyProcedures(viewer: Viewer, agency: AgencyHeading, query: DrillQuery, words: Wording = wordsOf()): Promise<DrillTable> {
  return procedureTable(viewer, agency, query, filterOf(query), agency.name, words);
}

async function procedureTable(viewer: Viewer, agency: AgencyHeading, query: DrillQuery, filter: DossierFilter, totalName: string, { t }: Wording): Promise<DrillTable> {
  const lens = await unitLens(query.view);
  const [counts, totals] = await Promise.all([
    unitCountsBy(viewer, lens, agency.id, query.period, "procedure", filter),
    unitCountsBy(viewer, lens, agency.id, query.period, "province", filter),
  ]);
  const procedures = await getDb().procedure.findMany({
    where: { id: { in: [...counts.keys()].map(Number) } },
    select: { id: true, name: true, level: true },
  });
  // the same name at two levels (a district's procedure, now also a commune's): the level tells them apart
  const seen = new Map<string, number>();
  for (const procedure of procedures) seen.set(procedure.name, (seen.get(procedure.name) ?? 0) + 1);
  const names = new Map(
    procedures.map((procedure) => [
      String(procedure.id),
      seen.get(procedure.name)! > 1 ? `${procedure.name} (${t(`dossiers.level.${procedure.level}`).toLowerCase()})` : procedure.name,
    ]),
  );
  return {
    rows: [...counts].map(([key, value]) => drillRow(key, names.get(key) ?? key, value)),
    total: drillRow("", totalName, totals.get("") ?? { ...EMPTY_DOSSIER_COUNTS }, "none"),
  };
}

/** A unit's figures month by month (its part of each producing agency's months). */
async function unitMonths(viewer: Viewer, lens: UnitLens, agencyId: number, period: Period, filter: DossierFilter): Promise<{ month: LocalDate; counts: DossierCounts }[]> {
  const months = await getMonthlyDossierCounts(viewer, period, { ...filter, agencyIds: lens.sourcesOf(agencyId), perAgency: true });
  const byMonth = new Map<LocalDate, DossierCounts>();
  for (const row of months) {
    const target = { ...(byMonth.get(row.month) ?? EMPTY_DOSSIER_COUNTS) };
    for (const key of KEYS) target[key] += lens.partOf(row.agencyId ?? agencyId, agencyId, row.counts[key]);
    byMonth.set(row.month, target);
  }
  return [...byMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, counts]) => ({ month, counts }));
}

/** A procedure's level within an agency: the months of the period. */
export async function getProcedureLevel(
  viewer: Viewer,
  agency: AgencyHeading,
  procedure: { id: number; name: string },
  query: DrillQuery,
  monthName: (month: LocalDate) => string,
): Promise<DrillTable> {
  const lens = await unitLens(query.view);
  const filter = filterOf(query, { procedureId: procedure.id });
  const [months, totals] = await Promise.all([
    unitMonths(viewer, lens, agency.id, query.period, filter),
    unitCountsBy(viewer, lens, agency.id, query.period, "province", filter),
  ]);
  return {
    rows: months.map((month) => drillRow(month.month, monthName(month.month), month.counts)),
    total: drillRow("", procedure.name, totals.get("") ?? { ...EMPTY_DOSSIER_COUNTS }, "none"),
  };
}

/** The month level of a whole agency (without a procedure): used by the heat map's cells. */
export async function getAgencyMonths(viewer: Viewer, agency: AgencyHeading, query: DrillQuery, monthName: (month: LocalDate) => string): Promise<DrillRow[]> {
  const lens = await unitLens(query.view);
  const months = await unitMonths(viewer, lens, agency.id, query.period, filterOf(query));
  return months.map((month) => drillRow(month.month, monthName(month.month), month.counts, "agency"));
}

/**
 * Handling officials of an agency (and, today, of its predecessors) with their late rates, flagged
 * above 10 % (DESIGN §6). Null for a viewer who may not read officials' names. Officials' figures
 * are not split by procedure, so the administrative-level filter does not apply here.
 */
export async function getOfficialLevel(viewer: Viewer, agency: AgencyHeading, query: DrillQuery): Promise<DrillTable | null> {
  if (!can(viewer, "official.read", { agencyId: agency.id })) return null;
  const lens = await unitLens(query.view);
  const filter: DossierFilter = { channel: query.channel };
  const sources = lens.sourcesOf(agency.id);
  const [counts, officials, totals] = await Promise.all([
    unitCountsBy(viewer, lens, agency.id, query.period, "official", filter),
    getDb().official.findMany({ where: { agencyId: { in: sources } }, select: { id: true, fullName: true, code: true } }),
    unitCountsBy(viewer, lens, agency.id, query.period, "province", filter),
  ]);
  const names = new Map(officials.map((official) => [String(official.id), `${official.fullName} (${official.code})`]));
  return {
    rows: [...counts].map(([key, value]) => drillRow(key, names.get(key) ?? key, value, "official")),
    total: drillRow("", agency.name, totals.get("") ?? { ...EMPTY_DOSSIER_COUNTS }, "agency"),
  };
}

/** The heat map's series: each unit's figures month by month, by the view. */
export async function getHeatMap(viewer: Viewer, period: Period, view: DrillQuery["view"] = "today") {
  const lens = await unitLens(view);
  const months = await getMonthlyDossierCounts(viewer, period, { perAgency: true });
  const listed = new Set(lens.listedUnits(viewer, period).map((unit) => unit.id));
  const byUnitMonth = new Map<string, { agencyId: number; month: LocalDate; counts: DossierCounts }>();
  for (const row of months) {
    for (const part of lens.sharesOf(row.agencyId ?? 0)) {
      if (!listed.has(part.agencyId)) continue;
      const key = `${part.agencyId}|${row.month}`;
      const target = byUnitMonth.get(key) ?? { agencyId: part.agencyId, month: row.month, counts: { ...EMPTY_DOSSIER_COUNTS } };
      for (const k of KEYS) target.counts[k] += lens.partOf(row.agencyId ?? 0, part.agencyId, row.counts[k]);
      byUnitMonth.set(key, target);
    }
  }
  return [...byUnitMonth.values()].sort((a, b) => a.agencyId - b.agencyId || a.month.localeCompare(b.month));
}
