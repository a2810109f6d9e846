// Progress towards a province target measured against a baseline year (DESIGN §5.4), pure.
// E.g. "cut ≥ 5 % of the civil-servant quota 2022–2026 versus 2021": baseline 1,654 (2021),
// target level 1,571 (2026), quota in force 1,627 in 2024 → cut 27 = 1.63 % of the baseline,
// 32.5 % of the way; at the pace of 2021–2024 (9 a year) 2026 ends at 1,609: the target is missed.
// The path needed is the straight line from the baseline to the target level; the path taken is
// the yearly series, with null for a year without data (never read as 0).

export type YearValue = { year: number; value: number | null };

import type { TargetUnit } from "@/lib/generated/prisma/enums";

export type { TargetUnit };

/**
 * The level a target asks for: a COUNT target is the level itself; a PERCENT target is a cut of
 * that share of the baseline (5 → 95 % of it). Null without a baseline.
 */
export function targetLevel(unit: TargetUnit, value: number, baseline: number | null): number | null {
  if (unit === "COUNT") return value;
  return baseline === null ? null : baseline * (1 - value / 100);
}

export type PathPoint = {
  year: number;
  /** where the straight line from the baseline to the target level stands that year */
  needed: number | null;
  /** the recorded value that year, null without data */
  taken: number | null;
};

export type Projection = {
  year: number;
  /** the value the target year reaches if the pace since the baseline goes on */
  value: number;
  /** change per year since the baseline (negative for a cut) */
  pacePerYear: number;
  meetsTarget: boolean;
};

export type TargetProgress = {
  baselineYear: number;
  baselineValue: number | null;
  targetYear: number;
  targetLevel: number | null;
  /** "decrease" when the target lies below the baseline (a cut), otherwise "increase" */
  direction: "decrease" | "increase";
  /** target level − baseline (negative for a cut) */
  requiredChange: number | null;
  /** the last year after the baseline with data, up to `throughYear` */
  latestYear: number | null;
  latestValue: number | null;
  /** latest value − baseline */
  achievedChange: number | null;
  /** achievedChange ÷ baseline (−0.0163 = 1.63 % cut) */
  achievedChangeRate: number | null;
  /** achievedChange ÷ requiredChange: 1 = target reached; null when nothing was required */
  progress: number | null;
  /** where the needed path stands in the latest year */
  neededByLatest: number | null;
  /** latest value at or beyond the needed path */
  onTrack: boolean | null;
  projection: Projection | null;
  path: PathPoint[];
};

export type TargetProgressInput = {
  baselineYear: number;
  targetYear: number;
  /** the level to reach (see targetLevel); null when it cannot be known */
  targetLevel: number | null;
  series: ReadonlyArray<YearValue>;
  /** ignore data after this year (e.g. the year of the data's "today"); default: all */
  throughYear?: number;
};

function valueIn(series: ReadonlyArray<YearValue>, year: number): number | null {
  return series.find((point) => point.year === year)?.value ?? null;
}

function reached(direction: TargetProgress["direction"], value: number, level: number): boolean {
  return direction === "decrease" ? value <= level : value >= level;
}

export function targetProgress(input: TargetProgressInput): TargetProgress {
  const { baselineYear, targetYear, series } = input;
  if (targetYear <= baselineYear) throw new Error(`target year ${targetYear} must come after the baseline ${baselineYear}`);
  const throughYear = Math.min(input.throughYear ?? targetYear, targetYear);
  const baselineValue = valueIn(series, baselineYear);
  const level = input.targetLevel;
  const direction = baselineValue !== null && level !== null && level > baselineValue ? "increase" : "decrease";
  const requiredChange = baselineValue !== null && level !== null ? level - baselineValue : null;

  const neededIn = (year: number): number | null => {
    if (baselineValue === null || level === null) return null;
    return baselineValue + ((level - baselineValue) * (year - baselineYear)) / (targetYear - baselineYear);
  };

  const path: PathPoint[] = [];
  for (let year = baselineYear; year <= targetYear; year += 1) {
    path.push({ year, needed: neededIn(year), taken: year <= throughYear ? valueIn(series, year) : null });
  }

  const latest = [...path].reverse().find((p) => p.year > baselineYear && p.taken !== null) ?? null;
  const latestYear = latest?.year ?? null;
  const latestValue = latest?.taken ?? null;
  const achievedChange = baselineValue !== null && latestValue !== null ? latestValue - baselineValue : null;
  const neededByLatest = latestYear === null ? null : neededIn(latestYear);

  let projection: Projection | null = null;
  if (baselineValue !== null && latestYear !== null && achievedChange !== null) {
    const pacePerYear = achievedChange / (latestYear - baselineYear);
    const value = baselineValue + pacePerYear * (targetYear - baselineYear);
    projection = { year: targetYear, value, pacePerYear, meetsTarget: level !== null && reached(direction, value, level) };
  }

  return {
    baselineYear,
    baselineValue,
    targetYear,
    targetLevel: level,
    direction,
    requiredChange,
    latestYear,
    latestValue,
    achievedChange,
    achievedChangeRate: achievedChange !== null && baselineValue ? achievedChange / baselineValue : null,
    progress: achievedChange !== null && requiredChange ? achievedChange / requiredChange : null,
    neededByLatest,
    onTrack: latestValue !== null && neededByLatest !== null ? reached(direction, latestValue, neededByLatest) : null,
    projection,
    path,
  };
}

/** A headcount above the quota: the excess, or 0 (also when the headcount is not reported). */
export function overQuota(quota: number, actualHeadcount: number | null): number {
  return actualHeadcount === null ? 0 : Math.max(0, actualHeadcount - quota);
}

/** Quota not filled: quota − headcount, or null when the headcount is not reported. */
export function vacancies(quota: number, actualHeadcount: number | null): number | null {
  return actualHeadcount === null ? null : Math.max(0, quota - actualHeadcount);
}

/** Units that are financially autonomous: they cover at least their recurrent spending. */
export const FINANCIALLY_AUTONOMOUS_LEVELS = ["INVESTMENT_AND_RECURRENT", "RECURRENT"] as const;

export type AutonomyCount = { level: string; units: number };

/** Share of the year's units that are financially autonomous; null when no unit was counted. */
export function financialAutonomyShare(counts: ReadonlyArray<AutonomyCount>): number | null {
  const total = counts.reduce((sum, c) => sum + c.units, 0);
  if (total === 0) return null;
  const autonomous = counts
    .filter((c) => (FINANCIALLY_AUTONOMOUS_LEVELS as readonly string[]).includes(c.level))
    .reduce((sum, c) => sum + c.units, 0);
  return autonomous / total;
}

/**
 * The projection as a line: from the latest year with data to the target year at the pace since
 * the baseline (the latest year's point is the recorded value). Empty without a projection.
 */
export function projectionLine(progress: TargetProgress): { year: number; value: number }[] {
  const { projection, baselineValue, latestYear } = progress;
  if (!projection || baselineValue === null || latestYear === null) return [];
  const line: { year: number; value: number }[] = [];
  for (let year = latestYear; year <= progress.targetYear; year += 1) {
    line.push({ year, value: baselineValue + projection.pacePerYear * (year - progress.baselineYear) });
  }
  return line;
}
