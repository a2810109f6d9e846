"use server";
// The quarterly report's writes (issue 6). The wrapper checks the role and that the agency posted
// is one the viewer may act for (a forged agencyId is refused); the data layer checks the period's
// window, the status and the version, and keeps the value history and the workflow steps.
import { action } from "@/lib/auth/action";
import { saveReport as save, type SavedReport } from "@/lib/data/reports/entry";
import { approveReport as approve, returnReport as giveBack, unapproveReport as unapprove, type ReviewedReport } from "@/lib/data/reports/review";
import { approveReportSchema, returnReportSchema, saveReportSchema, unapproveReportSchema } from "@/lib/validations/reports";

export type { SavedReport, ReviewedReport };

const REPORTS_PATH = "/reports";

const reviewed = {
  entityId: (_input: unknown, result: ReviewedReport) => String(result.reportId),
  details: (_input: unknown, result: ReviewedReport) => ({ version: result.version, status: result.status, comments: result.comments }),
};

export const saveReport = action(
  {
    permission: "report.edit",
    schema: saveReportSchema,
    resourceAgencyId: (input) => input.agencyId,
    audit: {
      // a submit is its own event; a refused submit writes nothing
      event: (_input: unknown, result: SavedReport) => (result.status === "SUBMITTED" ? "REPORT_SUBMITTED" : "REPORT_SAVED"),
      entityId: (_input, result: SavedReport) => String(result.reportId),
      details: (_input, result: SavedReport) => ({ version: result.version, status: result.status, changed: result.changed }),
    },
    revalidate: () => [REPORTS_PATH],
  },
  (input, { tx, viewer }) => save(tx, viewer, input, new Date()),
);

export const approveReport = action(
  {
    permission: "report.review",
    schema: approveReportSchema,
    resourceAgencyId: (input) => input.agencyId,
    audit: { event: "REPORT_APPROVED", ...reviewed },
    revalidate: () => [REPORTS_PATH],
  },
  (input, { tx, viewer }) => approve(tx, viewer, input, new Date()),
);

export const returnReport = action(
  {
    permission: "report.review",
    schema: returnReportSchema,
    resourceAgencyId: (input) => input.agencyId,
    audit: { event: "REPORT_RETURNED", ...reviewed },
    revalidate: () => [REPORTS_PATH],
  },
  (input, { tx, viewer }) => giveBack(tx, viewer, input, new Date()),
);

export const unapproveReport = action(
  {
    permission: "report.review",
    schema: unapproveReportSchema,
    resourceAgencyId: (input) => input.agencyId,
    audit: { event: "REPORT_UNAPPROVED", ...reviewed },
    revalidate: () => [REPORTS_PATH],
  },
  (input, { tx, viewer }) => unapprove(tx, viewer, input, new Date()),
);
