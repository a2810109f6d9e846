// The quarterly report's workflow as pure decisions (issue 6): when an agency may write, which
// status moves are allowed, and whether a report came in on time. The data layer asks these
// inside its transaction; the pages ask them to decide what to show.
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { addDays, endOfLocalDay, quarterPeriod, startOfLocalDay, type LocalDate } from "@/lib/metrics/periods";

export type PeriodWindow = { opensAt: Date; deadline: Date; locksAt: Date };

type Quarter = { year: number; quarter: number };

/** Days after a quarter's last day by which its report is due, until Home Affairs sets another (setting `report_deadline_days`). */
export const DEFAULT_REPORT_DEADLINE_DAYS = 15;

/**
 * A quarter's reporting window as a province runs it (issue 16): open for entry from the quarter's
 * first day, due `deadlineDays` after its last day, and closed at that deadline; after it only a
 * time-boxed reopening for one agency lets it write.
 */
export function quarterWindow(year: number, quarter: number, deadlineDays = DEFAULT_REPORT_DEADLINE_DAYS): PeriodWindow {
  const { from, to } = quarterPeriod(year, quarter);
  const deadline = endOfLocalDay(addDays(to, deadlineDays));
  return { opensAt: startOfLocalDay(from), deadline, locksAt: deadline };
}

/**
 * The moment the reporting workflow reads as "now": the clock, but never past the end of the data's
 * day, so that a snapshot (the demo, pinned to its day) keeps its current quarter open however late
 * it is looked at. A live installation's data's day is today, so this is the clock itself.
 */
export function reportingClock(dataAsOf: LocalDate, now: Date): Date {
  // the data's day's last millisecond: endOfLocalDay is the exclusive end, the next day's start
  const lastMoment = new Date(endOfLocalDay(dataAsOf).getTime() - 1);
  return now < lastMoment ? now : lastMoment;
}

/** The quarters from the one after the latest stored (or the data's own quarter) through the data's quarter. */
export function missingQuarters(latest: Quarter | null, current: Quarter): Quarter[] {
  const index = (q: Quarter) => q.year * 4 + q.quarter - 1;
  const first = latest ? index(latest) + 1 : index(current);
  const quarters: Quarter[] = [];
  for (let i = first; i <= index(current); i += 1) quarters.push({ year: Math.floor(i / 4), quarter: (i % 4) + 1 });
  return quarters;
}

export type WindowState = "notOpen" | "open" | "reopened" | "locked";

/** Whether an agency may write its report at `now`: before the lock, or within a reopening of its own. */
export function windowState(period: PeriodWindow, reopenedUntil: Date | null, now: Date): WindowState {
  if (now < period.opensAt) return "notOpen";
  if (now < period.locksAt) return "open";
  if (reopenedUntil && now < reopenedUntil) return "reopened";
  return "locked";
}

export function agencyMayWrite(state: WindowState): boolean {
  return state === "open" || state === "reopened";
}

/** Statuses in which the agency edits (save or submit). Submitted and approved reports are locked. */
export function agencyMayEdit(status: ReportStatus): boolean {
  return status === "NOT_STARTED" || status === "DRAFT" || status === "RETURNED";
}

export type ReviewMove = "approve" | "return" | "unapprove";

/** From which status Home Affairs may make each move. */
export const REVIEW_FROM: Record<ReviewMove, ReportStatus> = {
  approve: "SUBMITTED",
  return: "SUBMITTED",
  unapprove: "APPROVED",
};

export const REVIEW_TO: Record<ReviewMove, ReportStatus> = {
  approve: "APPROVED",
  return: "RETURNED",
  // the agency sees the reason as Home Affairs' comment and edits the report again
  unapprove: "RETURNED",
};

export type Timeliness = "onTime" | "late" | "missing" | "pending";

/** On time when first submitted by the deadline; missing when not submitted and the deadline passed. */
export function timeliness(deadline: Date, firstSubmittedAt: Date | null, now: Date): Timeliness {
  if (firstSubmittedAt) return firstSubmittedAt <= deadline ? "onTime" : "late";
  return now > deadline ? "missing" : "pending";
}

/** The review board's status filters (issue 16), in the order Home Affairs works through them. */
export const BOARD_FILTERS = ["late", "submitted", "returned", "missing", "approved"] as const;
export type BoardFilter = (typeof BOARD_FILTERS)[number];

type Cell = { status: ReportStatus; timeliness: Timeliness };

/** "chưa nộp" is any report not sent yet; "nộp muộn" a report first sent after its deadline. */
export function matchesBoardFilter(filter: BoardFilter, cell: Cell): boolean {
  switch (filter) {
    case "missing":
      return cell.status === "NOT_STARTED" || cell.status === "DRAFT";
    case "submitted":
      return cell.status === "SUBMITTED";
    case "returned":
      return cell.status === "RETURNED";
    case "approved":
      return cell.status === "APPROVED";
    case "late":
      return cell.timeliness === "late";
  }
}

/** Late submitters first, then agencies whose report is missing past its deadline, then the rest. */
export function boardRank(cell: Cell): number {
  if (cell.timeliness === "late") return 0;
  if (cell.timeliness === "missing") return 1;
  return 2;
}
