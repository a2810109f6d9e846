// The daily notifications' pure parts (issue 22): when a report's deadline is "soon" or "passed",
// and how a list of units reads in one message. lib/data/notifications/scheduled-*.ts read the
// figures with each recipient's scope and write the notifications.
import type { Timeliness } from "@/lib/rules/report-workflow";

const DAY_MS = 86_400_000;

export type DeadlineStage = "soon" | "passed";

/**
 * A report not sent yet is "soon" from `soonDays` days before its deadline up to the deadline, and
 * "passed" after it (timeliness "missing"); a report sent (on time or late) is neither.
 */
export function deadlineStage(timeliness: Timeliness, deadline: Date, now: Date, soonDays: number): DeadlineStage | null {
  if (timeliness === "missing") return "passed";
  if (timeliness !== "pending") return null;
  return deadline.getTime() - now.getTime() <= soonDays * DAY_MS ? "soon" : null;
}

/** Whole days from `now` to `deadline`, rounded up (a deadline later today is 1 day away, not 0). */
export function daysLeft(deadline: Date, now: Date): number {
  return Math.max(0, Math.ceil((deadline.getTime() - now.getTime()) / DAY_MS));
}

/** The first `max` names, then how many more: a message names units, it does not list hundreds. */
export function nameList(names: string[], max = 15): { shown: string; more: number } {
  return { shown: names.slice(0, max).join(", "), more: Math.max(0, names.length - max) };
}
