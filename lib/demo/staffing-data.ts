// Staffing (biên chế) demo data, DESIGN §5.4. Pure, deterministic.
//
// Calibration (province totals, reproduced exactly):
// - 2021 baseline: 1,654 civil servants, 11,763 public employees;
// - quota in force 2024: 1,627 and 11,297 (cuts of 27 = 1.63 % and 466 = 3.96 %);
// - 214 streamlining cases over 2022–2024;
// - the 2022–2026 plan (1,571 + 10,587 = 12,158; 83 and 1,176 below 2021) is
//   stored as targets, not as quota rows.
// The split per agency, the 2022 / 2023 intermediate totals and the headcounts
// are illustrative (not published per agency).

import type { AutonomyLevel, StaffCategory, TargetUnit } from "../generated/prisma/enums";
import { COMMUNES, DEPARTMENTS, DISTRICTS } from "./organisation";
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

/** Province quota totals in force each year (2022 and 2023 are illustrative steps). */
export const PROVINCE_QUOTA: Record<"CIVIL_SERVANT" | "PUBLIC_EMPLOYEE", Record<number, number>> = {
  CIVIL_SERVANT: { 2021: 1654, 2022: 1645, 2023: 1636, 2024: 1627 },
  PUBLIC_EMPLOYEE: { 2021: 11763, 2022: 11600, 2023: 11450, 2024: 11297 },
};

/** Streamlining cases per year; 71 + 78 + 65 = 214 over 2022–2024. */
export const STREAMLINED_PER_YEAR: Record<number, number> = { 2021: 0, 2022: 71, 2023: 78, 2024: 65 };

/** Relative size of each agency: [civil servants, public employees] (illustrative weights). */
const WEIGHTS: Record<string, [number, number]> = {
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

type Series = { agencyCode: string; category: "CIVIL_SERVANT" | "PUBLIC_EMPLOYEE"; quota: number[] };

function quotaSeries(category: "CIVIL_SERVANT" | "PUBLIC_EMPLOYEE"): Series[] {
  const codes = [...DEPARTMENTS, ...DISTRICTS].map((a) => a.code);
  const col = category === "CIVIL_SERVANT" ? 0 : 1;
  const weights = codes.map((c) => WEIGHTS[c]?.[col] ?? 0);
  const totals = STAFFING_YEARS.map((y) => {
    const total = PROVINCE_QUOTA[category][y];
    if (total === undefined) throw new Error(`no province quota for ${category} ${y}`);
    return total;
  });
  const base = allocate(at(totals, 0), weights);
  const series: Series[] = codes.map((agencyCode, i) => ({ agencyCode, category, quota: [at(base, i)] }));
  for (let k = 1; k < STAFFING_YEARS.length; k += 1) {
    const year = at(STAFFING_YEARS, k);
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

function buildStaffing(): StaffingRowSeed[] {
  const series = [...quotaSeries("CIVIL_SERVANT"), ...quotaSeries("PUBLIC_EMPLOYEE")];
  const rows: StaffingRowSeed[] = [];
  STAFFING_YEARS.forEach((year, k) => {
    const weights = series.map((s) => at(s.quota, k) * (0.2 + unit(`${s.agencyCode}|${s.category}|${year}|stream`)));
    const streamlined = allocate(STREAMLINED_PER_YEAR[year] ?? 0, weights);
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
  for (const c of COMMUNES) {
    const u = unit(`${c.code}|class`);
    const quota = c.name.startsWith("Phường") ? 23 : c.name.startsWith("Thị trấn") ? 21 : u < 0.25 ? 23 : u < 0.7 ? 21 : 19;
    for (const year of STAFFING_YEARS) {
      const vacancy = Math.floor(unit(`${c.code}|${year}|vacancy`) * 3);
      rows.push({ agencyCode: c.code, year, category: "COMMUNE_OFFICIAL", quota, actualHeadcount: quota - vacancy, streamlined: 0 });
    }
  }
  return rows;
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

const PLAN_SOURCE = "Kế hoạch tinh giản biên chế giai đoạn 2022–2026 của tỉnh (số liệu hiệu chỉnh, DESIGN §5.4)";

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
    value: 1571, unit: "COUNT", source: PLAN_SOURCE,
    description: "Biên chế công chức giao giai đoạn 2022–2026: 1.571 (giảm 83 so với năm 2021)",
  },
  {
    code: "STAFF_QUOTA_2026_PUBLIC_EMPLOYEE", category: "PUBLIC_EMPLOYEE", baselineYear: 2021, targetYear: 2026,
    value: 10587, unit: "COUNT", source: PLAN_SOURCE,
    description: "Số lượng người làm việc giao giai đoạn 2022–2026: 10.587 (giảm 1.176 so với năm 2021)",
  },
];

export type AutonomyLevelCode = AutonomyLevel;

export const AUTONOMY_LEVELS: AutonomyLevelCode[] = [
  "INVESTMENT_AND_RECURRENT", "RECURRENT", "PARTIAL_70_100", "PARTIAL_30_70", "PARTIAL_10_30", "STATE_FUNDED",
];

export type AutonomySeed = { year: number; level: AutonomyLevelCode; units: number; source: string };

const AUTONOMY_SOURCE = "Báo cáo sắp xếp đơn vị sự nghiệp công lập của tỉnh (số liệu hiệu chỉnh, DESIGN §5.4)";

// 2022 and 2023 were not published: no rows. No financial-autonomy target is
// given by the reference or DESIGN, so no AUTONOMY_FINANCIAL_SHARE target.
const AUTONOMY_COUNTS: Record<number, number[]> = {
  2021: [5, 27, 8, 11, 18, 311],
  2024: [10, 28, 1, 18, 22, 290],
};

export const SERVICE_UNIT_AUTONOMY: AutonomySeed[] = Object.entries(AUTONOMY_COUNTS).flatMap(([year, counts]) =>
  counts.map((units, i): AutonomySeed => ({ year: Number(year), level: at(AUTONOMY_LEVELS, i), units, source: AUTONOMY_SOURCE })),
);
