// Who files what, where: the scale-independent model behind the dossier generators. A dossier picks a
// procedure from a per-outcome table (early, on time, late, pending; and an online-only variant for
// weekends and holidays, when only the portal receives), then an agency by the organisation of its
// day and province: the department that handles the procedure's field, a district or commune by its
// workload otherwise (after 01/07/2025 the communes take the district-level procedures too).
import { AGENCIES } from "./organisation";
import { agencyIndex, demoSuccession, unitsOn } from "./org/demo-succession";
import { baseCommuneWeight, departmentFor } from "./org/routing";
import { DEPARTMENTS_MERGED_ON, NT_COMMUNES_MERGED_ON, OLD_UNITS_FROM, PROVINCES_MERGED_ON, type Territory } from "./org/seed-types";
import { PROCEDURES, type AdminLevelCode } from "./procedures";
import { FIELD_SPECS } from "./procedure-fields";
import type { Random } from "./random";
import { AliasTable } from "./sampling";

/** Share of all dossiers filed at each level: communes handle most (chứng thực, hộ tịch). */
export const LEVEL_SHARE: Record<AdminLevelCode, number> = { PROVINCE: 0.22, DISTRICT: 0.28, COMMUNE: 0.5 };

/** Old Khánh Hòa's dossiers per day against old Ninh Thuận's: twice the people, fewer per head (demo assumption). */
export const KH_VOLUME = 1.0;

export type OutcomeClass = "EARLY" | "ON_TIME" | "LATE" | "PENDING";

/** Agencies with an unusually bad year, so that the 10 % rule of DESIGN §6 has cases to show. */
export type LateHotspot = { agencyCode: string; fieldCode: string | null; year: number; rate: number };
export const LATE_HOTSPOTS: readonly LateHotspot[] = [
  { agencyCode: "SXD", fieldCode: "XD", year: 2022, rate: 0.14 },
  { agencyCode: "BQLKCN", fieldCode: null, year: 2022, rate: 0.13 },
  { agencyCode: "X-BA-06", fieldCode: "DD", year: 2022, rate: 0.12 },
  { agencyCode: "X-TN-02", fieldCode: null, year: 2023, rate: 0.12 },
];

export type ProcedureTable = {
  alias: AliasTable;
  /** procedure index and weight of each alias entry */
  procedures: Int32Array;
  weights: Float64Array;
  /** share of the table's weight with statutory days ≤ s, for s = 0..31 */
  cumulativeByDays: Float64Array;
};

function tableOf(indexes: readonly number[], weights: readonly number[]): ProcedureTable {
  const alias = new AliasTable(weights);
  const byDays = new Float64Array(32);
  indexes.forEach((i, k) => {
    const s = Math.min(31, PROCEDURES[i]!.statutoryDays);
    byDays[s] = byDays[s]! + weights[k]!;
  });
  for (let s = 1; s < 32; s += 1) byDays[s] = byDays[s]! + byDays[s - 1]!;
  for (let s = 0; s < 32; s += 1) byDays[s] = byDays[s]! / alias.totalWeight;
  return { alias, procedures: Int32Array.from(indexes), weights: Float64Array.from(weights), cumulativeByDays: byDays };
}

function makeTable(weightOf: (p: (typeof PROCEDURES)[number]) => number): ProcedureTable {
  const indexes: number[] = [];
  const weights: number[] = [];
  PROCEDURES.forEach((p, i) => {
    const w = weightOf(p);
    if (w <= 0) return;
    indexes.push(i);
    weights.push(w);
  });
  return tableOf(indexes, weights);
}

/**
 * The table limited to statutory days in [min, max]: near the end of the window, a dossier that
 * must be on time needs a due date inside it, and one still pending needs a due date after it.
 */
export function restrictByDays(table: ProcedureTable, min: number, max: number): ProcedureTable | null {
  const indexes: number[] = [];
  const weights: number[] = [];
  table.procedures.forEach((i, k) => {
    const s = PROCEDURES[i]!.statutoryDays;
    if (s >= min && s <= max) {
      indexes.push(i);
      weights.push(table.weights[k]!);
    }
  });
  return indexes.length === 0 ? null : tableOf(indexes, weights);
}

/** Where the dossiers of one province and period go (the organisation of that time). */
export type Routing = {
  /** agency index of the department that handles each procedure (-1 below province level) */
  ownerAgency: Int32Array;
  /** null after 01/07/2025: no district level, the communes take its procedures */
  districtAgencies: { alias: AliasTable; agencies: Int32Array } | null;
  communeAgencies: { alias: AliasTable; agencies: Int32Array };
  /** expected share of the routing's dossiers per agency index */
  agencyShare: Float64Array;
};

export type DossierModel = {
  /** [class][0 = working day, 1 = day off (online only)] */
  tables: Record<Exclude<OutcomeClass, "LATE">, [ProcedureTable, ProcedureTable]>;
  late: ProcedureTable;
  /** share of a working day's dossiers whose procedure can be filed online */
  onlineCapableShare: number;
  /** old Ninh Thuận in the calibration window: the routing and its hotspots */
  calibration: Routing;
  hotspots: { agency: number; year: number; rate: number; table: ProcedureTable }[];
};

/** The days on which the demo's organisation changes, newest last. */
const SNAPSHOTS = [OLD_UNITS_FROM, NT_COMMUNES_MERGED_ON, DEPARTMENTS_MERGED_ON, PROVINCES_MERGED_ON];

/** The normalised workload of every old commune (a territory's communes sum to its volume). */
function baseWeights(): Map<number, number> {
  const weights = new Map<number, number>();
  for (const territory of ["NT", "KH"] as const) {
    const districts = AGENCIES.flatMap((a, i) => (a.kind === "DISTRICT" && a.territory === territory ? [i] : []));
    const raw = new Map<number, number>();
    for (const d of districts) {
      const communes = AGENCIES.flatMap((a, i) => (a.parentCode === AGENCIES[d]!.code ? [i] : []));
      for (const c of communes) raw.set(c, baseCommuneWeight(AGENCIES[c]!, AGENCIES[d]!, communes.length));
    }
    const total = [...raw.values()].reduce((s, w) => s + w, 0);
    const volume = territory === "KH" ? KH_VOLUME : 1;
    for (const [c, w] of raw) weights.set(c, (w / total) * volume);
  }
  return weights;
}

function buildRouting(territory: Territory, day: string): Routing {
  const units = unitsOn(territory, day);
  const succession = demoSuccession();
  const communes = units.filter((i) => AGENCIES[i]!.kind === "COMMUNE");
  const districts = units.filter((i) => AGENCIES[i]!.kind === "DISTRICT");
  // a unit's workload: the old communes whose territory it covers on the day
  const communeWeight = new Map<number, number>();
  for (const [base, w] of baseWeights()) {
    for (const part of succession.currentUnitsOf(base, day)) {
      if (communes.includes(part.agencyId)) communeWeight.set(part.agencyId, (communeWeight.get(part.agencyId) ?? 0) + w * part.share);
    }
  }
  const communeWeights = communes.map((i) => communeWeight.get(i) ?? 0);
  const districtWeights = districts.map((i) => AGENCIES[i]!.weight ?? 0.1);
  const ownerAgency = Int32Array.from(PROCEDURES, (p) =>
    p.level === "PROVINCE" ? agencyIndex(departmentFor(territory, day, FIELD_SPECS[p.fieldIndex]!.code)) : -1,
  );
  const agencyShare = new Float64Array(AGENCIES.length);
  PROCEDURES.forEach((p, i) => {
    if (p.level === "PROVINCE") agencyShare[ownerAgency[i]!]! += LEVEL_SHARE.PROVINCE * p.weight;
  });
  const spread = (indexes: number[], weights: number[], share: number) => {
    const total = weights.reduce((s, w) => s + w, 0);
    indexes.forEach((a, k) => (agencyShare[a] = agencyShare[a]! + (share * weights[k]!) / total));
  };
  if (districts.length > 0) spread(districts, districtWeights, LEVEL_SHARE.DISTRICT);
  spread(communes, communeWeights, districts.length > 0 ? LEVEL_SHARE.COMMUNE : LEVEL_SHARE.COMMUNE + LEVEL_SHARE.DISTRICT);
  return {
    ownerAgency,
    districtAgencies: districts.length > 0 ? { alias: new AliasTable(districtWeights), agencies: Int32Array.from(districts) } : null,
    communeAgencies: { alias: new AliasTable(communeWeights), agencies: Int32Array.from(communes) },
    agencyShare,
  };
}

const routings = new Map<string, Routing>();

/** The routing of a province's dossiers on `day` (one per stretch between reorganisations). */
export function routingFor(territory: Territory, day: string): Routing {
  const start = territory === "ALL" ? PROVINCES_MERGED_ON : SNAPSHOTS.filter((s) => s <= day && s < PROVINCES_MERGED_ON).at(-1)!;
  const key = `${territory}|${start}`;
  let routing = routings.get(key);
  if (!routing) {
    routing = buildRouting(territory, start);
    routings.set(key, routing);
  }
  return routing;
}

function buildModel(): DossierModel {
  const base = (p: (typeof PROCEDURES)[number]): number => LEVEL_SHARE[p.level] * p.weight;
  const online = (p: (typeof PROCEDURES)[number]): number => (p.onlineLevel === "NONE" ? 0 : 1);
  const pair = (w: (p: (typeof PROCEDURES)[number]) => number): [ProcedureTable, ProcedureTable] => [makeTable(w), makeTable((p) => w(p) * online(p))];
  const onTime = pair(base);
  const capable = PROCEDURES.reduce((s, p) => s + base(p) * online(p), 0) / PROCEDURES.reduce((s, p) => s + base(p), 0);
  const calibration = routingFor("NT", OLD_UNITS_FROM);

  const hotspots = LATE_HOTSPOTS.map((h) => {
    const agency = agencyIndex(h.agencyCode);
    const seed = AGENCIES[agency]!;
    const fieldIndex = h.fieldCode === null ? -1 : FIELD_SPECS.findIndex((f) => f.code === h.fieldCode);
    const table = makeTable((p) => {
      const owned = PROCEDURES.indexOf(p);
      const levelMatches = seed.kind === "DEPARTMENT" ? calibration.ownerAgency[owned] === agency : p.level === seed.level;
      return levelMatches && (fieldIndex < 0 || p.fieldIndex === fieldIndex) ? p.weight * p.lateFactor : 0;
    });
    return { agency, year: h.year, rate: h.rate, table };
  });

  return {
    tables: { EARLY: pair((p) => base(p) * p.earlyFactor), ON_TIME: onTime, PENDING: onTime },
    late: makeTable((p) => base(p) * p.lateFactor * (p.level === "DISTRICT" ? 1.5 : 1)),
    onlineCapableShare: capable,
    calibration,
    hotspots,
  };
}

let model: DossierModel | undefined;

/** Built once per process: it depends on the catalogue and the organisation only, not on scale. */
export function dossierModel(): DossierModel {
  model ??= buildModel();
  return model;
}

/** The agency that receives a dossier of `procedure` under `routing`. */
export function pickAgency(routing: Routing, procedure: number, random: Random): number {
  const owner = routing.ownerAgency[procedure]!;
  if (owner >= 0) return owner;
  const level = PROCEDURES[procedure]!.level;
  const pool = level === "DISTRICT" && routing.districtAgencies ? routing.districtAgencies : routing.communeAgencies;
  return pool.agencies[pool.alias.sample(random)]!;
}
