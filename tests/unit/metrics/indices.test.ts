import { describe, expect, it } from "vitest";
import {
  bandFor,
  changeOnYearBefore,
  latestPublished,
  rankByScore,
  ratingAlerts,
  shareOfMax,
  validateScoreEntry,
  weakestComponents,
  type RatedYear,
  type YearPoint,
} from "@/lib/metrics/indices";

const BANDS = [
  { rating: "EXCELLENT" as const, minScore: 90 },
  { rating: "GOOD" as const, minScore: 80 },
  { rating: "AVERAGE" as const, minScore: 65 },
  { rating: "WEAK" as const, minScore: 0 },
];

describe("yearly series", () => {
  const pci: YearPoint[] = [
    { year: 2019, score: 64.89, rank: 37, rankOf: 63 },
    { year: 2020, score: 63.44, rank: 32, rankOf: 63 },
    { year: 2021, score: 62.23, rank: 49, rankOf: 63 },
    { year: 2022, score: 65.43, rank: 30, rankOf: 63 },
    { year: 2023, score: null, rank: null, rankOf: null },
  ];

  it("takes the latest year with a published score or rank", () => {
    expect(latestPublished(pci)?.year).toBe(2022);
    expect(latestPublished([{ year: 2022, score: null, rank: 27, rankOf: 63 }])?.rank).toBe(27);
    expect(latestPublished([{ year: 2024, score: null, rank: null, rankOf: 63 }])).toBeNull();
  });

  it("compares with the year before: score difference and places gained", () => {
    expect(changeOnYearBefore(pci, pci[3]!)).toEqual({ scoreChange: 3.2, rankChange: 19 });
    expect(changeOnYearBefore(pci, pci[2]!)).toEqual({ scoreChange: -1.21, rankChange: -17 });
  });

  it("gives no change across a gap year or a change of denominator", () => {
    const gap: YearPoint[] = [
      { year: 2020, score: 40.74, rank: 58, rankOf: 63 },
      { year: 2022, score: 46.0002, rank: 4, rankOf: 63 },
    ];
    expect(changeOnYearBefore(gap, gap[1]!)).toEqual({ scoreChange: null, rankChange: null });
    const denominators: YearPoint[] = [
      { year: 2022, score: 46.0002, rank: 4, rankOf: 63 },
      { year: 2023, score: 45.5054, rank: 6, rankOf: 61 },
    ];
    expect(changeOnYearBefore(denominators, denominators[1]!)).toEqual({ scoreChange: -0.4948, rankChange: null });
  });
});

describe("components", () => {
  const pci2022 = [
    { code: "GIA_NHAP", maxScore: 10, score: 7.77 },
    { code: "CANH_TRANH", maxScore: 10, score: 5.55 },
    { code: "HO_TRO", maxScore: 10, score: 5.52 },
    { code: "LAO_DONG", maxScore: 10, score: 5.2 },
    { code: "PHAP_LY", maxScore: 10, score: 7.6 },
    { code: "CHUA_CO", maxScore: 10, score: null },
  ];

  it("measures a score as a share of its maximum", () => {
    expect(shareOfMax({ code: "x", maxScore: 6.5, score: 5.31 })).toBeCloseTo(0.816923, 6);
    expect(shareOfMax({ code: "x", maxScore: 0, score: 0 })).toBeNull();
    expect(shareOfMax({ code: "x", maxScore: 10, score: null })).toBeNull();
  });

  it("highlights the lowest shares, unscored components aside", () => {
    expect([...weakestComponents(pci2022)].sort()).toEqual(["CANH_TRANH", "HO_TRO", "LAO_DONG"]);
    expect([...weakestComponents(pci2022, 1)]).toEqual(["LAO_DONG"]);
    expect(weakestComponents([{ code: "a", maxScore: 10, score: null }]).size).toBe(0);
  });

  it("keeps ties with the last weakest component", () => {
    const tied = [
      { code: "a", maxScore: 10, score: 5 },
      { code: "b", maxScore: 20, score: 10 },
      { code: "c", maxScore: 10, score: 9 },
    ];
    expect([...weakestComponents(tied, 1)].sort()).toEqual(["a", "b"]);
  });
});

describe("rank and band", () => {
  it("ranks highest first, ties share a rank and the next one skips", () => {
    const ranks = rankByScore([
      { key: "A", score: 88.5 },
      { key: "B", score: 92 },
      { key: "C", score: 88.5 },
      { key: "D", score: 70 },
      { key: "E", score: null },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ B: 1, A: 2, C: 2, D: 4 });
  });

  it("puts a score in the highest band whose minimum it reaches", () => {
    expect(bandFor(90, BANDS)).toBe("EXCELLENT");
    expect(bandFor(89.99, BANDS)).toBe("GOOD");
    expect(bandFor(65, BANDS)).toBe("AVERAGE");
    expect(bandFor(64.99, BANDS)).toBe("WEAK");
    expect(bandFor(50, [{ rating: "GOOD", minScore: 60 }])).toBeNull();
  });
});

describe("score validation", () => {
  const papi = (score: number | null, dims: (number | null)[], rank: number | null = 6, rankOf: number | null = 61) => ({
    maxScore: 80,
    totalIsSum: true,
    score,
    rank,
    rankOf,
    components: dims.map((s, i) => ({ code: `D${i + 1}`, maxScore: 10, score: s })),
  });

  it("accepts a total equal to its components' sum, within rounding", () => {
    expect(validateScoreEntry(papi(40, [5, 5, 5, 5, 5, 5, 5, 5]))).toEqual([]);
    expect(validateScoreEntry(papi(40.04, [5, 5, 5, 5, 5, 5, 5, 5]))).toEqual([]);
  });

  it("refuses a total that is not the sum of its components", () => {
    expect(validateScoreEntry(papi(41, [5, 5, 5, 5, 5, 5, 5, 5]))).toEqual([{ field: "score", kind: "sumMismatch", sum: 40 }]);
  });

  it("asks for every component once one is given where the total is a sum", () => {
    expect(validateScoreEntry(papi(40, [5, 5, 5, 5, 5, 5, 10, null]))).toEqual([
      { field: "components", kind: "incomplete", missing: ["D8"] },
    ]);
  });

  it("does not check the sum where the method is not a sum", () => {
    expect(validateScoreEntry({ ...papi(65.43, [7.77, 7]), totalIsSum: false, maxScore: 100 })).toEqual([]);
  });

  it("refuses a score above its maximum or below zero, for the total and each component", () => {
    expect(validateScoreEntry({ ...papi(80.5, []) })).toEqual([{ field: "score", kind: "aboveMax", max: 80 }]);
    expect(validateScoreEntry({ ...papi(-1, []) })).toEqual([{ field: "score", kind: "negative", max: 80 }]);
    expect(validateScoreEntry({ ...papi(null, [10.01]) })).toEqual([{ field: "component.D1", kind: "aboveMax", max: 10 }]);
  });

  it("refuses a rank beyond its denominator or without one", () => {
    expect(validateScoreEntry(papi(null, [], 62, 61))).toEqual([{ field: "rank", kind: "aboveDenominator", rankOf: 61 }]);
    expect(validateScoreEntry(papi(null, [], 61, 61))).toEqual([]);
    expect(validateScoreEntry(papi(null, [], 5, null))).toEqual([{ field: "rank", kind: "rankWithoutDenominator" }]);
  });
});

describe("head-of-agency alerts", () => {
  const h = (year: number, rating: RatedYear["rating"], score: number | null = null): RatedYear => ({ year, rating, score });

  it("flags each year rated Trung bình or lower", () => {
    expect(ratingAlerts([h(2022, "GOOD"), h(2023, "AVERAGE", 74.85), h(2024, "WEAK", 61.75)])).toEqual([
      { rule: "HEAD_NOT_WELL", year: 2023, rating: "AVERAGE", score: 74.85 },
      { rule: "HEAD_NOT_WELL", year: 2024, rating: "WEAK", score: 61.75 },
    ]);
  });

  it("raises replacement review after three consecutive years Trung bình", () => {
    const alerts = ratingAlerts([h(2021, "GOOD"), h(2022, "AVERAGE"), h(2023, "AVERAGE"), h(2024, "AVERAGE")]);
    const review = alerts.filter((a) => a.rule === "REPLACEMENT_AVERAGE");
    expect(review).toHaveLength(1);
    expect(review[0]).toMatchObject({ year: 2024, years: [h(2022, "AVERAGE"), h(2023, "AVERAGE"), h(2024, "AVERAGE")] });
  });

  it("raises replacement review after two consecutive years Yếu", () => {
    const alerts = ratingAlerts([h(2023, "WEAK"), h(2024, "WEAK")]);
    expect(alerts.filter((a) => a.rule === "REPLACEMENT_WEAK").map((a) => a.year)).toEqual([2024]);
    expect(alerts.filter((a) => a.rule === "REPLACEMENT_AVERAGE")).toEqual([]);
  });

  it("does not count across a gap year", () => {
    const gap = ratingAlerts([h(2020, "AVERAGE"), h(2021, "AVERAGE"), h(2023, "AVERAGE"), h(2022, null)]);
    expect(gap.filter((a) => a.rule !== "HEAD_NOT_WELL")).toEqual([]);
    const missing = ratingAlerts([h(2021, "WEAK"), h(2023, "WEAK"), h(2024, "AVERAGE")]);
    expect(missing.filter((a) => a.rule !== "HEAD_NOT_WELL")).toEqual([]);
  });

  it("counts Yếu as Trung bình or lower in the three-year run", () => {
    const alerts = ratingAlerts([h(2022, "AVERAGE"), h(2023, "WEAK"), h(2024, "AVERAGE")]);
    expect(alerts.filter((a) => a.rule === "REPLACEMENT_AVERAGE").map((a) => a.year)).toEqual([2024]);
  });

  it("raises nothing for good years", () => {
    expect(ratingAlerts([h(2021, "EXCELLENT"), h(2022, "GOOD")])).toEqual([]);
  });
});
