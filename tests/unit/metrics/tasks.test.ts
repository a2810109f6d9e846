import { describe, expect, it } from "vitest";
import {
  countTasks,
  overdueAgeBounds,
  overdueAgeBucket,
  overdueAgesAsOf,
  overdueDays,
  quartersWithin,
  statusDayFor,
  onTimeBase,
  taskRates,
  taskStatusAsOf,
  type TaskDates,
} from "@/lib/metrics/tasks";
import { rangePeriod, quarterPeriod, yearPeriod } from "@/lib/metrics/periods";

// Instants in Việt Nam time (+07:00), the way the province writes them.
const at = (local: string) => new Date(`${local}+07:00`);
const task = (assigned: string, due: string, completed: string | null = null): TaskDates => ({
  assignedAt: at(assigned),
  dueAt: at(due),
  completedAt: completed === null ? null : at(completed),
});

describe("task status as of a day (DESIGN §5.1)", () => {
  const dueOn10 = (completed: string | null) => task("2024-05-02T09:00:00", "2024-05-10T17:00:00", completed);

  it("counts a task done exactly at its due instant as on time, a millisecond later as late", () => {
    expect(taskStatusAsOf(dueOn10("2024-05-10T17:00:00"), "2024-05-31")).toBe("DONE_ON_TIME");
    expect(taskStatusAsOf(dueOn10("2024-05-10T17:00:00.001"), "2024-05-31")).toBe("DONE_LATE");
    expect(taskStatusAsOf(dueOn10("2024-05-10T08:00:00"), "2024-05-31")).toBe("DONE_ON_TIME");
  });

  it("judges a task done on its due day on that very day", () => {
    expect(taskStatusAsOf(dueOn10("2024-05-10T16:30:00"), "2024-05-10")).toBe("DONE_ON_TIME");
    // done on the due day but after the due instant: late
    expect(taskStatusAsOf(dueOn10("2024-05-10T20:00:00"), "2024-05-10")).toBe("DONE_LATE");
  });

  it("keeps a task due today and not done in progress, and makes it overdue the next day", () => {
    expect(taskStatusAsOf(dueOn10(null), "2024-05-10")).toBe("IN_PROGRESS");
    expect(taskStatusAsOf(dueOn10(null), "2024-05-11")).toBe("OVERDUE");
    expect(taskStatusAsOf(dueOn10(null), "2024-05-03")).toBe("IN_PROGRESS");
  });

  it("ignores a completion after the day it is read on", () => {
    const doneLater = dueOn10("2024-06-02T10:00:00");
    expect(taskStatusAsOf(doneLater, "2024-05-10")).toBe("IN_PROGRESS");
    expect(taskStatusAsOf(doneLater, "2024-05-31")).toBe("OVERDUE");
    expect(taskStatusAsOf(doneLater, "2024-06-01")).toBe("OVERDUE");
    expect(taskStatusAsOf(doneLater, "2024-06-02")).toBe("DONE_LATE");
  });

  it("has no status before the task was assigned, and one from the day it was", () => {
    expect(taskStatusAsOf(dueOn10(null), "2024-05-01")).toBeNull();
    expect(taskStatusAsOf(dueOn10(null), "2024-05-02")).toBe("IN_PROGRESS");
    // assigned at 00:00 local on the 2nd is on the 2nd, not the 1st
    expect(taskStatusAsOf(task("2024-05-02T00:00:00", "2024-05-10T17:00:00"), "2024-05-01")).toBeNull();
  });
});

describe("overdue age", () => {
  it("counts whole days past the due day", () => {
    expect(overdueDays(at("2024-05-10T17:00:00"), "2024-05-11")).toBe(1);
    expect(overdueDays(at("2024-05-10T17:00:00"), "2024-05-10")).toBe(0);
    // 23:30 local is still the 10th although it is the 10th 16:30 UTC
    expect(overdueDays(at("2024-05-10T23:30:00"), "2024-05-11")).toBe(1);
  });

  it("puts 29 days under 30, 30 and 90 in 30–90, 91 over 90", () => {
    expect(overdueAgeBucket(1)).toBe("UNDER_30");
    expect(overdueAgeBucket(29)).toBe("UNDER_30");
    expect(overdueAgeBucket(30)).toBe("FROM_30_TO_90");
    expect(overdueAgeBucket(90)).toBe("FROM_30_TO_90");
    expect(overdueAgeBucket(91)).toBe("OVER_90");
  });

  it("gives the same buckets as instants for SQL", () => {
    const { from30, over90 } = overdueAgeBounds("2024-08-31");
    const dueDayOf = (days: number) => new Date(from30.getTime() + (29 - days) * 86_400_000 + 10 * 3_600_000);
    for (const days of [29, 30, 90, 91]) {
      const due = dueDayOf(days);
      expect(overdueDays(due, "2024-08-31")).toBe(days);
      const bucket = due < over90 ? "OVER_90" : due < from30 ? "FROM_30_TO_90" : "UNDER_30";
      expect(bucket).toBe(overdueAgeBucket(days));
    }
  });

  it("buckets the tasks overdue on a day, whenever they were assigned", () => {
    const tasks = [
      task("2024-01-02T09:00:00", "2024-01-15T17:00:00"), // 2024-08-31: 229 days
      task("2024-06-03T09:00:00", "2024-07-02T17:00:00"), // 60 days
      task("2024-08-01T09:00:00", "2024-08-21T17:00:00"), // 10 days
      task("2024-08-01T09:00:00", "2024-08-31T17:00:00"), // due today: in progress
      task("2024-08-01T09:00:00", "2024-08-20T17:00:00", "2024-08-25T09:00:00"), // done late
    ];
    expect(overdueAgesAsOf(tasks, "2024-08-31")).toEqual({ UNDER_30: 1, FROM_30_TO_90: 1, OVER_90: 1 });
  });
});

describe("counts and rates for a period", () => {
  const tasks = [
    task("2024-04-01T00:00:00", "2024-04-20T17:00:00", "2024-04-19T10:00:00"), // on time
    task("2024-05-15T10:00:00", "2024-05-30T17:00:00", "2024-06-05T10:00:00"), // late
    task("2024-06-10T10:00:00", "2024-06-28T17:00:00"), // overdue at the quarter's end
    task("2024-06-30T23:59:59", "2024-07-20T17:00:00"), // in progress at the quarter's end
    task("2024-07-01T00:00:00", "2024-07-10T17:00:00", "2024-07-09T10:00:00"), // next quarter
    task("2024-03-31T23:59:59", "2024-04-10T17:00:00", "2024-04-09T10:00:00"), // previous quarter
  ];

  it("counts the tasks assigned in the period, by status on its last day", () => {
    expect(countTasks(tasks, quarterPeriod(2024, 2), "2024-08-31")).toEqual({
      assigned: 4, doneOnTime: 1, doneLate: 1, inProgress: 1, overdue: 1,
    });
  });

  it("reads a period that is not over on the data's today", () => {
    expect(statusDayFor(quarterPeriod(2024, 3), "2024-08-31")).toBe("2024-08-31");
    expect(statusDayFor(quarterPeriod(2024, 2), "2024-08-31")).toBe("2024-06-30");
    // on 2024-06-20 the task due 2024-05-30 and done 2024-06-05 is late, the one due 06-28 in
    // progress, and the one assigned on 06-30 does not exist yet
    expect(countTasks(tasks, quarterPeriod(2024, 2), "2024-06-20")).toEqual({
      assigned: 3, doneOnTime: 1, doneLate: 1, inProgress: 1, overdue: 0,
    });
  });

  it("takes a date range with both ends included", () => {
    expect(countTasks(tasks, rangePeriod("2024-03-31", "2024-07-01"), "2024-08-31").assigned).toBe(6);
    expect(countTasks(tasks, rangePeriod("2024-04-01", "2024-06-30"), "2024-08-31").assigned).toBe(4);
  });

  it("divides by the tasks assigned, the on-time rate by those done or past due; no rate when none was", () => {
    const counts = countTasks(tasks, quarterPeriod(2024, 2), "2024-08-31");
    // 4 assigned: 1 on time, 1 late, 1 overdue, 1 still within its deadline
    expect(onTimeBase(counts)).toBe(3);
    expect(taskRates(counts)).toEqual({ onTimeRate: 1 / 3, doneLateRate: 0.25, completionRate: 0.5, overdueRate: 0.25 });
    const none = countTasks(tasks, yearPeriod(2023), "2024-08-31");
    expect(none.assigned).toBe(0);
    expect(taskRates(none)).toEqual({ onTimeRate: null, doneLateRate: null, completionRate: null, overdueRate: null });
  });
});

describe("the on-time rate with tasks not yet due (issue 16, DESIGN §5.1)", () => {
  it("a task within its deadline is neither a success nor a failure", () => {
    // Quý II/2024 read on 20/06/2024 (as counted above): 1 done on time, 1 done late, 1 in progress, none overdue
    const counts = { assigned: 3, doneOnTime: 1, doneLate: 1, inProgress: 1, overdue: 0 };
    expect(taskRates(counts).onTimeRate).toBe(0.5);
    expect(taskRates(counts).completionRate).toBeCloseTo(2 / 3, 10);
  });

  it("has no on-time rate while every task assigned is still within its deadline", () => {
    const open = { assigned: 2, doneOnTime: 0, doneLate: 0, inProgress: 2, overdue: 0 };
    expect(taskRates(open).onTimeRate).toBeNull();
    expect(taskRates(open).completionRate).toBe(0);
  });

  it("counts an overdue task as a failure", () => {
    expect(taskRates({ assigned: 3, doneOnTime: 1, doneLate: 0, inProgress: 1, overdue: 1 }).onTimeRate).toBe(0.5);
  });
});

describe("quarters of a trend", () => {
  it("cuts the first and last quarter to the period", () => {
    expect(quartersWithin(rangePeriod("2021-09-28", "2022-04-10"))).toEqual([
      { kind: "range", from: "2021-09-28", to: "2021-09-30" },
      quarterPeriod(2021, 4),
      quarterPeriod(2022, 1),
      { kind: "range", from: "2022-04-01", to: "2022-04-10" },
    ]);
    expect(quartersWithin(yearPeriod(2024))).toEqual([1, 2, 3, 4].map((q) => quarterPeriod(2024, q)));
    expect(quartersWithin(quarterPeriod(2024, 2))).toEqual([quarterPeriod(2024, 2)]);
  });
});
