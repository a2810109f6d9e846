// A task's status as a coloured badge; the classes are plain data so that the client-drawn task
// list (./task-rows) draws the same badge from the label the server worded.
import type { TaskStatus } from "@/lib/metrics/tasks";

const STYLE: Record<TaskStatus, string> = {
  DONE_ON_TIME: "bg-brand-100 text-brand-900",
  DONE_LATE: "bg-accent-100 text-accent-700",
  IN_PROGRESS: "bg-brand-50 text-brand-900 border border-brand-100",
  OVERDUE: "bg-accent-600 text-white",
};

export const statusBadgeClass = (status: TaskStatus) => `inline-block rounded px-2 py-0.5 text-xs font-semibold ${STYLE[status]}`;
