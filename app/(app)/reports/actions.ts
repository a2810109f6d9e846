"use server";
// The quarterly report's writes (issue 6). The wrapper checks the role and that the agency posted
// is one the viewer may act for (a forged agencyId is refused); the data layer checks the period's
// window, the status and the version, and keeps the value history and the workflow steps.
import { actionsFor } from "@/lib/auth/action";
import { wordsOf } from "@/lib/notifications/words";
import { saveReport as save, type SavedReport } from "@/lib/data/reports/entry";
import { approveReport as approve, returnReport as giveBack, unapproveReport as unapprove, type ReviewedReport } from "@/lib/data/reports/review";
import { approveReportSchema, returnReportSchema, saveReportSchema, unapproveReportSchema } from "@/lib/validations/reports";

export type { SavedReport, ReviewedReport };

const REPORTS_PATH = "/reports";
const edit = actionsFor("report.edit", { revalidate: [REPORTS_PATH] });
const review = actionsFor("report.review", { revalidate: [REPORTS_PATH] });

const postedAgency = (input: { agencyId: number }) => input.agencyId;
const reviewed = {
  entityId: (_input: unknown, result: ReviewedReport) => String(result.reportId),
  details: (_input: unknown, result: ReviewedReport) => ({ version: result.version, status: result.status, comments: result.comments }),
};

// the findings are worded in the viewer's language
export const saveReport = edit(saveReportSchema, (tx, viewer, input, locale) => save(tx, viewer, input, new Date(), wordsOf(locale)), {
  resourceAgencyId: postedAgency,
  audit: {
    // a submit is its own event; a refused submit writes nothing
    event: (_input: unknown, result: SavedReport) => (result.status === "SUBMITTED" ? "REPORT_SUBMITTED" : "REPORT_SAVED"),
    entityId: (_input, result) => String(result.reportId),
    details: (_input, result) => ({ version: result.version, status: result.status, changed: result.changed }),
  },
});

export const approveReport = review(approveReportSchema, (tx, viewer, input) => approve(tx, viewer, input, new Date()), {
  resourceAgencyId: postedAgency,
  audit: { event: "REPORT_APPROVED", ...reviewed },
});

export const returnReport = review(returnReportSchema, (tx, viewer, input) => giveBack(tx, viewer, input, new Date()), {
  resourceAgencyId: postedAgency,
  audit: { event: "REPORT_RETURNED", ...reviewed },
});

export const unapproveReport = review(unapproveReportSchema, (tx, viewer, input) => unapprove(tx, viewer, input, new Date()), {
  resourceAgencyId: postedAgency,
  audit: { event: "REPORT_UNAPPROVED", ...reviewed },
});
