// Pure computation for the five indices and the yearly agency assessment (DESIGN §5.5, §5.6, §6):
// year-on-year change, component shares and the weakest components, rank within a group, rating
// bands, score validation and the head-of-agency alerts. No database, no formatting.
import { Rating } from "@/lib/generated/prisma/enums";

// ───────────────────────────── yearly series ─────────────────────────────

export type YearPoint = { year: number; score: number | null; rank: number | null; rankOf: number | null };

export type YearChange = {
  /** score minus the score of the year before; null when either is missing */
  scoreChange: number | null;
  /** places gained on the year before (positive = better); null when either rank is missing
   *  or the two ranks are out of different denominators (63 vs 61 vs 34 provinces) */
  rankChange: number | null;
};

/** The latest year that carries a published score or rank; null when none does. */
export function latestPublished<T extends YearPoint>(series: readonly T[]): T | null {
  let latest: T | null = null;
  for (const point of series) {
    if (point.score === null && point.rank === null) continue;
    if (latest === null || point.year > latest.year) latest = point;
  }
  return latest;
}

/** Change of `point` against the calendar year just before it (a gap year gives no change). */
export function changeOnYearBefore(series: readonly YearPoint[], point: YearPoint): YearChange {
  const before = series.find((p) => p.year === point.year - 1);
  if (!before) return { scoreChange: null, rankChange: null };
  const scoreChange = point.score !== null && before.score !== null ? roundTo(point.score - before.score, 4) : null;
  const comparable = point.rank !== null && before.rank !== null && point.rankOf === before.rankOf;
  return { scoreChange, rankChange: comparable ? (before.rank as number) - (point.rank as number) : null };
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

// ───────────────────────────── components ─────────────────────────────

export type ComponentValue = { code: string; maxScore: number; score: number | null };

/** A component's score as a share of its maximum (0–1); null without a score or a positive maximum. */
export function shareOfMax(component: ComponentValue): number | null {
  if (component.score === null || component.maxScore <= 0) return null;
  return component.score / component.maxScore;
}

/**
 * The codes of the weakest components: the `count` lowest shares of their maxima, ties with the
 * last one included. Components without a score are not ranked.
 */
export function weakestComponents(components: readonly ComponentValue[], count = 3): Set<string> {
  const scored = components
    .map((c) => ({ code: c.code, share: shareOfMax(c) }))
    .filter((c): c is { code: string; share: number } => c.share !== null)
    .sort((a, b) => a.share - b.share);
  if (scored.length === 0 || count <= 0) return new Set();
  const cutoff = scored[Math.min(count, scored.length) - 1]!.share;
  return new Set(scored.filter((c) => c.share <= cutoff).map((c) => c.code));
}

// ───────────────────────────── ranks and bands ─────────────────────────────

/**
 * Rank within a group by score, highest first, "1224" style: equal scores share a rank and the
 * next rank skips. Entries without a score get no rank.
 */
export function rankByScore<K>(entries: readonly { key: K; score: number | null }[]): Map<K, number> {
  const scored = entries.filter((e): e is { key: K; score: number } => e.score !== null);
  const ranks = new Map<K, number>();
  for (const entry of scored) {
    ranks.set(entry.key, 1 + scored.filter((other) => other.score > entry.score).length);
  }
  return ranks;
}

export type Band = { rating: Rating; minScore: number };

/** The band of the highest minimum that `score` reaches; null when no band of the year applies. */
export function bandFor(score: number, bands: readonly Band[]): Rating | null {
  const ordered = [...bands].sort((a, b) => b.minScore - a.minScore);
  return ordered.find((band) => score >= band.minScore)?.rating ?? null;
}

/** Bands of a year must have distinct minima and the order Tốt > Khá > Trung bình > Yếu. */
export const RATING_ORDER: readonly Rating[] = Object.values(Rating); // the schema lists them best first

// ───────────────────────────── score validation ─────────────────────────────

/** Published totals are rounded (PAR INDEX 2022: parts sum to 85.79, published 85.78). */
export const SUM_TOLERANCE = 0.05;

export type ScoreEntry = {
  maxScore: number;
  totalIsSum: boolean;
  score: number | null;
  rank: number | null;
  rankOf: number | null;
  components: readonly ComponentValue[];
};

export type ScoreIssue =
  | { field: "score"; kind: "negative" | "aboveMax"; max: number }
  | { field: "rank"; kind: "rankWithoutDenominator" }
  | { field: "rank"; kind: "aboveDenominator"; rankOf: number }
  | { field: `component.${string}`; kind: "negative" | "aboveMax"; max: number }
  | { field: "components"; kind: "incomplete"; missing: string[] }
  | { field: "score"; kind: "sumMismatch"; sum: number };

/** Every rule a year's entry breaks: a score within its maximum, a rank within its denominator,
 *  and, where the index's method makes the total a sum, a total equal to its components' sum. */
export function validateScoreEntry(entry: ScoreEntry): ScoreIssue[] {
  const issues: ScoreIssue[] = [];
  if (entry.score !== null) {
    if (entry.score < 0) issues.push({ field: "score", kind: "negative", max: entry.maxScore });
    else if (entry.score > entry.maxScore) issues.push({ field: "score", kind: "aboveMax", max: entry.maxScore });
  }
  if (entry.rank !== null) {
    if (entry.rankOf === null) issues.push({ field: "rank", kind: "rankWithoutDenominator" });
    else if (entry.rank > entry.rankOf) issues.push({ field: "rank", kind: "aboveDenominator", rankOf: entry.rankOf });
  }
  for (const c of entry.components) {
    if (c.score === null) continue;
    if (c.score < 0) issues.push({ field: `component.${c.code}`, kind: "negative", max: c.maxScore });
    else if (c.score > c.maxScore) issues.push({ field: `component.${c.code}`, kind: "aboveMax", max: c.maxScore });
  }
  const given = entry.components.filter((c) => c.score !== null);
  if (entry.totalIsSum && entry.score !== null && given.length > 0) {
    const missing = entry.components.filter((c) => c.score === null).map((c) => c.code);
    if (missing.length > 0) {
      issues.push({ field: "components", kind: "incomplete", missing });
    } else {
      const sum = roundTo(given.reduce((total, c) => total + (c.score as number), 0), 4);
      if (Math.abs(sum - entry.score) > SUM_TOLERANCE) issues.push({ field: "score", kind: "sumMismatch", sum });
    }
  }
  return issues;
}

// ───────────────────────────── head-of-agency alerts (DESIGN §6) ─────────────────────────────

export type RatedYear = { year: number; rating: Rating | null; score: number | null };

export type RatingAlert =
  | { rule: "HEAD_NOT_WELL"; year: number; rating: Rating; score: number | null }
  | { rule: "REPLACEMENT_AVERAGE"; year: number; years: RatedYear[] }
  | { rule: "REPLACEMENT_WEAK"; year: number; years: RatedYear[] };

const atMostAverage = (rating: Rating | null) => rating === "AVERAGE" || rating === "WEAK";

/**
 * The alerts of an agency's assessment history, oldest first:
 * - each year rated Trung bình or lower: its head is not rated "completed well";
 * - three consecutive calendar years rated Trung bình or lower, or two consecutive years rated Yếu:
 *   replacement review, raised in the year that completes the run.
 * A year without an assessment (or without a rating) breaks a run: the years must be consecutive.
 */
export function ratingAlerts(history: readonly RatedYear[]): RatingAlert[] {
  const byYear = new Map(history.map((h) => [h.year, h]));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const alerts: RatingAlert[] = [];
  const runEnding = (year: number, length: number, test: (r: Rating | null) => boolean): RatedYear[] | null => {
    const run: RatedYear[] = [];
    for (let y = year - length + 1; y <= year; y += 1) {
      const entry = byYear.get(y);
      if (!entry || !test(entry.rating)) return null;
      run.push(entry);
    }
    return run;
  };
  for (const year of years) {
    const entry = byYear.get(year)!;
    if (entry.rating !== null && atMostAverage(entry.rating)) {
      alerts.push({ rule: "HEAD_NOT_WELL", year, rating: entry.rating, score: entry.score });
    }
    const weakRun = runEnding(year, 2, (r) => r === "WEAK");
    if (weakRun) alerts.push({ rule: "REPLACEMENT_WEAK", year, years: weakRun });
    const averageRun = runEnding(year, 3, atMostAverage);
    if (averageRun) alerts.push({ rule: "REPLACEMENT_AVERAGE", year, years: averageRun });
  }
  return alerts;
}
