import { describe, expect, it } from "vitest";
import {
  addMonths,
  endOfLocalDay,
  isMonthAligned,
  latestCompleteQuarter,
  localDateOf,
  monthsOf,
  parsePeriodKey,
  periodKey,
  previousPeriod,
  quarterPeriod,
  rangePeriod,
  samePeriodLastYear,
  startOfLocalDay,
  yearPeriod,
  monthPeriod,
} from "@/lib/metrics/periods";
import { formatPeriod } from "@/tests/support/vi";

describe("days in Asia/Ho_Chi_Minh", () => {
  it("puts an instant at local midnight on the new day and one millisecond before on the old", () => {
    expect(localDateOf(new Date("2021-09-27T17:00:00.000Z"))).toBe("2021-09-28");
    expect(localDateOf(new Date("2021-09-27T16:59:59.999Z"))).toBe("2021-09-27");
    expect(localDateOf(new Date("2024-03-31T16:59:59.999Z"))).toBe("2024-03-31");
  });

  it("begins and ends a day at +07:00", () => {
    expect(startOfLocalDay("2024-04-01").toISOString()).toBe("2024-03-31T17:00:00.000Z");
    expect(endOfLocalDay("2024-03-31").toISOString()).toBe("2024-03-31T17:00:00.000Z");
  });
});

describe("periods", () => {
  it("builds quarters, months and leap-year Februaries", () => {
    expect(quarterPeriod(2024, 1)).toEqual({ kind: "quarter", from: "2024-01-01", to: "2024-03-31" });
    expect(quarterPeriod(2024, 4)).toEqual({ kind: "quarter", from: "2024-10-01", to: "2024-12-31" });
    expect(monthPeriod(2024, 2).to).toBe("2024-02-29");
    expect(monthPeriod(2023, 2).to).toBe("2023-02-28");
    expect(() => quarterPeriod(2024, 5)).toThrow();
  });

  it("finds the latest complete quarter: the quarter's last day counts as complete", () => {
    expect(latestCompleteQuarter("2024-08-30")).toEqual(quarterPeriod(2024, 2));
    expect(latestCompleteQuarter("2024-06-30")).toEqual(quarterPeriod(2024, 2));
    expect(latestCompleteQuarter("2024-06-29")).toEqual(quarterPeriod(2024, 1));
    expect(latestCompleteQuarter("2024-02-10")).toEqual(quarterPeriod(2023, 4));
  });

  it("compares with the period before and the same period a year earlier", () => {
    expect(previousPeriod(quarterPeriod(2024, 1))).toEqual(quarterPeriod(2023, 4));
    expect(previousPeriod(monthPeriod(2024, 1))).toEqual(monthPeriod(2023, 12));
    expect(previousPeriod(yearPeriod(2024))).toEqual(yearPeriod(2023));
    expect(previousPeriod(rangePeriod("2024-03-01", "2024-03-10"))).toEqual(rangePeriod("2024-02-20", "2024-02-29"));
    expect(samePeriodLastYear(monthPeriod(2024, 2))).toEqual(monthPeriod(2023, 2));
    expect(samePeriodLastYear(monthPeriod(2025, 2))).toEqual(monthPeriod(2024, 2));
    expect(samePeriodLastYear(rangePeriod("2024-02-29", "2024-03-31"))).toEqual(rangePeriod("2023-02-28", "2023-03-31"));
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
  });

  it("lists the months a period touches and tells whether it is month-aligned", () => {
    expect(monthsOf(rangePeriod("2021-09-28", "2021-12-05"))).toEqual(["2021-09-01", "2021-10-01", "2021-11-01", "2021-12-01"]);
    expect(isMonthAligned(quarterPeriod(2022, 3))).toBe(true);
    expect(isMonthAligned(rangePeriod("2021-09-28", "2024-08-31"))).toBe(false);
  });

  it("round-trips URL keys and refuses what is not a period", () => {
    for (const period of [quarterPeriod(2024, 2), yearPeriod(2023), monthPeriod(2022, 11), rangePeriod("2021-09-28", "2024-08-31")]) {
      expect(parsePeriodKey(periodKey(period))).toEqual(period);
    }
    expect(periodKey(quarterPeriod(2024, 2))).toBe("2024-Q2");
    expect(parsePeriodKey("2024-Q5")).toBeNull();
    expect(parsePeriodKey("2024-13")).toBeNull();
    expect(parsePeriodKey("2023-02-29_2023-03-01")).toBeNull();
    expect(parsePeriodKey("2024-03-02_2024-03-01")).toBeNull();
  });

  it("is written in Vietnamese", () => {
    expect(formatPeriod(quarterPeriod(2024, 2))).toBe("Quý II/2024");
    expect(formatPeriod(yearPeriod(2024))).toBe("Năm 2024");
    expect(formatPeriod(monthPeriod(2024, 5))).toBe("Tháng 05/2024");
    expect(formatPeriod(rangePeriod("2021-09-28", "2024-08-31"))).toBe("28/09/2021 – 31/08/2024");
  });
});
