// Yearly internal assessment demo data (DESIGN §5.6) and rating bands. Pure, deterministic.
// Scores are illustrative. Two patterns are built in so that the DESIGN §6
// alerts have something to show: Ban Dân tộc (BDT) is rated "Trung bình" in
// 2022, 2023 and 2024; Huyện Bác Ái (H-BA) is rated "Yếu" in 2023 and 2024.

import type { Rating } from "../generated/prisma/enums";
import { DEPARTMENTS, DISTRICTS } from "./organisation";
import { unit } from "./reference-util";

export type RatingCode = Rating;

export type RatingBandSeed = { year: number; rating: RatingCode; label: string; minScore: number };

export const ASSESSMENT_YEARS = [2021, 2022, 2023, 2024] as const;

// The province's own numeric thresholds were not found (indices.md §1.4 gives
// the four labels Tốt / Khá / Trung bình / Yếu but marks cut-offs unconfirmed).
const BANDS: Array<[RatingCode, string, number]> = [
  ["EXCELLENT", "Tốt", 90],
  ["GOOD", "Khá", 80],
  ["AVERAGE", "Trung bình", 65],
  ["WEAK", "Yếu", 0],
];

export const RATING_BANDS: RatingBandSeed[] = ASSESSMENT_YEARS.flatMap((year) =>
  BANDS.map(([rating, label, minScore]): RatingBandSeed => ({ year, rating, label, minScore })),
);

/** The rating for a score under the bands of a year (highest band whose minimum is reached). */
export function ratingFor(year: number, score: number, bands: readonly RatingBandSeed[] = RATING_BANDS): RatingCode {
  const ofYear = bands.filter((b) => b.year === year).sort((a, b) => b.minScore - a.minScore);
  const band = ofYear.find((b) => score >= b.minScore);
  if (band === undefined) throw new Error(`no rating band for ${year} / ${score}`);
  return band.rating;
}

export type AssessmentSeed = {
  agencyCode: string;
  year: number;
  group: "DEPARTMENT" | "DISTRICT";
  selfScore: number;
  appraisedScore: number;
  rank: number;
  rating: RatingCode;
};

/** Fixed appraised scores for the alert patterns. */
const FIXED: Record<string, Record<number, number>> = {
  BDT: { 2021: 81.4, 2022: 76.2, 2023: 74.85, 2024: 77.5 },
  "H-BA": { 2021: 80.6, 2022: 68.9, 2023: 63.4, 2024: 61.75 },
};

const round2 = (x: number): number => Math.round(x * 100) / 100;

function appraised(code: string, year: number, k: number): number {
  const fixed = FIXED[code]?.[year];
  if (fixed !== undefined) return fixed;
  const base = 82 + 11 * unit(`${code}|base`);
  const noise = 6 * unit(`${code}|${year}|noise`) - 3;
  return round2(Math.min(98, Math.max(70, base + 0.9 * k + noise)));
}

function build(): AssessmentSeed[] {
  const groups: Array<["DEPARTMENT" | "DISTRICT", string[]]> = [
    ["DEPARTMENT", DEPARTMENTS.map((a) => a.code)],
    ["DISTRICT", DISTRICTS.map((a) => a.code)],
  ];
  const rows: AssessmentSeed[] = [];
  ASSESSMENT_YEARS.forEach((year, k) => {
    for (const [group, codes] of groups) {
      const scored = codes.map((agencyCode) => {
        const appraisedScore = appraised(agencyCode, year, k);
        const selfScore = round2(Math.min(100, appraisedScore + 0.5 + 4 * unit(`${agencyCode}|${year}|self`)));
        return { agencyCode, appraisedScore, selfScore };
      });
      const ordered = [...scored].sort((a, b) => b.appraisedScore - a.appraisedScore || a.agencyCode.localeCompare(b.agencyCode));
      ordered.forEach((r, i) => {
        rows.push({ ...r, year, group, rank: i + 1, rating: ratingFor(year, r.appraisedScore) });
      });
    }
  });
  return rows;
}

export const AGENCY_ASSESSMENTS: AssessmentSeed[] = build();
