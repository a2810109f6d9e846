import { describe, expect, it } from "vitest";
import { periodOfQuery, taskQuerySchema } from "@/lib/validations/tasks";
import { quarterPeriod, rangePeriod, yearPeriod } from "@/lib/metrics/periods";

const fallback = yearPeriod(2024);

describe("task page query", () => {
  it("reads a period key, then a date range, else the fallback", () => {
    expect(periodOfQuery(taskQuerySchema.parse({ period: "2024-Q2" }), fallback)).toEqual(quarterPeriod(2024, 2));
    expect(periodOfQuery(taskQuerySchema.parse({ from: "2021-09-28", to: "2024-08-31" }), fallback)).toEqual(rangePeriod("2021-09-28", "2024-08-31"));
    expect(periodOfQuery(taskQuerySchema.parse({ from: "2024-08-31", to: "2021-09-28" }), fallback)).toEqual(rangePeriod("2021-09-28", "2024-08-31"));
    expect(periodOfQuery(taskQuerySchema.parse({ from: "2024-02-30", to: "2024-03-01" }), fallback)).toEqual(fallback);
    expect(periodOfQuery(taskQuerySchema.parse({ period: "hôm qua" }), fallback)).toEqual(fallback);
  });

  it("drops malformed filters instead of failing", () => {
    expect(taskQuerySchema.parse({ agency: "abc", status: "DONE", page: "-3", q: "  báo cáo " })).toEqual({
      agency: undefined, status: undefined, page: 1, q: "báo cáo", period: undefined, from: undefined, to: undefined, units: "today",
    });
    expect(taskQuerySchema.parse({ units: "time" }).units).toBe("time");
    expect(taskQuerySchema.parse({ units: "yesterday" }).units).toBe("today");
    expect(taskQuerySchema.parse({ agency: "12", status: "OVERDUE", page: "2" })).toMatchObject({ agency: 12, status: "OVERDUE", page: 2 });
  });
});
