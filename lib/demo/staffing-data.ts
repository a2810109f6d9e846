// Staffing (biên chế) demo data, DESIGN §5.4. Pure, deterministic.
//
// Old Ninh Thuận's calibration (its units' totals, reproduced exactly):
// - 2021 baseline: 1,654 civil servants, 11,763 public employees;
// - quota in force 2024: 1,627 and 11,297 (cuts of 27 = 1.63 % and 466 = 3.96 %);
// - 214 streamlining cases over 2022–2024;
// - the 2022–2026 plan (1,571 + 10,587 = 12,158; 83 and 1,176 below 2021) is
//   stored as targets, not as quota rows.
// The split per agency, the 2022 / 2023 intermediate totals and the headcounts
// are illustrative (not published per agency). Old Khánh Hòa's quotas of 2021–2024, both old
// provinces' of 2025 and the merged province's of 2026 are illustrative too (demo data): each
// province keeps cutting towards the national 2022–2026 targets (−5 % / −10 % on 2021), and the
// merged units' 2026 quotas are their predecessors' 2025 ones, by share, less that year's cut.

import type { AutonomyLevel, StaffCategory, TargetUnit } from "../generated/prisma/enums";
import { AGENCIES, COMMUNES, DEPARTMENTS, DISTRICTS, type AgencySeed } from "./organisation";
import { KH_COMMUNES, KH_DEPARTMENTS, KH_DISTRICTS } from "./org/khanh-hoa-old";
import { demoSuccession } from "./org/demo-succession";
import { allocate, at, unit } from "./reference-util";

export type StaffCategoryCode = StaffCategory;

export type StaffingRowSeed = {
  agencyCode: string;
  year: number;
  category: StaffCategoryCode;
  quota: number;
  actualHeadcount: number;
  streamlined: number;
};

export const STAFFING_YEARS = [2021, 2022, 2023, 2024] as const;
/** Years with quota rows: the old provinces' 2021–2025, the merged province's 2026. */
export const ALL_STAFFING_YEARS = [...STAFFING_YEARS, 2025, 2026] as const;

type Category = "CIVIL_SERVANT" | "PUBLIC_EMPLOYEE";

/** Old Ninh Thuận's quota totals in force each year (2022 and 2023 are illustrative steps; 2025 illustrative). */
export const PROVINCE_QUOTA: Record<Category, Record<number, number>> = {
  CIVIL_SERVANT: { 2021: 1654, 2022: 1645, 2023: 1636, 2024: 1627, 2025: 1618 },
  PUBLIC_EMPLOYEE: { 2021: 11763, 2022: 11600, 2023: 11450, 2024: 11297, 2025: 11140 },
};

/** Old Khánh Hòa's quota totals (illustrative, demo data). */
export const KH_PROVINCE_QUOTA: Record<Category, Record<number, number>> = {
  CIVIL_SERVANT: { 2021: 2010, 2022: 1998, 2023: 1985, 2024: 1968, 2025: 1954 },
  PUBLIC_EMPLOYEE: { 2021: 21850, 2022: 21600, 2023: 21310, 2024: 21020, 2025: 20760 },
};

/** Streamlining cases per year; 71 + 78 + 65 = 214 over 2022–2024 (old Ninh Thuận). */
export const STREAMLINED_PER_YEAR: Record<number, number> = { 2021: 0, 2022: 71, 2023: 78, 2024: 65, 2025: 58 };
const KH_STREAMLINED_PER_YEAR: Record<number, number> = { 2021: 0, 2022: 95, 2023: 102, 2024: 88, 2025: 76 };
/** The merged province's 2026 cut on its predecessors' 2025 quotas, and its streamlining cases. */
const CUT_2026: Record<StaffCategoryCode, number> = { CIVIL_SERVANT: 0.012, PUBLIC_EMPLOYEE: 0.018, COMMUNE_OFFICIAL: 0.012 };
const STREAMLINED_2026 = 141;

/** Relative size of each agency: [civil servants, public employees] (illustrative weights; old Khánh Hòa's by the same codes). */
const WEIGHTS: Record<string, [number, number]> = {
  "KH-H-NT": [130, 3200], "KH-H-CR": [80, 1100], "KH-H-NHO": [90, 1600], "KH-H-VN": [70, 900], "KH-H-DK": [75, 1100],
  "KH-H-CL": [70, 950], "KH-H-KV": [60, 600], "KH-H-KS": [50, 400], "KH-H-TS": [20, 40],
  "KH-SVHTT": [40, 300], "KH-SDL": [25, 30], "KH-SNGV": [20, 5], "KH-BQLKKT": [30, 15],
  VPUB: [70, 35], SNV: [62, 25], STP: [38, 30], STC: [60, 15], SKHDT: [48, 20],
  SCT: [50, 40], SNNPTNT: [160, 450], STNMT: [65, 120], SXD: [45, 40], SGTVT: [55, 50],
  SGDDT: [50, 1500], SYT: [55, 2600], SLDTBXH: [50, 250], SVHTTDL: [45, 300],
  STTTT: [32, 60], SKHCN: [35, 45], TTT: [35, 0], BDT: [25, 5], BQLKCN: [22, 10],
  "H-PRTC": [95, 1500], "H-BA": [70, 650], "H-NS": [75, 1050], "H-NH": [75, 1000],
  "H-NP": [78, 1300], "H-TB": [68, 600], "H-TN": [70, 800],
};

/** Agency × category pairs whose headcount exceeds the quota from 2022 (so the flag shows). */
export const OVER_QUOTA: ReadonlyArray<[string, StaffCategoryCode]> = [
  ["SYT", "PUBLIC_EMPLOYEE"],
  ["H-BA", "PUBLIC_EMPLOYEE"],
  ["SXD", "CIVIL_SERVANT"],
];

function isOver(agencyCode: string, category: StaffCategoryCode): boolean {
  return OVER_QUOTA.some(([a, c]) => a === agencyCode && c === category);
}

type Series = { agencyCode: string; category: Category; quota: number[] };

const OLD_YEARS = [...STAFFING_YEARS, 2025] as const;

function weightOf(code: string, col: number): number {
  return WEIGHTS[code]?.[col] ?? WEIGHTS[code.replace(/^KH-/, "")]?.[col] ?? 0;
}

function quotaSeries(category: Category, units: readonly AgencySeed[], totalsOf: Record<Category, Record<number, number>>): Series[] {
  const codes = units.map((a) => a.code);
  const col = category === "CIVIL_SERVANT" ? 0 : 1;
  const weights = codes.map((c) => weightOf(c, col));
  const totals = OLD_YEARS.map((y) => {
    const total = totalsOf[category][y];
    if (total === undefined) throw new Error(`no province quota for ${category} ${y}`);
    return total;
  });
  const base = allocate(at(totals, 0), weights);
  const series: Series[] = codes.map((agencyCode, i) => ({ agencyCode, category, quota: [at(base, i)] }));
  for (let k = 1; k < OLD_YEARS.length; k += 1) {
    const year = at(OLD_YEARS, k);
    const cut = at(totals, k - 1) - at(totals, k);
    const prev = series.map((s) => at(s.quota, k - 1));
    const cutWeights = prev.map((q, i) => q * (0.4 + unit(`${at(codes, i)}|${category}|cut|${year}`)));
    const cuts = allocate(cut, cutWeights, prev);
    series.forEach((s, i) => s.quota.push(at(prev, i) - at(cuts, i)));
  }
  return series.filter((s) => at(s.quota, 0) > 0);
}

function headcount(agencyCode: string, category: StaffCategoryCode, year: number, quota: number): number {
  const u = unit(`${agencyCode}|${category}|${year}|headcount`);
  if (year >= 2022 && isOver(agencyCode, category)) {
    return quota + Math.max(1, Math.round(quota * (0.01 + 0.02 * u)));
  }
  return Math.max(0, quota - Math.round(quota * (0.005 + 0.045 * u)));
}

function provinceRows(units: readonly AgencySeed[], communes: readonly AgencySeed[], totals: Record<Category, Record<number, number>>, streamlinedPerYear: Record<number, number>): StaffingRowSeed[] {
  const series = [...quotaSeries("CIVIL_SERVANT", units, totals), ...quotaSeries("PUBLIC_EMPLOYEE", units, totals)];
  const rows: StaffingRowSeed[] = [];
  OLD_YEARS.forEach((year, k) => {
    const weights = series.map((s) => at(s.quota, k) * (0.2 + unit(`${s.agencyCode}|${s.category}|${year}|stream`)));
    const streamlined = allocate(streamlinedPerYear[year] ?? 0, weights);
    series.forEach((s, i) => {
      const quota = at(s.quota, k);
      rows.push({
        agencyCode: s.agencyCode,
        year,
        category: s.category,
        quota,
        actualHeadcount: headcount(s.agencyCode, s.category, year, quota),
        streamlined: at(streamlined, i),
      });
    });
  });
  // Commune officials: ILLUSTRATIVE. Quotas follow the usual 23 / 21 / 19 by
  // commune class (wards of the city 23, townships 21, communes by hash).
  for (const c of communes) {
    const u = unit(`${c.code}|class`);
    const quota = c.name.startsWith("Phường") ? 23 : c.name.startsWith("Thị trấn") ? 21 : u < 0.25 ? 23 : u < 0.7 ? 21 : 19;
    for (const year of OLD_YEARS) {
      // a ward absorbed on 01/11/2024 has no quota of its own in 2025
      if (c.validTo !== null && c.validTo < `${year}-01-01`) continue;
      const vacancy = Math.floor(unit(`${c.code}|${year}|vacancy`) * 3);
      rows.push({ agencyCode: c.code, year, category: "COMMUNE_OFFICIAL", quota, actualHeadcount: quota - vacancy, streamlined: 0 });
    }
  }
  return rows;
}

/**
 * The merged province's 2026 quotas: each current unit takes its predecessors' 2025 quotas by
 * share, less the year's cut, in the same category — a district's civil servants stay civil
 * servants of the communes that carry it on, and the commune-level officials of the old communes
 * stay counted apart, so that the 2022–2026 targets (on the 2021 civil servants of province and
 * districts) are measured on the same footing across the merger.
 */
function mergedRows(old: readonly StaffingRowSeed[]): StaffingRowSeed[] {
  const succession = demoSuccession();
  const index = new Map(AGENCIES.map((a, i) => [a.code, i]));
  const carried = new Map<string, number>();
  for (const row of old.filter((r) => r.year === 2025)) {
    const category = row.category;
    for (const part of succession.currentUnitsOf(index.get(row.agencyCode)!, "2026-01-01")) {
      const key = `${AGENCIES[part.agencyId]!.code}|${category}`;
      carried.set(key, (carried.get(key) ?? 0) + row.quota * part.share);
    }
  }
  const keys = [...carried.keys()].sort();
  const rows = keys.map((key): StaffingRowSeed => {
    const [agencyCode, category] = key.split("|") as [string, StaffCategoryCode];
    const quota = Math.round(carried.get(key)! * (1 - CUT_2026[category]));
    const headcount = Math.max(0, quota - Math.round(quota * (0.005 + 0.04 * unit(`${key}|2026|headcount`))));
    return { agencyCode, year: 2026, category, quota, actualHeadcount: headcount, streamlined: 0 };
  });
  const streamlined = allocate(STREAMLINED_2026, rows.map((r) => (r.category === "COMMUNE_OFFICIAL" ? 0 : r.quota * (0.2 + unit(`${r.agencyCode}|${r.category}|2026|stream`)))));
  return rows.map((row, i) => ({ ...row, streamlined: at(streamlined, i) }));
}

function buildStaffing(): StaffingRowSeed[] {
  const old = [
    ...provinceRows([...DEPARTMENTS, ...DISTRICTS], COMMUNES, PROVINCE_QUOTA, STREAMLINED_PER_YEAR),
    ...provinceRows([...KH_DEPARTMENTS, ...KH_DISTRICTS], KH_COMMUNES, KH_PROVINCE_QUOTA, KH_STREAMLINED_PER_YEAR),
  ];
  return [...old, ...mergedRows(old)];
}

export const STAFFING_ROWS: StaffingRowSeed[] = buildStaffing();

export type TargetSeed = {
  code: string;
  category: StaffCategoryCode | null;
  baselineYear: number | null;
  targetYear: number;
  value: number;
  unit: TargetUnit;
  description: string;
  source: string | null;
};

const PLAN_SOURCE =
  "Kết luận 40-KL/TW (giảm tối thiểu 5 % biên chế công chức, 10 % biên chế sự nghiệp 2022–2026 so với 2021); kế hoạch của Ninh Thuận cũ (số liệu hiệu chỉnh, DESIGN §5.4) và của Khánh Hòa cũ (minh họa)";

/** The 2022–2026 plans: old Ninh Thuận's published (DESIGN §5.4), old Khánh Hòa's illustrative (−5 % / −10 % on 2021). */
export const NT_PLAN_2026: Record<Category, number> = { CIVIL_SERVANT: 1571, PUBLIC_EMPLOYEE: 10587 };
export const KH_PLAN_2026: Record<Category, number> = { CIVIL_SERVANT: 1909, PUBLIC_EMPLOYEE: 19665 };

export const TARGETS: TargetSeed[] = [
  {
    code: "STAFF_CUT_CIVIL_SERVANT", category: "CIVIL_SERVANT", baselineYear: 2021, targetYear: 2026,
    value: 5, unit: "PERCENT", source: PLAN_SOURCE,
    description: "Giảm tối thiểu 5 % biên chế công chức giai đoạn 2022–2026 so với năm 2021",
  },
  {
    code: "STAFF_CUT_PUBLIC_EMPLOYEE", category: "PUBLIC_EMPLOYEE", baselineYear: 2021, targetYear: 2026,
    value: 10, unit: "PERCENT", source: PLAN_SOURCE,
    description: "Giảm tối thiểu 10 % số lượng người làm việc hưởng lương từ ngân sách giai đoạn 2022–2026 so với năm 2021",
  },
  {
    code: "STAFF_QUOTA_2026_CIVIL_SERVANT", category: "CIVIL_SERVANT", baselineYear: 2021, targetYear: 2026,
    value: NT_PLAN_2026.CIVIL_SERVANT + KH_PLAN_2026.CIVIL_SERVANT, unit: "COUNT", source: PLAN_SOURCE,
    description: "Biên chế công chức giao giai đoạn 2022–2026: 3.480 (Ninh Thuận cũ 1.571, giảm 83 so với năm 2021; Khánh Hòa cũ 1.909, minh họa)",
  },
  {
    code: "STAFF_QUOTA_2026_PUBLIC_EMPLOYEE", category: "PUBLIC_EMPLOYEE", baselineYear: 2021, targetYear: 2026,
    value: NT_PLAN_2026.PUBLIC_EMPLOYEE + KH_PLAN_2026.PUBLIC_EMPLOYEE, unit: "COUNT", source: PLAN_SOURCE,
    description: "Số lượng người làm việc giao giai đoạn 2022–2026: 30.252 (Ninh Thuận cũ 10.587, giảm 1.176 so với năm 2021; Khánh Hòa cũ 19.665, minh họa)",
  },
];

export type AutonomyLevelCode = AutonomyLevel;

export const AUTONOMY_LEVELS: AutonomyLevelCode[] = [
  "INVESTMENT_AND_RECURRENT", "RECURRENT", "PARTIAL_70_100", "PARTIAL_30_70", "PARTIAL_10_30", "STATE_FUNDED",
];

export type AutonomySeed = { year: number; level: AutonomyLevelCode; units: number; source: string };

const AUTONOMY_SOURCE = "Báo cáo sắp xếp đơn vị sự nghiệp công lập của tỉnh Ninh Thuận cũ (số liệu hiệu chỉnh, DESIGN §5.4)";

// 2022 and 2023 were not published: no rows. No financial-autonomy target is
// given by the reference or DESIGN, so no AUTONOMY_FINANCIAL_SHARE target.
const AUTONOMY_COUNTS: Record<number, number[]> = {
  2021: [5, 27, 8, 11, 18, 311],
  2024: [10, 28, 1, 18, 22, 290],
};

export const SERVICE_UNIT_AUTONOMY: AutonomySeed[] = Object.entries(AUTONOMY_COUNTS).flatMap(([year, counts]) =>
  counts.map((units, i): AutonomySeed => ({ year: Number(year), level: at(AUTONOMY_LEVELS, i), units, source: AUTONOMY_SOURCE })),
);
