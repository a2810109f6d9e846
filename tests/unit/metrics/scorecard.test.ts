// The scorecard's own arithmetic: comparisons coloured by good/bad (neutral figures never), the
// charts' months, the period list, and the league table's order (no value last). The URL's
// parameters: tests/unit/validations/page-params.test.ts.
import { describe, expect, it } from "vitest";
import { quarterPeriod, rangePeriod, yearPeriod } from "@/lib/metrics/periods";
import {
  chartWindow,
  compareFigure,
  DEFAULT_LEAGUE_SORT,
  monthPeriodsOf,
  periodChoices,
  sortLeague,
  type LeagueRow,
} from "@/lib/metrics/scorecard";

describe("compareFigure", () => {
  it("judges a falling late rate good and a rising one bad", () => {
    const figure = compareFigure(0.05, 0.08, 0.04, false);
    expect(figure.vsPrevious.trend).toBe("down");
    expect(figure.vsPrevious.good).toBe(true);
    expect(figure.vsPrevious.delta).toBeCloseTo(-0.03, 12);
    expect(figure.vsYearAgo.trend).toBe("up");
    expect(figure.vsYearAgo.good).toBe(false);
  });

  it("gives a neutral figure (dossiers received) a direction but no verdict", () => {
    const figure = compareFigure(120, 100, 150, null);
    expect(figure.vsPrevious).toEqual({ delta: 20, trend: "up", good: null });
    expect(figure.vsYearAgo).toEqual({ delta: -30, trend: "down", good: null });
  });

  it("compares nothing when either side has no data (an empty quarter)", () => {
    const figure = compareFigure(0.9, null, 0.9, true);
    expect(figure.vsPrevious).toEqual({ delta: null, trend: null, good: null });
    expect(figure.vsYearAgo).toEqual({ delta: 0, trend: "flat", good: null });
  });
});

describe("chartWindow", () => {
  it("shows a quarter with the nine months before it", () => {
    expect(chartWindow(quarterPeriod(2024, 2), "2024-08-31")).toEqual(rangePeriod("2023-07-01", "2024-06-30"));
  });

  it("stops at the data's month for the current year, and shows a long range whole", () => {
    expect(chartWindow(yearPeriod(2024), "2024-08-31")).toEqual(rangePeriod("2023-09-01", "2024-08-31"));
    expect(chartWindow(rangePeriod("2021-09-28", "2024-08-31"), "2024-08-31")).toEqual(rangePeriod("2021-09-01", "2024-08-31"));
  });

  it("splits a window into month periods", () => {
    const months = monthPeriodsOf(rangePeriod("2024-11-01", "2025-01-31"));
    expect(months.map((m) => [m.from, m.to])).toEqual([
      ["2024-11-01", "2024-11-30"],
      ["2024-12-01", "2024-12-31"],
      ["2025-01-01", "2025-01-31"],
    ]);
  });
});

describe("periodChoices", () => {
  it("lists the quarters begun by the data's day and every year, newest first", () => {
    const { quarters, years } = periodChoices(2023, "2024-08-31");
    expect(years.map((p) => p.from.slice(0, 4))).toEqual(["2024", "2023"]);
    expect(quarters.map((p) => p.from)).toEqual([
      "2024-07-01", "2024-04-01", "2024-01-01",
      "2023-10-01", "2023-07-01", "2023-04-01", "2023-01-01",
    ]);
  });
});

describe("the league table", () => {
  const row = (agencyName: string, lateRate: number | null, taskOnTimeRate: number | null, rating: LeagueRow["rating"]): LeagueRow => ({
    agencyId: agencyName.length,
    agencyName,
    closedOn: null,
    lateRate,
    lateRateYearAgo: null,
    toProcess: 10,
    taskOnTimeRate,
    tasksAssigned: 4,
    tasksDecided: 4,
    rating,
    ratingYear: rating ? 2023 : null,
    breaksLateRule: lateRate !== null && lateRate >= 0.1,
  });
  const rows = [
    row("Sở Y tế", 0.12, 0.5, "AVERAGE"),
    row("Sở Tư pháp", 0.02, null, "EXCELLENT"),
    row("Huyện Bác Ái", null, 0.9, null),
    row("Sở Nội vụ", 0.1, 0.75, "GOOD"),
  ];
  const names = (sorted: LeagueRow[]) => sorted.map((r) => r.agencyName);

  it("puts the worst late rate first by default, agencies without dossiers last", () => {
    expect(names(sortLeague(rows, DEFAULT_LEAGUE_SORT))).toEqual(["Sở Y tế", "Sở Nội vụ", "Sở Tư pháp", "Huyện Bác Ái"]);
  });

  it("sorts by task on-time rate and by rating either way, missing values last both ways", () => {
    expect(names(sortLeague(rows, { key: "tasks", direction: "asc" }))).toEqual(["Sở Y tế", "Sở Nội vụ", "Huyện Bác Ái", "Sở Tư pháp"]);
    expect(names(sortLeague(rows, { key: "tasks", direction: "desc" }))).toEqual(["Huyện Bác Ái", "Sở Nội vụ", "Sở Y tế", "Sở Tư pháp"]);
    expect(names(sortLeague(rows, { key: "rating", direction: "desc" }))).toEqual(["Sở Tư pháp", "Sở Nội vụ", "Sở Y tế", "Huyện Bác Ái"]);
  });

  it("sorts names in Vietnamese order", () => {
    expect(names(sortLeague(rows, { key: "name", direction: "asc" }))).toEqual(["Huyện Bác Ái", "Sở Nội vụ", "Sở Tư pháp", "Sở Y tế"]);
  });

  it("flags exactly 10 % late (DESIGN §6)", () => {
    expect(rows.filter((r) => r.breaksLateRule).map((r) => r.agencyName)).toEqual(["Sở Y tế", "Sở Nội vụ"]);
  });
});
