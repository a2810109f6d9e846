// Tasks assigned by the Provincial People's Committee (DESIGN §5.1), pure. As of a day D (a
// calendar day in Việt Nam, the whole day included): done on time (completed by D and
// completedAt ≤ dueAt), done late (completed by D after dueAt), in progress (not done by D and
// due on D or later: "due today and not done" is still in progress), overdue (not done by D and
// due on a day before D). The data layer's SQL uses the same two instants (taskAsOfBounds), so a
// figure on a page and the classification here cannot drift apart.
import {
  addDays,
  daysBetween,
  endOfLocalDay,
  localDateOf,
  quarterOf,
  quarterPeriod,
  startOfLocalDay,
  type LocalDate,
  type Period,
} from "./periods";

export const TASK_STATUSES = ["DONE_ON_TIME", "DONE_LATE", "IN_PROGRESS", "OVERDUE"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** What the task list filters by: a status, or DONE — done on time or late (the scorecard's "Đã hoàn thành" card, issue 16 item 7). */
export const TASK_LIST_FILTERS = [...TASK_STATUSES, "DONE"] as const;
export type TaskListFilter = (typeof TASK_LIST_FILTERS)[number];

export type TaskDates = { assignedAt: Date; dueAt: Date; completedAt: Date | null };

/**
 * The two instants that decide a task's status as of `asOf`: a task is done when completed
 * before `doneBefore` (the end of the day), and overdue when not done and due before
 * `overdueIfDueBefore` (the start of the day).
 */
export function taskAsOfBounds(asOf: LocalDate): { doneBefore: Date; overdueIfDueBefore: Date } {
  return { doneBefore: endOfLocalDay(asOf), overdueIfDueBefore: startOfLocalDay(asOf) };
}

/** The task's status at the end of day `asOf`; null when it was assigned after that day. */
export function taskStatusAsOf(task: TaskDates, asOf: LocalDate): TaskStatus | null {
  const { doneBefore, overdueIfDueBefore } = taskAsOfBounds(asOf);
  if (task.assignedAt.getTime() >= doneBefore.getTime()) return null;
  if (task.completedAt && task.completedAt.getTime() < doneBefore.getTime()) {
    return task.completedAt.getTime() <= task.dueAt.getTime() ? "DONE_ON_TIME" : "DONE_LATE";
  }
  return task.dueAt.getTime() < overdueIfDueBefore.getTime() ? "OVERDUE" : "IN_PROGRESS";
}

/**
 * The day a period's statuses are read on: the data's "today" (getDataAsOf) or the period's last
 * day, whichever comes first — a past quarter is judged at its end, the current one as of today.
 */
export function statusDayFor(period: Period, dataAsOf: LocalDate): LocalDate {
  return period.to < dataAsOf ? period.to : dataAsOf;
}

/** Whole days a task not done is past its due day on `asOf` (due yesterday → 1). */
export function overdueDays(dueAt: Date, asOf: LocalDate): number {
  return Math.max(0, daysBetween(localDateOf(dueAt), asOf) - 1);
}

export const OVERDUE_AGE_BUCKETS = ["UNDER_30", "FROM_30_TO_90", "OVER_90"] as const;
export type OverdueAgeBucket = (typeof OVERDUE_AGE_BUCKETS)[number];

/** Under 30 days; 30 to 90 days (both included); over 90 days. */
export function overdueAgeBucket(days: number): OverdueAgeBucket {
  if (days < 30) return "UNDER_30";
  if (days <= 90) return "FROM_30_TO_90";
  return "OVER_90";
}

export type OverdueAges = Record<OverdueAgeBucket, number>;

/**
 * overdueAgeBucket as instants for SQL: a task overdue on `asOf` is 30 days or more overdue when
 * due before `from30`, and over 90 days when due before `over90`.
 */
export function overdueAgeBounds(asOf: LocalDate): { from30: Date; over90: Date } {
  return { from30: startOfLocalDay(addDays(asOf, -29)), over90: startOfLocalDay(addDays(asOf, -90)) };
}

export function emptyOverdueAges(): OverdueAges {
  return { UNDER_30: 0, FROM_30_TO_90: 0, OVER_90: 0 };
}

/** Counts of the tasks assigned in a period, each by its status on the status day. */
export type TaskCounts = {
  assigned: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  overdue: number;
};

export function emptyTaskCounts(): TaskCounts {
  return { assigned: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0 };
}

/**
 * Rates over the tasks assigned in the period; null when the denominator is 0 (never 0). The
 * on-time rate counts only tasks whose outcome is known (DESIGN §5.1): a task still within its
 * deadline is neither a success nor a failure yet.
 */
export type TaskRates = {
  /** done on time ÷ (done + overdue), see onTimeBase */
  onTimeRate: number | null;
  /** done late ÷ assigned */
  doneLateRate: number | null;
  /** (done on time + done late) ÷ assigned */
  completionRate: number | null;
  /** overdue ÷ assigned */
  overdueRate: number | null;
};

export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** The tasks an on-time rate is over: done (on time or late) or past due; not those still in progress. */
export function onTimeBase(counts: TaskCounts): number {
  return counts.doneOnTime + counts.doneLate + counts.overdue;
}

export function taskRates(counts: TaskCounts): TaskRates {
  return {
    onTimeRate: ratio(counts.doneOnTime, onTimeBase(counts)),
    doneLateRate: ratio(counts.doneLate, counts.assigned),
    completionRate: ratio(counts.doneOnTime + counts.doneLate, counts.assigned),
    overdueRate: ratio(counts.overdue, counts.assigned),
  };
}

export function addTaskCounts(a: TaskCounts, b: TaskCounts): TaskCounts {
  return {
    assigned: a.assigned + b.assigned,
    doneOnTime: a.doneOnTime + b.doneOnTime,
    doneLate: a.doneLate + b.doneLate,
    inProgress: a.inProgress + b.inProgress,
    overdue: a.overdue + b.overdue,
  };
}

/** Whether the task was assigned on one of the period's days. */
export function assignedIn(task: Pick<TaskDates, "assignedAt">, period: Period): boolean {
  const at = task.assignedAt.getTime();
  return at >= startOfLocalDay(period.from).getTime() && at < endOfLocalDay(period.to).getTime();
}

const STATUS_FIELD: Record<TaskStatus, keyof Omit<TaskCounts, "assigned">> = {
  DONE_ON_TIME: "doneOnTime",
  DONE_LATE: "doneLate",
  IN_PROGRESS: "inProgress",
  OVERDUE: "overdue",
};

/** Counts of the tasks assigned in `period`, each classified on statusDayFor(period, dataAsOf). */
export function countTasks(tasks: Iterable<TaskDates>, period: Period, dataAsOf: LocalDate): TaskCounts {
  const day = statusDayFor(period, dataAsOf);
  const counts = emptyTaskCounts();
  for (const task of tasks) {
    if (!assignedIn(task, period)) continue;
    const status = taskStatusAsOf(task, day);
    if (status === null) continue; // assigned after the data's "today": not yet known
    counts.assigned += 1;
    counts[STATUS_FIELD[status]] += 1;
  }
  return counts;
}

/** Tasks overdue on `asOf` (whenever they were assigned), by how long they are overdue. */
export function overdueAgesAsOf(tasks: Iterable<TaskDates>, asOf: LocalDate): OverdueAges {
  const ages = emptyOverdueAges();
  for (const task of tasks) {
    if (taskStatusAsOf(task, asOf) !== "OVERDUE") continue;
    ages[overdueAgeBucket(overdueDays(task.dueAt, asOf))] += 1;
  }
  return ages;
}

/**
 * The quarters a period touches, each cut to the period (a cut quarter is a "range"), so that the
 * counts of a trend add up to the period's own.
 */
export function quartersWithin(period: Period): Period[] {
  const quarters: Period[] = [];
  let { year, quarter } = quarterOf(period.from);
  for (;;) {
    const whole = quarterPeriod(year, quarter);
    if (whole.from > period.to) break;
    const from = whole.from < period.from ? period.from : whole.from;
    const to = whole.to > period.to ? period.to : whole.to;
    quarters.push(from === whole.from && to === whole.to ? whole : { kind: "range", from, to });
    if (quarter === 4) {
      year += 1;
      quarter = 1;
    } else quarter += 1;
  }
  return quarters;
}
