// Yearly internal assessment demo data (DESIGN §5.6), rating bands and the ranking groups (khối) of
// each year. Pure, deterministic. Scores are illustrative. Each old province assessed its own
// departments and district committees in 2021–2024, within groups of its own; the merged province
// assessed its departments and its commune-level units for 2025, and 2026's groups are the same.
// Two patterns are built in so that the DESIGN §6 alerts have something to show: old Ninh Thuận's
// Ban Dân tộc (BDT) is rated "Trung bình" in 2022, 2023 and 2024; Huyện Bác Ái (H-BA) is rated
// "Yếu" in 2023 and 2024.

import type { AssessmentGroup, Rating } from "../generated/prisma/enums";
import { DEPARTMENTS, DISTRICTS, type AgencySeed } from "./organisation";
import { KH_DEPARTMENTS, KH_DISTRICTS } from "./org/khanh-hoa-old";
import { NEW_COMMUNE_UNITS, NEW_DEPARTMENTS } from "./org/khanh-hoa-2025";
import { unit } from "./reference-util";

export type RatingCode = Rating;

export type RatingBandSeed = { year: number; rating: RatingCode; label: string; minScore: number };

export const ASSESSMENT_YEARS = [2021, 2022, 2023, 2024] as const;
/** Years assessed by the merged province. */
export const MERGED_ASSESSMENT_YEARS = [2025] as const;
const BAND_YEARS = [...ASSESSMENT_YEARS, ...MERGED_ASSESSMENT_YEARS, 2026];

// The province's own numeric thresholds were not found (indices.md §1.4 gives
// the four labels Tốt / Khá / Trung bình / Yếu but marks cut-offs unconfirmed).
const BANDS: Array<[RatingCode, string, number]> = [
  ["EXCELLENT", "Tốt", 90],
  ["GOOD", "Khá", 80],
  ["AVERAGE", "Trung bình", 65],
  ["WEAK", "Yếu", 0],
];

export const RATING_BANDS: RatingBandSeed[] = BAND_YEARS.flatMap((year) =>
  BANDS.map(([rating, label, minScore]): RatingBandSeed => ({ year, rating, label, minScore })),
);

/** The rating for a score under the bands of a year (highest band whose minimum is reached). */
export function ratingFor(year: number, score: number, bands: readonly RatingBandSeed[] = RATING_BANDS): RatingCode {
  const ofYear = bands.filter((b) => b.year === year).sort((a, b) => b.minScore - a.minScore);
  const band = ofYear.find((b) => score >= b.minScore);
  if (band === undefined) throw new Error(`no rating band for ${year} / ${score}`);
  return band.rating;
}

/** A ranking group of a year, with its members' codes. */
export type RankingGroupSeed = { year: number; code: string; name: string; nameEn: string; assessmentGroup: AssessmentGroup; sortOrder: number; members: string[] };

const codes = (units: readonly AgencySeed[]) => units.map((a) => a.code);

export const RANKING_GROUPS: RankingGroupSeed[] = [
  ...ASSESSMENT_YEARS.flatMap((year): RankingGroupSeed[] => [
    { year, code: "NT-SBN", name: "Sở, ban, ngành (tỉnh Ninh Thuận)", nameEn: "Departments and agencies (Ninh Thuận province)", assessmentGroup: "DEPARTMENT", sortOrder: 1, members: codes(DEPARTMENTS) },
    { year, code: "NT-HUYEN", name: "UBND cấp huyện (tỉnh Ninh Thuận)", nameEn: "District people's committees (Ninh Thuận province)", assessmentGroup: "DISTRICT", sortOrder: 2, members: codes(DISTRICTS) },
    { year, code: "KH-SBN", name: "Sở, ban, ngành (tỉnh Khánh Hòa)", nameEn: "Departments and agencies (Khánh Hòa province)", assessmentGroup: "DEPARTMENT", sortOrder: 3, members: codes(KH_DEPARTMENTS) },
    { year, code: "KH-HUYEN", name: "UBND cấp huyện (tỉnh Khánh Hòa)", nameEn: "District people's committees (Khánh Hòa province)", assessmentGroup: "DISTRICT", sortOrder: 4, members: codes(KH_DISTRICTS) },
  ]),
  ...[2025, 2026].flatMap((year): RankingGroupSeed[] => [
    { year, code: "SBN", name: "Sở, ban, ngành", nameEn: "Departments and agencies", assessmentGroup: "DEPARTMENT", sortOrder: 1, members: codes(NEW_DEPARTMENTS) },
    { year, code: "XA", name: "Xã, phường, đặc khu", nameEn: "Communes, wards and special zone", assessmentGroup: "COMMUNE", sortOrder: 2, members: codes(NEW_COMMUNE_UNITS) },
  ]),
];

export type AssessmentSeed = {
  agencyCode: string;
  year: number;
  group: AssessmentGroup;
  selfScore: number;
  appraisedScore: number;
  rank: number;
  rating: RatingCode;
};

/** Fixed appraised scores for the alert patterns. */
const FIXED: Record<string, Record<number, number>> = {
  BDT: { 2021: 81.4, 2022: 76.2, 2023: 74.85, 2024: 77.5 },
  "H-BA": { 2021: 80.6, 2022: 68.9, 2023: 63.4, 2024: 61.75 },
  // the first year of a commune formed from three mountain communes: rated Yếu
  "X-BAC-AI-TAY": { 2025: 62.4 },
};

const round2 = (x: number): number => Math.round(x * 100) / 100;

function appraised(code: string, year: number, k: number): number {
  const fixed = FIXED[code]?.[year];
  if (fixed !== undefined) return fixed;
  const base = 82 + 11 * unit(`${code}|base`);
  const noise = 6 * unit(`${code}|${year}|noise`) - 3;
  return round2(Math.min(98, Math.max(70, base + 0.9 * k + noise)));
}

/** Every ranking group of the assessed years: scores, then ranks within the group. */
function build(): AssessmentSeed[] {
  const rows: AssessmentSeed[] = [];
  const years = [...ASSESSMENT_YEARS, ...MERGED_ASSESSMENT_YEARS];
  for (const group of RANKING_GROUPS.filter((g) => years.includes(g.year as (typeof years)[number]))) {
    const k = group.year - 2021;
    const scored = group.members.map((agencyCode) => {
      const appraisedScore = appraised(agencyCode, group.year, k);
      const selfScore = round2(Math.min(100, appraisedScore + 0.5 + 4 * unit(`${agencyCode}|${group.year}|self`)));
      return { agencyCode, appraisedScore, selfScore };
    });
    const ordered = [...scored].sort((a, b) => b.appraisedScore - a.appraisedScore || a.agencyCode.localeCompare(b.agencyCode));
    ordered.forEach((r, i) => rows.push({ ...r, year: group.year, group: group.assessmentGroup, rank: i + 1, rating: ratingFor(group.year, r.appraisedScore) }));
  }
  return rows;
}

export const AGENCY_ASSESSMENTS: AssessmentSeed[] = build();
