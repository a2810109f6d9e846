// The drill-down's levels (issue 5): province → agency (or district → commune) → procedure field →
// procedure → month, each a table of dossier figures read from the rollups through
// lib/data/dossier-stats.ts, with the names of its rows. Every read is scoped by the viewer: agency
// staff reach their own agency only, and officials' names need "official.read".
import "server-only";
import { getDb } from "@/lib/db";
import { can, readableAgencies, scopeIncludes, type Viewer } from "@/lib/auth/permissions";
import { addDossierCounts, EMPTY_DOSSIER_COUNTS, type DossierCounts } from "@/lib/metrics/dossiers";
import { drillRow, type DrillRow } from "@/lib/metrics/drill-down";
import type { LocalDate, Period } from "@/lib/metrics/periods";
import type { DrillQuery } from "@/lib/validations/dossiers";
import { getDossierCountsBy, getMonthlyDossierCounts, type DossierFilter } from "@/lib/data/dossier-stats";

export type DrillTable = { rows: DrillRow[]; total: DrillRow };

function filterOf(query: DrillQuery, extra: DossierFilter = {}): DossierFilter {
  return { ...extra, channel: query.channel, level: query.level };
}

async function totalRow(viewer: Viewer, query: DrillQuery, filter: DossierFilter, name: string, rule: "agency" | "official" | "none") {
  const totals = await getDossierCountsBy(viewer, query.period, "province", filter);
  return drillRow("", name, totals.get("") ?? { ...EMPTY_DOSSIER_COUNTS }, rule);
}

export type AgencyHeading = {
  id: number;
  name: string;
  kind: string;
  parent: { id: number; name: string } | null;
  children: { id: number; name: string }[];
};

/** An agency as the drill-down names it, or null when it does not exist or is out of the viewer's scope. */
export async function findDrillAgency(viewer: Viewer, agencyId: number): Promise<AgencyHeading | null> {
  const scope = readableAgencies(viewer);
  if (!scopeIncludes(scope, agencyId)) return null;
  return getDb().agency.findFirst({
    where: { id: agencyId },
    select: {
      id: true,
      name: true,
      kind: true,
      parent: { select: { id: true, name: true } },
      children: { select: { id: true, name: true }, orderBy: { name: "asc" } },
    },
  });
}

export type ProvinceGrouping = "agency" | "district";

/**
 * The province level: one row per agency, or with "district" the communes summed under their
 * district (departments stay as they are). Agency staff see their own agency's row only.
 */
export async function getProvinceLevel(viewer: Viewer, query: DrillQuery, grouping: ProvinceGrouping, totalName: string): Promise<DrillTable> {
  const filter = filterOf(query);
  const [counts, agencies, total] = await Promise.all([
    getDossierCountsBy(viewer, query.period, "agency", filter),
    getDb().agency.findMany({ select: { id: true, name: true, kind: true, parentId: true } }),
    totalRow(viewer, query, filter, totalName, "agency"),
  ]);
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const grouped = new Map<number, DossierCounts>();
  for (const [key, value] of counts) {
    const agency = byId.get(Number(key));
    if (!agency) continue;
    const target = grouping === "district" && agency.kind === "COMMUNE" && agency.parentId !== null ? agency.parentId : agency.id;
    grouped.set(target, addDossierCounts(grouped.get(target) ?? EMPTY_DOSSIER_COUNTS, value));
  }
  const rows = [...grouped].map(([id, value]) => drillRow(String(id), byId.get(id)?.name ?? String(id), value, "agency"));
  return { rows, total };
}

/** An agency's level: its procedure fields, and its communes when it is a district. */
export async function getAgencyLevel(
  viewer: Viewer,
  agency: AgencyHeading,
  query: DrillQuery,
): Promise<DrillTable & { children: DrillRow[]; childrenTotal: DrillRow }> {
  const filter = filterOf(query, { agencyIds: [agency.id] });
  const childIds = agency.children.map((child) => child.id);
  const [counts, fields, childCounts, total] = await Promise.all([
    getDossierCountsBy(viewer, query.period, "field", filter),
    getDb().procedureField.findMany({ select: { id: true, name: true } }),
    childIds.length > 0 ? getDossierCountsBy(viewer, query.period, "agency", filterOf(query, { agencyIds: childIds })) : new Map<string, DossierCounts>(),
    totalRow(viewer, query, filter, agency.name, "agency"),
  ]);
  const names = new Map(fields.map((field) => [String(field.id), field.name]));
  const childNames = new Map(agency.children.map((child) => [String(child.id), child.name]));
  return {
    rows: [...counts].map(([key, value]) => drillRow(key, names.get(key) ?? key, value)),
    children: [...childCounts].map(([key, value]) => drillRow(key, childNames.get(key) ?? key, value, "agency")),
    childrenTotal: drillRow("", agency.name, [...childCounts.values()].reduce(addDossierCounts, EMPTY_DOSSIER_COUNTS), "agency"),
    total,
  };
}

export async function findField(fieldId: number) {
  return getDb().procedureField.findUnique({ where: { id: fieldId }, select: { id: true, name: true } });
}

export async function findProcedure(procedureId: number) {
  return getDb().procedure.findUnique({
    where: { id: procedureId },
    select: { id: true, code: true, name: true, level: true, field: { select: { id: true, name: true } } },
  });
}

/** A field's level within an agency: its procedures. */
export async function getFieldLevel(viewer: Viewer, agency: AgencyHeading, field: { id: number; name: string }, query: DrillQuery): Promise<DrillTable> {
  return procedureTable(viewer, query, filterOf(query, { agencyIds: [agency.id], fieldId: field.id }), field.name);
}

/** Every procedure of an agency, whatever its field. */
export async function getAgencyProcedures(viewer: Viewer, agency: AgencyHeading, query: DrillQuery): Promise<DrillTable> {
  return procedureTable(viewer, query, filterOf(query, { agencyIds: [agency.id] }), agency.name);
}

async function procedureTable(viewer: Viewer, query: DrillQuery, filter: DossierFilter, totalName: string): Promise<DrillTable> {
  const [counts, total] = await Promise.all([
    getDossierCountsBy(viewer, query.period, "procedure", filter),
    totalRow(viewer, query, filter, totalName, "none"),
  ]);
  const procedures = await getDb().procedure.findMany({
    where: { id: { in: [...counts.keys()].map(Number) } },
    select: { id: true, name: true },
  });
  const names = new Map(procedures.map((procedure) => [String(procedure.id), procedure.name]));
  return { rows: [...counts].map(([key, value]) => drillRow(key, names.get(key) ?? key, value)), total };
}

/** A procedure's level within an agency: the months of the period. */
export async function getProcedureLevel(
  viewer: Viewer,
  agency: AgencyHeading,
  procedure: { id: number; name: string },
  query: DrillQuery,
  monthName: (month: LocalDate) => string,
): Promise<DrillTable> {
  const filter = filterOf(query, { agencyIds: [agency.id], procedureId: procedure.id });
  const [months, total] = await Promise.all([
    getMonthlyDossierCounts(viewer, query.period, filter),
    totalRow(viewer, query, filter, procedure.name, "none"),
  ]);
  return { rows: months.map((month) => drillRow(month.month, monthName(month.month), month.counts)), total };
}

/** The month level of a whole agency (without a procedure): used by the heat map's cells. */
export async function getAgencyMonths(viewer: Viewer, agency: AgencyHeading, query: DrillQuery, monthName: (month: LocalDate) => string): Promise<DrillRow[]> {
  const months = await getMonthlyDossierCounts(viewer, query.period, filterOf(query, { agencyIds: [agency.id] }));
  return months.map((month) => drillRow(month.month, monthName(month.month), month.counts, "agency"));
}

/**
 * Handling officials of an agency with their late rates, flagged above 10 % (DESIGN §6). Null
 * for a viewer who may not read officials' names. Officials' figures are not split by procedure,
 * so the administrative-level filter does not apply here.
 */
export async function getOfficialLevel(viewer: Viewer, agency: AgencyHeading, query: DrillQuery): Promise<DrillTable | null> {
  if (!can(viewer, "official.read", { agencyId: agency.id })) return null;
  const filter: DossierFilter = { agencyIds: [agency.id], channel: query.channel };
  const [counts, officials, agencyTotal] = await Promise.all([
    getDossierCountsBy(viewer, query.period, "official", filter),
    getDb().official.findMany({ where: { agencyId: agency.id }, select: { id: true, fullName: true, code: true } }),
    getDossierCountsBy(viewer, query.period, "province", filter),
  ]);
  const names = new Map(officials.map((official) => [String(official.id), `${official.fullName} (${official.code})`]));
  return {
    rows: [...counts].map(([key, value]) => drillRow(key, names.get(key) ?? key, value, "official")),
    total: drillRow("", agency.name, agencyTotal.get("") ?? { ...EMPTY_DOSSIER_COUNTS }, "agency"),
  };
}

/** Every agency's name by id (the tree is public within the application). */
export async function getAgencyNames(): Promise<Map<number, string>> {
  const agencies = await getDb().agency.findMany({ select: { id: true, name: true } });
  return new Map(agencies.map((agency) => [agency.id, agency.name]));
}

/** The heat map's series: each readable agency's figures month by month. */
export async function getHeatMap(viewer: Viewer, period: Period) {
  return getMonthlyDossierCounts(viewer, period, { perAgency: true });
}
