// English messages of the quarterly cycle (issue 16); the keys of report-vi.ts.
import type { reportVi } from "./report-vi";

export const reportEn = {
  "reports.filter.label": "Filter by status, {period}",
  "reports.filter.all": "All ({count})",
  "reports.filter.late": "Submitted late ({count})",
  "reports.filter.submitted": "Submitted, awaiting review ({count})",
  "reports.filter.returned": "Returned ({count})",
  "reports.filter.missing": "Not submitted ({count})",
  "reports.filter.approved": "Approved ({count})",
  "reports.filter.active": "Filtered: {filter}. ",
  "reports.filter.clear": "Clear filter",
  "reports.filter.none": "No agency has this status.",
  "reports.review.confirmApprove": "Approve this report? Approved figures are used in the province's reports.",
  "reports.review.confirm": "Confirm approval",
  "reports.review.cancel": "Cancel",
  "reports.review.commentBeside": "Comment",
  "periods.deadlineDays.heading": "Quarterly report deadline",
  "periods.deadlineDays.label": "Days after the quarter ends",
  "periods.deadlineDays.hint": "Applies to new quarters and to quarters not yet due; a closed quarter reopens only for one agency, for a limited time.",
  "periods.deadlineDays.submit": "Save deadline",
  "periods.deadlineDays.saved": "Quarterly report deadline saved.",
  "periods.deadlineDays.error": "The number of days must be a whole number from 0 to 90.",
  "reports.form.codeTooltip": "Indicator code: {code}",
} as const satisfies { readonly [Key in keyof typeof reportVi]: string };
