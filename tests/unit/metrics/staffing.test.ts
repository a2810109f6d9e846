import { describe, expect, it } from "vitest";
import {
  financialAutonomyShare,
  overQuota,
  projectionLine,
  targetLevel,
  targetProgress,
  vacancies,
} from "@/lib/metrics/staffing";

// DESIGN §5.4: civil-servant quota 1,654 (2021) → 1,627 (2024); plan 1,571 for 2022–2026.
const civilServants = [
  { year: 2021, value: 1654 },
  { year: 2022, value: 1645 },
  { year: 2023, value: 1636 },
  { year: 2024, value: 1627 },
];

describe("target level", () => {
  it("reads a COUNT target as the level and a PERCENT target as a cut of the baseline", () => {
    expect(targetLevel("COUNT", 1571, 1654)).toBe(1571);
    expect(targetLevel("PERCENT", 5, 1654)).toBeCloseTo(1571.3, 6);
    expect(targetLevel("PERCENT", 10, 11763)).toBeCloseTo(10586.7, 6);
    expect(targetLevel("PERCENT", 5, null)).toBeNull();
  });
});

describe("progress towards a target against a baseline year", () => {
  const progress = targetProgress({ baselineYear: 2021, targetYear: 2026, targetLevel: 1571, series: civilServants, throughYear: 2024 });

  it("measures the cut so far against the baseline and against the cut required", () => {
    expect(progress.baselineValue).toBe(1654);
    expect(progress.direction).toBe("decrease");
    expect(progress.requiredChange).toBe(-83);
    expect(progress.latestYear).toBe(2024);
    expect(progress.achievedChange).toBe(-27);
    expect(progress.achievedChangeRate).toBeCloseTo(-0.016324, 6); // 1.63 %
    expect(progress.progress).toBeCloseTo(27 / 83, 10);
  });

  it("draws the path needed as a straight line and the path taken from the data", () => {
    expect(progress.path.map((p) => p.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(progress.path[0]).toEqual({ year: 2021, needed: 1654, taken: 1654 });
    expect(progress.path[3]!.needed).toBeCloseTo(1654 - 83 * 0.6, 10); // 1,604.2
    expect(progress.path[3]!.taken).toBe(1627);
    expect(progress.path[5]).toEqual({ year: 2026, needed: 1571, taken: null });
    expect(progress.neededByLatest).toBeCloseTo(1604.2, 10);
    expect(progress.onTrack).toBe(false);
  });

  it("projects the target year at the pace since the baseline", () => {
    expect(progress.projection).not.toBeNull();
    expect(progress.projection!.pacePerYear).toBe(-9);
    expect(progress.projection!.value).toBe(1609);
    expect(progress.projection!.meetsTarget).toBe(false);
  });

  it("draws the projection from the latest year to the target year", () => {
    expect(projectionLine(progress)).toEqual([
      { year: 2024, value: 1627 },
      { year: 2025, value: 1618 },
      { year: 2026, value: 1609 },
    ]);
  });

  it("skips a year without data: the latest year with data sets the pace", () => {
    const gap = targetProgress({
      baselineYear: 2021,
      targetYear: 2026,
      targetLevel: 1571,
      series: [{ year: 2021, value: 1654 }, { year: 2022, value: 1600 }, { year: 2023, value: null }],
    });
    expect(gap.path.find((p) => p.year === 2023)!.taken).toBeNull();
    expect(gap.latestYear).toBe(2022);
    expect(gap.projection!.pacePerYear).toBe(-54);
    expect(gap.projection!.value).toBe(1654 - 54 * 5);
    expect(gap.projection!.meetsTarget).toBe(true);
    expect(gap.onTrack).toBe(true);
  });

  it("has no progress and no projection with only the baseline year", () => {
    const baselineOnly = targetProgress({ baselineYear: 2021, targetYear: 2026, targetLevel: 1571, series: [civilServants[0]!] });
    expect(baselineOnly.latestYear).toBeNull();
    expect(baselineOnly.achievedChange).toBeNull();
    expect(baselineOnly.progress).toBeNull();
    expect(baselineOnly.projection).toBeNull();
    expect(baselineOnly.onTrack).toBeNull();
    expect(projectionLine(baselineOnly)).toEqual([]);
  });

  it("has nothing to measure against without a baseline", () => {
    const noBaseline = targetProgress({ baselineYear: 2020, targetYear: 2026, targetLevel: 1571, series: civilServants });
    expect(noBaseline.baselineValue).toBeNull();
    expect(noBaseline.achievedChange).toBeNull();
    expect(noBaseline.projection).toBeNull();
    expect(noBaseline.path.every((p) => p.needed === null)).toBe(true);
  });

  it("ignores data after the year it is read in", () => {
    const in2022 = targetProgress({ baselineYear: 2021, targetYear: 2026, targetLevel: 1571, series: civilServants, throughYear: 2022 });
    expect(in2022.latestYear).toBe(2022);
    expect(in2022.path.find((p) => p.year === 2024)!.taken).toBeNull();
  });

  it("handles a target above the baseline (an increase)", () => {
    const share = targetProgress({ baselineYear: 2021, targetYear: 2025, targetLevel: 0.2, series: [{ year: 2021, value: 0.08 }, { year: 2024, value: 0.11 }] });
    expect(share.direction).toBe("increase");
    expect(share.progress).toBeCloseTo(0.25, 10);
    expect(share.projection!.value).toBeCloseTo(0.12, 10);
    expect(share.projection!.meetsTarget).toBe(false);
  });

  it("refuses a target year that does not come after the baseline", () => {
    expect(() => targetProgress({ baselineYear: 2021, targetYear: 2021, targetLevel: 1, series: [] })).toThrow();
  });
});

describe("quota, headcount and autonomy", () => {
  it("flags a headcount above the quota and counts vacancies", () => {
    expect(overQuota(100, 103)).toBe(3);
    expect(overQuota(100, 97)).toBe(0);
    expect(overQuota(100, null)).toBe(0);
    expect(vacancies(100, 97)).toBe(3);
    expect(vacancies(100, 103)).toBe(0);
    expect(vacancies(100, null)).toBeNull();
  });

  it("gives the financially autonomous share of DESIGN §5.4's counts", () => {
    const levels = ["INVESTMENT_AND_RECURRENT", "RECURRENT", "PARTIAL_70_100", "PARTIAL_30_70", "PARTIAL_10_30", "STATE_FUNDED"];
    const of = (counts: number[]) => counts.map((units, i) => ({ level: levels[i]!, units }));
    expect(financialAutonomyShare(of([5, 27, 8, 11, 18, 311]))).toBeCloseTo(32 / 380, 10);
    expect(financialAutonomyShare(of([10, 28, 1, 18, 22, 290]))).toBeCloseTo(38 / 369, 10);
    expect(financialAutonomyShare([])).toBeNull();
  });
});
