// The Decision 766 service index on a hand-made week, every figure worked out by hand below.
import { describe, expect, it } from "vitest";
import { countDossiers } from "@/lib/metrics/dossiers";
import { computedInputs, forecastCounts, lateCostByField } from "@/lib/service-index/inputs";
import { bandOf, computeServiceIndex, costliest, DEFAULT_CONFIG, pointsFor, rankByScore, type Fraction } from "@/lib/service-index/model";
import { parseIndexPeriod, previousIndexPeriod, readablePeriod, weekOf, weekPeriod } from "@/lib/service-index/periods";

import { WEEK } from "./service-index-week";

const W47 = weekPeriod(2026, 47)!;

describe("weeks as the portal counts them, in Asia/Ho_Chi_Minh", () => {
  it("numbers ISO weeks: Monday to Sunday, week 1 holds the first Thursday", () => {
    expect(W47).toEqual({ kind: "range", from: "2026-11-16", to: "2026-11-22" });
    expect(weekOf("2025-12-29")).toEqual({ year: 2026, week: 1 });
    expect(weekOf("2026-01-04")).toEqual({ year: 2026, week: 1 });
    expect(weekOf("2027-01-01")).toEqual({ year: 2026, week: 53 });
    expect(weekPeriod(2026, 53)).toEqual({ kind: "range", from: "2026-12-28", to: "2027-01-03" });
    expect(weekPeriod(2025, 53)).toBeNull();
    expect(weekPeriod(2026, 0)).toBeNull();
  });

  it("reads period keys and steps back week by week across a year", () => {
    expect(parseIndexPeriod("2026-W47")?.period).toEqual(W47);
    expect(parseIndexPeriod("2025-W53")).toBeNull();
    expect(parseIndexPeriod("2026-Q4")?.period).toEqual({ kind: "quarter", from: "2026-10-01", to: "2026-12-31" });
    expect(parseIndexPeriod("2026-11-01_2026-11-20")).toBeNull();
    expect(previousIndexPeriod(parseIndexPeriod("2026-W01")!).key).toBe("2025-W52");
    expect(previousIndexPeriod(parseIndexPeriod("2026-11")!).key).toBe("2026-10");
  });

  it("reads an ongoing week up to the data's day and refuses a future one", () => {
    const week = parseIndexPeriod("2026-W47")!;
    expect(readablePeriod(week, "2026-11-20")).toEqual({ kind: "range", from: "2026-11-16", to: "2026-11-20" });
    expect(readablePeriod(week, "2026-11-30")).toEqual(W47);
    expect(readablePeriod(week, "2026-11-15")).toBeNull();
  });

  it("counts the hand-made week with its boundaries at Việt Nam midnight", () => {
    expect(countDossiers(WEEK, W47)).toEqual({
      carriedOver: 1, // A
      received: 5, // B, C, D, E, F
      resolvedEarly: 1, // B
      resolvedOnTime: 1, // A
      resolvedLate: 1, // C
      overdueAtEnd: 1, // D
      receivedOnline: 2, // B, E
      synced: 3, // B, C, E
      digitized: 2, // B, C
      electronic: 1, // B
    });
  });
});

describe("the target rule and N/A", () => {
  it("gives full points at or above the target and rate × points ÷ target below it", () => {
    expect(pointsFor(0.8, { points: 6, target: 0.8 })).toBe(6);
    expect(pointsFor(0.95, { points: 6, target: 0.8 })).toBe(6);
    expect(pointsFor(0.4, { points: 6, target: 0.5 })).toBe(4.8);
    expect(pointsFor(0.79, { points: 8, target: 0.8 })).toBe(7.9);
    // no target: proportional
    expect(pointsFor(2 / 3, { points: 20, target: null })).toBe(13.33);
    expect(pointsFor(0, { points: 20, target: null })).toBe(0);
  });

  it("scores a zero denominator as N/A, never 0, and leaves it out of the points assessed", () => {
    expect(pointsFor(null, { points: 6, target: 0.8 })).toBeNull();
    const empty = computeServiceIndex(computedInputs({ ...countDossiers([], W47) }, { active: 0, online: 0 }));
    expect(empty.indicators.every((i) => i.rate === null && i.points === null && i.lost === 0)).toBe(true);
    expect(empty).toMatchObject({ earned: 0, assessable: 0, score: null, band: null });
    // carried-over dossiers only: 2.1 and 5.4 have a denominator, the received-based shares do not
    const carried = computeServiceIndex(computedInputs({ ...countDossiers([], W47), carriedOver: 4, resolvedOnTime: 4 }, { active: 0, online: 0 }));
    expect(carried.indicators.filter((i) => i.points !== null).map((i) => i.def.code)).toEqual(["2.1", "5.4"]);
    expect(carried).toMatchObject({ earned: 26, assessable: 26, score: 100, band: "EXCELLENT" });
  });
});

describe("the index of the hand-made week", () => {
  const inputs = new Map<string, Fraction | null>(computedInputs(countDossiers(WEEK, W47), { active: 10, online: 9 }));
  inputs.set("1.2", { numerator: 9, denominator: 10 }); // entered by Home Affairs
  const index = computeServiceIndex(inputs);
  const points = Object.fromEntries(index.indicators.map((i) => [i.def.code, i.points]));

  it("computes each indicator's points by hand", () => {
    expect(points).toEqual({
      "1.1": null,
      "1.2": 3.6, // 0.9 × 4
      "1.3": null,
      "1.4": 3.6, // 3/5 synced × 6
      "2.1": 13.33, // (6 − 2 late) / 6 to process × 20
      "3.1": 6, // 9/10 ≥ 80 %
      "3.3": 4.8, // 2/5 = 40 % < 50 %: 0.4 × 6 ÷ 0.5
      "3.5": null,
      "3.6": null,
      "4.1": 1.6, // 1/5 × 8
      "4.2": 4, // 2/5 = 40 % < 80 %: 0.4 × 8 ÷ 0.8
      "4.3": null,
      "5.2": null,
      "5.3": null,
      "5.4": 5.56, // (6 − 1 overdue) / 6 = 83,33 % < 90 %: 0.8333 × 6 ÷ 0.9
    });
  });

  it("adds groups, maps them to the legal groups and scales the total to the points assessed", () => {
    expect(index.groups.map((g) => [g.group, g.legalGroup, g.points, g.assessable, g.max])).toEqual([
      ["transparency", 1, 7.2, 10, 18],
      ["progress", 2, 13.33, 20, 20],
      ["onlineService", 4, 10.8, 12, 12],
      ["onlinePayment", 4, 0, 0, 10],
      ["digitisation", 3, 5.6, 16, 22],
      ["satisfaction", 5, 5.56, 6, 18],
    ]);
    expect(index.groups.reduce((sum, g) => sum + g.max, 0)).toBe(100);
    // 42.49 of 64 assessable points → 66.39 on 100: Trung bình (50 – < 70)
    expect(index).toMatchObject({ earned: 42.49, assessable: 64, score: 66.39, band: "AVERAGE" });
  });

  it("lists what costs the most points first", () => {
    expect(costliest(index).map((i) => [i.def.code, i.lost])).toEqual([
      ["2.1", 6.67],
      ["4.1", 6.4],
      ["4.2", 4],
      ["1.4", 2.4],
      ["3.3", 1.2],
      ["5.4", 0.44],
      ["1.2", 0.4],
    ]);
  });
});

describe("bands, rankings, what to fix and the forecast", () => {
  it("bands the score: ≥ 90 Xuất sắc, < 50 Yếu, the middle from the configuration", () => {
    const bands = DEFAULT_CONFIG.bands;
    expect([100, 90, 89.99, 80, 70, 69.99, 50, 49.99, 0].map((s) => bandOf(s, bands))).toEqual([
      "EXCELLENT", "EXCELLENT", "GOOD", "GOOD", "FAIR", "AVERAGE", "AVERAGE", "WEAK", "WEAK",
    ]);
    expect(bands.filter((b) => !b.confirmed).map((b) => b.code)).toEqual(["GOOD", "FAIR", "AVERAGE"]);
  });

  it("ranks higher scores first, ties share a position, units without a score last", () => {
    const ranked = rankByScore([{ id: 1, score: 70 }, { id: 2, score: null }, { id: 3, score: 90 }, { id: 4, score: 70 }, { id: 5, score: 60 }]);
    expect(ranked.map((r) => [r.id, r.position])).toEqual([[3, 1], [1, 2], [4, 2], [5, 4], [2, null]]);
  });

  it("prices each field's late dossiers on 2.1: 12 of 133 cost 1.8 points", () => {
    const fields = [{ name: "Hộ tịch", late: 3 }, { name: "Đất đai", late: 12 }, { name: "Xây dựng", late: 0 }];
    expect(lateCostByField(fields, 133, 20)).toEqual([{ name: "Đất đai", late: 12, cost: 1.8 }, { name: "Hộ tịch", late: 3, cost: 0.45 }]);
    expect(lateCostByField(fields, 0, 20)).toEqual([]);
  });

  it("forecasts the week between every open dossier resolved in time and none", () => {
    const sofar = countDossiers(WEEK, W47);
    const { best, worst } = forecastCounts(sofar, 2);
    const onTime = (counts: typeof sofar) => computedInputs(counts, { active: 0, online: 0 }).get("2.1");
    expect(onTime(best)).toEqual({ numerator: 4, denominator: 6 });
    expect(onTime(worst)).toEqual({ numerator: 2, denominator: 6 });
    // 5.4 too: 5/6 → 3/6 (50 % of the 90 % target: 3.33 of 6 points)
    expect(computeServiceIndex(computedInputs(worst, { active: 0, online: 0 })).indicators.find((i) => i.def.code === "5.4")?.points).toBe(3.33);
  });
});
