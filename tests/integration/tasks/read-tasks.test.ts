// The task figures of the data layer on the demo data: the SQL aggregates give exactly what the
// pure metrics give over the same rows, for several periods, and agency staff read their own
// agency and the province totals, never another agency.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { expectedTaskCounts } from "@/lib/demo/counts";
import { monthPeriod, quarterPeriod, rangePeriod, yearPeriod } from "@/lib/metrics/periods";
import { countTasks, overdueAgesAsOf, type TaskDates } from "@/lib/metrics/tasks";
import * as tasks from "@/lib/data/tasks";
import * as taskList from "@/lib/data/task-list";
import { DEMO_TEST_AS_OF } from "@/lib/demo/timeline";
import { openTestDatabase, type TestDatabase } from "../support/database";

const SCALE = 0.001;
/** the data's day; the calibration window's figures are its status on 31/08/2024, its last day */
const AS_OF = DEMO_TEST_AS_OF;
let demo: TestDatabase;
let rows: (TaskDates & { agencyId: number })[];
let busiest: number;
let other: number;

const leader: Viewer = { userId: 1, role: "LEADER", agencyId: null };
const staffOf = (agencyId: number): Viewer => ({ userId: 2, role: "AGENCY", agencyId });

beforeAll(async () => {
  demo = await openTestDatabase({ demoScale: SCALE });
  rows = await demo.db.task.findMany({ select: { assignedAt: true, dueAt: true, completedAt: true, agencyId: true } });
  const byAgency = new Map<number, number>();
  for (const row of rows) byAgency.set(row.agencyId, (byAgency.get(row.agencyId) ?? 0) + 1);
  // the busiest units of the calibration window (old Ninh Thuận's)
  const ranked = [...byAgency.entries()].filter(([agencyId]) => rows.some((r) => r.agencyId === agencyId && r.assignedAt < new Date("2024-08-31T17:00:00Z"))).sort((a, b) => b[1] - a[1]);
  busiest = ranked[0]![0];
  other = ranked[1]![0];
});

afterAll(async () => {
  await demo?.close();
});

describe("task summary", () => {
  it("shows the calibration window's figures", async () => {
    const expected = expectedTaskCounts(SCALE);
    const summary = await tasks.getTaskSummary(leader, rangePeriod("2021-09-28", "2024-08-31"));
    expect(summary!.counts).toEqual({
      assigned: expected.assigned,
      doneOnTime: expected.onTime,
      doneLate: expected.late,
      inProgress: expected.inProgress,
      overdue: expected.overdue,
    });
    expect(summary!.dataAsOf).toBe(AS_OF);
    expect(summary!.statusDay).toBe("2024-08-31");
    // over the tasks whose outcome is known: done or past due, not those still within their deadline
    expect(summary!.rates.onTimeRate).toBeCloseTo(expected.onTime / (expected.onTime + expected.late + expected.overdue), 12);
    const now = overdueAgesAsOf(rows, AS_OF);
    expect(summary!.overdueNow.total).toBe(now.UNDER_30 + now.FROM_30_TO_90 + now.OVER_90);
  });

  it("agrees with the pure metrics for months, quarters, years and ranges", async () => {
    const periods = [
      monthPeriod(2024, 8), quarterPeriod(2024, 2), quarterPeriod(2023, 4), yearPeriod(2022),
      yearPeriod(2024), rangePeriod("2022-02-10", "2023-03-05"), yearPeriod(2020),
    ];
    const trend = await tasks.getTaskTrend(leader, periods);
    expect(trend!.map((p) => p.counts)).toEqual(periods.map((period) => countTasks(rows, period, AS_OF)));
    expect(trend!.find((p) => p.period.kind === "year" && p.period.from === "2020-01-01")!.rates.onTimeRate).toBeNull();
    const summary = await tasks.getTaskSummary(leader, quarterPeriod(2024, 2));
    expect(summary!.statusDay).toBe("2024-06-30");
    expect(summary!.overdueNow.ages).toEqual(overdueAgesAsOf(rows, AS_OF));
  });

  it("sums per agency to the province", async () => {
    const period = rangePeriod("2021-09-28", "2024-08-31");
    const byAgency = await tasks.getTaskCountsByAgency(leader, period);
    const total = byAgency.reduce((sum, row) => sum + row.counts.assigned, 0);
    expect(total).toBe(countTasks(rows, period, AS_OF).assigned);
    const row = byAgency.find((r) => r.agencyId === busiest)!;
    expect(row.counts).toEqual(countTasks(rows.filter((r) => r.agencyId === busiest), period, AS_OF));
  });

  it("counts an agency's tasks overdue now whenever they were assigned, for a short period too", async () => {
    // one task assigned long before the quarter and still open (overdue now), one assigned inside it
    const added = [
      { code: "T-TEST-OVERDUE-OLD", title: "Giao năm 2023, chưa xong", agencyId: busiest, assignedAt: new Date("2023-01-10T02:00:00Z"), dueAt: new Date("2023-02-10T16:59:59.999Z") },
      { code: "T-TEST-Q2", title: "Giao trong quý II/2024", agencyId: busiest, assignedAt: new Date("2024-04-15T02:00:00Z"), dueAt: new Date("2024-12-01T16:59:59.999Z") },
    ];
    await demo.db.task.createMany({ data: added });
    try {
      const period = quarterPeriod(2024, 2);
      const all = [...rows, ...added.map((task) => ({ ...task, completedAt: null }))];
      const byAgency = await tasks.getTaskCountsByAgency(leader, period);
      const row = byAgency.find((r) => r.agencyId === busiest)!;
      const ages = overdueAgesAsOf(all.filter((r) => r.agencyId === busiest), AS_OF);
      expect(row.overdueNow).toBe(ages.UNDER_30 + ages.FROM_30_TO_90 + ages.OVER_90);
      expect(ages.OVER_90).toBeGreaterThanOrEqual(1);
      expect(row.counts).toEqual(countTasks(all.filter((r) => r.agencyId === busiest), period, AS_OF));
      for (const other of byAgency) {
        const own = all.filter((r) => r.agencyId === other.agencyId);
        const otherAges = overdueAgesAsOf(own, AS_OF);
        expect(other.overdueNow).toBe(otherAges.UNDER_30 + otherAges.FROM_30_TO_90 + otherAges.OVER_90);
      }
    } finally {
      await demo.db.task.deleteMany({ where: { code: { in: added.map((task) => task.code) } } });
    }
  });

  it("gives agency staff their own agency and the province, never another agency", async () => {
    const period = rangePeriod("2021-09-28", "2024-08-31");
    const staff = staffOf(busiest);
    const own = await tasks.getTaskSummary(staff, period, { agencyId: busiest });
    expect(own!.counts).toEqual(countTasks(rows.filter((r) => r.agencyId === busiest), period, AS_OF));
    expect(await tasks.getTaskSummary(staff, period, { agencyId: other })).toBeNull();
    expect(await tasks.getTaskTrend(staff, [period], { agencyId: other })).toBeNull();
    expect((await tasks.getTaskSummary(staff, period))!.counts.assigned).toBe(countTasks(rows, period, AS_OF).assigned);
    const byAgency = await tasks.getTaskCountsByAgency(staff, period);
    expect(byAgency.map((r) => r.agencyId)).toEqual([busiest]);
  });
});

describe("task list", () => {
  const window = rangePeriod("2021-09-28", "2024-08-31");

  it("pages through the tasks of a period with their status", async () => {
    const first = await taskList.listTasks(leader, { period: window, page: 1 });
    const assigned = rows.filter((r) => r.assignedAt < new Date("2024-08-31T17:00:00Z"));
    expect(first.total).toBe(assigned.length);
    expect(first.rows.length).toBe(Math.min(assigned.length, taskList.TASKS_PER_PAGE));
    const overdue = await taskList.listTasks(leader, { period: window, status: "OVERDUE", page: 1 });
    expect(overdue.total).toBe(expectedTaskCounts(SCALE).overdue);
    expect(overdue.rows.every((row) => row.status === "OVERDUE")).toBe(true);
    // DONE, the scorecard's "Đã hoàn thành" card: done on time and done late together
    const done = await taskList.listTasks(leader, { period: window, status: "DONE", page: 1 });
    expect(done.total).toBe(expectedTaskCounts(SCALE).onTime + expectedTaskCounts(SCALE).late);
    expect(done.rows.every((row) => row.status === "DONE_ON_TIME" || row.status === "DONE_LATE")).toBe(true);
  });

  it("keeps agency staff to their own agency's tasks", async () => {
    const own = await taskList.listTasks(staffOf(busiest), { period: window, page: 1 });
    expect(own.total).toBe(rows.filter((r) => r.agencyId === busiest && r.assignedAt < new Date("2024-08-31T17:00:00Z")).length);
    expect(own.rows.every((row) => row.agencyId === busiest)).toBe(true);
    const forged = await taskList.listTasks(staffOf(busiest), { period: window, agencyId: other, page: 1 });
    expect(forged.total).toBe(0);
  });
});
