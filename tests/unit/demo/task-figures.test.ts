// Old Ninh Thuận's tasks (the demo continues them to the data's day; those open on 31/08/2024 close later) read through the task metrics give DESIGN §5.1's calibration figures for
// 28/09/2021–31/08/2024 at scale 1 — the figures the tasks page shows for that date range.
import { describe, expect, it } from "vitest";
import { expectedTaskCounts } from "@/lib/demo/counts";
import { generateCalibrationTasks } from "@/lib/demo/tasks";
import { dayIndex } from "@/lib/demo/calendar";
import { DEMO_TEST_AS_OF } from "@/lib/demo/timeline";
import { rangePeriod } from "@/lib/metrics/periods";
import { countTasks, type TaskDates } from "@/lib/metrics/tasks";

function tasksAt(scale: number): TaskDates[] {
  return Array.from(generateCalibrationTasks(scale, dayIndex(DEMO_TEST_AS_OF)), (row) => ({
    assignedAt: new Date(row.assignedAt),
    dueAt: new Date(row.dueAt),
    completedAt: row.completedAt === null ? null : new Date(row.completedAt),
  }));
}

const WINDOW = rangePeriod("2021-09-28", "2024-08-31");

describe("the demo's tasks through the task metrics", () => {
  it("show 16,298 assigned, 15,107 done on time and 1,104 done late at scale 1", () => {
    const counts = countTasks(tasksAt(1), WINDOW, "2024-08-31");
    expect(counts).toEqual({ assigned: 16_298, doneOnTime: 15_107, doneLate: 1_104, inProgress: 61, overdue: 26 });
  });

  it("match the generator's promise at the end-to-end scale", () => {
    const expected = expectedTaskCounts(0.001);
    expect(countTasks(tasksAt(0.001), WINDOW, "2024-08-31")).toEqual({
      assigned: expected.assigned,
      doneOnTime: expected.onTime,
      doneLate: expected.late,
      inProgress: expected.inProgress,
      overdue: expected.overdue,
    });
  });
});
