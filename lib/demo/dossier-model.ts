// Who files what, where: the scale-independent model behind the dossier generator.
// A dossier picks a procedure from a per-outcome table (early, on time, late, pending; and an
// online-only variant for weekends and holidays, when only the portal receives), then an agency:
// the owning department for provincial procedures, a district or commune by its size otherwise.
import { AGENCIES } from "./organisation";
import { PROCEDURES, type AdminLevelCode } from "./procedures";
import { FIELD_SPECS } from "./procedure-fields";
import { Random } from "./random";
import { AliasTable } from "./sampling";

/** Share of all dossiers filed at each level: communes handle most (chứng thực, hộ tịch). */
export const LEVEL_SHARE: Record<AdminLevelCode, number> = { PROVINCE: 0.22, DISTRICT: 0.28, COMMUNE: 0.5 };

/** Relative workload of the district-level units (roughly their population). */
const DISTRICT_WEIGHT: Record<string, number> = {
  "H-PRTC": 0.3, "H-NP": 0.16, "H-NH": 0.15, "H-NS": 0.13, "H-TN": 0.1, "H-TB": 0.08, "H-BA": 0.05,
};

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

export type DossierModel = {
  /** [class][0 = working day, 1 = day off (online only)] */
  tables: Record<Exclude<OutcomeClass, "LATE">, [ProcedureTable, ProcedureTable]>;
  late: ProcedureTable;
  districtAgencies: { alias: AliasTable; agencies: Int32Array };
  communeAgencies: { alias: AliasTable; agencies: Int32Array };
  /** agency index of the owning department, per procedure (-1 below province level) */
  ownerAgency: Int32Array;
  /** expected share of all dossiers per agency index */
  agencyShare: Float64Array;
  /** share of a working day's dossiers whose procedure can be filed online */
  onlineCapableShare: number;
  hotspots: { agency: number; year: number; rate: number; table: ProcedureTable }[];
};

function agencyIndex(code: string): number {
  const i = AGENCIES.findIndex((a) => a.code === code);
  if (i < 0) throw new Error(`demo dossier model: unknown agency ${code}`);
  return i;
}

function buildModel(): DossierModel {
  const random = new Random().fork("agency-weights");
  const districts = AGENCIES.flatMap((a, i) => (a.kind === "DISTRICT" ? [i] : []));
  const districtWeights = districts.map((i) => DISTRICT_WEIGHT[AGENCIES[i]!.code] ?? 0.1);
  const districtTotal = districtWeights.reduce((s, w) => s + w, 0);
  const communes = AGENCIES.flatMap((a, i) => (a.kind === "COMMUNE" ? [i] : []));
  const communeWeights = communes.map((i) => {
    const a = AGENCIES[i]!;
    const parent = districts.findIndex((d) => AGENCIES[d]!.code === a.parentCode);
    const siblings = communes.filter((c) => AGENCIES[c]!.parentCode === a.parentCode).length;
    const base = parent < 0 ? 0.01 : districtWeights[parent]! / districtTotal / siblings;
    // wards of the city are busier than mountain communes
    return base * (0.6 + 0.8 * random.next()) * (a.name.startsWith("Phường") ? 1.3 : 1);
  });
  const communeTotal = communeWeights.reduce((s, w) => s + w, 0);

  const ownerAgency = Int32Array.from(PROCEDURES, (p) => (p.ownerCode === null ? -1 : agencyIndex(p.ownerCode)));
  const agencyShare = new Float64Array(AGENCIES.length);
  PROCEDURES.forEach((p, i) => {
    if (p.level === "PROVINCE") agencyShare[ownerAgency[i]!]! += LEVEL_SHARE.PROVINCE * p.weight;
  });
  districts.forEach((a, k) => (agencyShare[a] = (LEVEL_SHARE.DISTRICT * districtWeights[k]!) / districtTotal));
  communes.forEach((a, k) => (agencyShare[a] = (LEVEL_SHARE.COMMUNE * communeWeights[k]!) / communeTotal));

  const base = (p: (typeof PROCEDURES)[number]): number => LEVEL_SHARE[p.level] * p.weight;
  const online = (p: (typeof PROCEDURES)[number]): number => (p.onlineLevel === "NONE" ? 0 : 1);
  const pair = (w: (p: (typeof PROCEDURES)[number]) => number): [ProcedureTable, ProcedureTable] => [
    makeTable(w),
    makeTable((p) => w(p) * online(p)),
  ];
  const onTime = pair(base);
  const capable = PROCEDURES.reduce((s, p) => s + base(p) * online(p), 0) / PROCEDURES.reduce((s, p) => s + base(p), 0);

  const hotspots = LATE_HOTSPOTS.map((h) => {
    const agency = agencyIndex(h.agencyCode);
    const seed = AGENCIES[agency]!;
    const fieldIndex = h.fieldCode === null ? -1 : FIELD_SPECS.findIndex((f) => f.code === h.fieldCode);
    const table = makeTable((p) => {
      const levelMatches = seed.kind === "DEPARTMENT" ? p.ownerCode === seed.code : p.level === seed.level;
      return levelMatches && (fieldIndex < 0 || p.fieldIndex === fieldIndex) ? p.weight * p.lateFactor : 0;
    });
    return { agency, year: h.year, rate: h.rate, table };
  });

  return {
    tables: { EARLY: pair((p) => base(p) * p.earlyFactor), ON_TIME: onTime, PENDING: onTime },
    late: makeTable((p) => base(p) * p.lateFactor * (p.level === "DISTRICT" ? 1.5 : 1)),
    districtAgencies: { alias: new AliasTable(districtWeights), agencies: Int32Array.from(districts) },
    communeAgencies: { alias: new AliasTable(communeWeights), agencies: Int32Array.from(communes) },
    ownerAgency,
    agencyShare,
    onlineCapableShare: capable,
    hotspots,
  };
}

let model: DossierModel | undefined;

/** Built once per process: it depends on the catalogue and the organisation only, not on scale. */
export function dossierModel(): DossierModel {
  model ??= buildModel();
  return model;
}

/** A procedure from the table, and the agency that receives its dossier. */
export function pickAgency(m: DossierModel, procedure: number, random: Random): number {
  const owner = m.ownerAgency[procedure]!;
  if (owner >= 0) return owner;
  const level = PROCEDURES[procedure]!.level;
  const pool = level === "DISTRICT" ? m.districtAgencies : m.communeAgencies;
  return pool.agencies[pool.alias.sample(random)]!;
}
