// Like-for-like comparison of a period that runs past the data's day (DESIGN §5.2a, issue 16 item
// 5): the period is cut at the data's day and compared with as many days from the start of the
// previous period and of the same period a year earlier — never a partial period with a full one.
import { describe, expect, it } from "vitest";
import { formatPeriod } from "@/tests/support/vi";
import {
  daysBetween,
  endOfLocalDay,
  isPartial,
  likeForLike,
  localDateOf,
  monthPeriod,
  quarterPeriod,
  rangePeriod,
  yearPeriod,
  type Period,
} from "@/lib/metrics/periods";

const days = (period: Period) => daysBetween(period.from, period.to);
const span = (period: Period) => [period.from, period.to];

describe("a partial quarter", () => {
  const { current, previous, yearAgo } = likeForLike(quarterPeriod(2026, 4), "2026-11-20");

  it("is cut at the data's day and labelled so", () => {
    expect(current).toEqual({ kind: "quarter", from: "2026-10-01", to: "2026-11-20" });
    expect(isPartial(current)).toBe(true);
    expect(formatPeriod(current)).toBe("Quý IV/2026 đến ngày 20/11/2026");
  });

  it("is compared with the first 51 days of the quarter before and of the same quarter a year earlier", () => {
    expect(days(current)).toBe(51);
    expect(span(previous)).toEqual(["2026-07-01", "2026-08-20"]);
    expect(span(yearAgo)).toEqual(["2025-10-01", "2025-11-20"]);
    expect([days(previous), days(yearAgo)]).toEqual([51, 51]);
    expect(formatPeriod(previous)).toBe("Quý III/2026 đến ngày 20/08/2026");
    expect(formatPeriod(yearAgo)).toBe("Quý IV/2025 đến ngày 20/11/2025");
  });

  it("counts days, not dates, when the quarters differ in length (92, 91 and 90 days)", () => {
    // Q4 (92 days) through 30/12 is 91 days; Q3's first 91 days end on 29/09, not on 30/09
    const late = likeForLike(quarterPeriod(2026, 4), "2026-12-30");
    expect(days(late.current)).toBe(91);
    expect(span(late.previous)).toEqual(["2026-07-01", "2026-09-29"]);
    // Q1/2025 (90 days) through 30/03 is 89 days: 89 days of Q4/2024 (92) and of leap Q1/2024 (91)
    const first = likeForLike(quarterPeriod(2025, 1), "2025-03-30");
    expect(days(first.current)).toBe(89);
    expect(span(first.previous)).toEqual(["2024-10-01", "2024-12-28"]);
    expect(span(first.yearAgo)).toEqual(["2024-01-01", "2024-03-29"]);
    // Q3 (92) through 29/09 is 91 days: all of Q2 (91), still a partial quarter against a whole one of the same length
    const third = likeForLike(quarterPeriod(2026, 3), "2026-09-29");
    expect(span(third.previous)).toEqual(["2026-04-01", "2026-06-30"]);
    expect(days(third.previous)).toBe(days(third.current));
  });

  it("leaves a whole quarter whole: 90 days of Q1/2025 against 92 of Q4/2024", () => {
    const whole = likeForLike(quarterPeriod(2025, 1), "2026-11-20");
    expect(whole).toEqual({ current: quarterPeriod(2025, 1), previous: quarterPeriod(2024, 4), yearAgo: quarterPeriod(2024, 1) });
    expect([days(whole.current), days(whole.previous), days(whole.yearAgo)]).toEqual([90, 92, 91]);
    expect(isPartial(whole.current)).toBe(false);
    expect(formatPeriod(whole.current)).toBe("Quý I/2025");
    // the quarter that ends on the data's day is whole too
    expect(likeForLike(quarterPeriod(2026, 3), "2026-09-30").current).toEqual(quarterPeriod(2026, 3));
  });
});

describe("a partial year", () => {
  it("runs to the data's day and is compared with as many days of the year before", () => {
    const { current, previous, yearAgo } = likeForLike(yearPeriod(2026), "2026-11-20");
    expect(span(current)).toEqual(["2026-01-01", "2026-11-20"]);
    expect(days(current)).toBe(324);
    expect(span(previous)).toEqual(["2025-01-01", "2025-11-20"]);
    expect(yearAgo).toEqual(previous);
    expect(formatPeriod(current)).toBe("Năm 2026 đến ngày 20/11/2026");
  });

  it("counts 29 February: 61 days of 2024 to 01/03 against 61 days of 2023, to 02/03", () => {
    const { current, previous } = likeForLike(yearPeriod(2024), "2024-03-01");
    expect(days(current)).toBe(61);
    expect(span(previous)).toEqual(["2023-01-01", "2023-03-02"]);
    expect(days(previous)).toBe(61);
    // and the other way round: 60 days of 2025 to 01/03 against 60 days of 2024, to 29/02
    expect(span(likeForLike(yearPeriod(2025), "2025-03-01").previous)).toEqual(["2024-01-01", "2024-02-29"]);
  });

  it("stops a comparison at its own period's end: 30 days of March against the 28 of February", () => {
    const { current, previous, yearAgo } = likeForLike(monthPeriod(2026, 3), "2026-03-30");
    expect(days(current)).toBe(30);
    expect(previous).toEqual(monthPeriod(2026, 2));
    expect(span(yearAgo)).toEqual(["2025-03-01", "2025-03-30"]);
  });
});

describe("a range", () => {
  it("is compared with as many days just before it and from the same day a year earlier, across 29 February", () => {
    const { current, previous, yearAgo } = likeForLike(rangePeriod("2024-02-01", "2024-02-29"), "2026-11-20");
    expect(days(current)).toBe(29);
    expect(span(previous)).toEqual(["2024-01-03", "2024-01-31"]);
    // 2023 has no 29 February: 29 days from 01/02/2023 end on 01/03/2023
    expect(span(yearAgo)).toEqual(["2023-02-01", "2023-03-01"]);
    expect(days(yearAgo)).toBe(29);
    expect(formatPeriod(current)).toBe("01/02/2024 – 29/02/2024");
  });

  it("starting on 29 February begins on 28 February a year earlier", () => {
    const { yearAgo } = likeForLike(rangePeriod("2024-02-29", "2024-03-10"), "2026-11-20");
    expect(span(yearAgo)).toEqual(["2023-02-28", "2023-03-10"]);
  });
});

describe("the data's day in Việt Nam (Asia/Ho_Chi_Minh, UTC+7)", () => {
  it("turns at 17:00 UTC: the quarter is cut on the Vietnamese day, and its figures end at the next local midnight", () => {
    const before = localDateOf(new Date("2026-11-19T16:59:59.999Z"));
    const after = localDateOf(new Date("2026-11-19T17:00:00.000Z"));
    expect([before, after]).toEqual(["2026-11-19", "2026-11-20"]);
    expect(days(likeForLike(quarterPeriod(2026, 4), before).current)).toBe(50);
    const { current, previous } = likeForLike(quarterPeriod(2026, 4), after);
    expect(days(current)).toBe(51);
    expect(endOfLocalDay(current.to).toISOString()).toBe("2026-11-20T17:00:00.000Z");
    expect(endOfLocalDay(previous.to).toISOString()).toBe("2026-08-20T17:00:00.000Z");
  });
});
