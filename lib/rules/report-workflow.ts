// The quarterly report's workflow as pure decisions (issue 6): when an agency may write, which
// status moves are allowed, and whether a report came in on time. The data layer asks these
// inside its transaction; the pages ask them to decide what to show.
import type { ReportStatus } from "@/lib/generated/prisma/enums";

export type PeriodWindow = { opensAt: Date; deadline: Date; locksAt: Date };

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
