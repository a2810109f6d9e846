"use server";
// Staffing entry (issue 8). Home Affairs records quota decisions ("staffingQuota.manage") and
// targets ("target.manage"); an agency reports its own headcount and streamlining cases
// ("staffingActual.report", own agency only: the wrapper refuses another agency's id).
import { actionsFor, resultId } from "@/lib/auth/action";
import * as entry from "@/lib/data/staffing-entry";
import {
  createQuotaDecisionSchema,
  headcountReportSchema,
  targetSchema,
  updateQuotaDecisionSchema,
} from "@/lib/validations/staffing";

const STAFFING_PATH = "/staffing";
const DECISIONS_PATH = "/staffing/decisions";
const quota = actionsFor("staffingQuota.manage", { revalidate: [STAFFING_PATH, DECISIONS_PATH] });
const report = actionsFor("staffingActual.report", { revalidate: [STAFFING_PATH, `${STAFFING_PATH}/report`] });
const targets = actionsFor("target.manage", { revalidate: [STAFFING_PATH, `${STAFFING_PATH}/targets`] });

export type SavedDecision = entry.SavedDecision;
export type ReportedHeadcount = entry.ReportedHeadcount;
export type SavedTarget = entry.SavedTarget;

const decisionDetails = (input: { decidedOn: string }, result: SavedDecision) => ({ number: result.number, year: result.year, decidedOn: input.decidedOn, cells: result.cells });

export const createQuotaDecision = quota(createQuotaDecisionSchema, entry.createQuotaDecision, {
  audit: { event: "QUOTA_DECISION_CREATED", entityId: resultId, details: decisionDetails },
  redirectTo: (_input, result) => `${DECISIONS_PATH}/${result.id}?saved=1`,
});

export const updateQuotaDecision = quota(updateQuotaDecisionSchema, entry.updateQuotaDecision, {
  audit: { event: "QUOTA_DECISION_UPDATED", entityId: resultId, details: decisionDetails },
  revalidate: (_input, result) => [STAFFING_PATH, DECISIONS_PATH, `${DECISIONS_PATH}/${result.id}`],
});

export const reportHeadcount = report(headcountReportSchema, entry.reportHeadcount, {
  resourceAgencyId: (input) => input.agencyId,
  audit: {
    event: "STAFFING_ACTUAL_REPORTED",
    entityId: (input) => `${input.agencyId}/${input.year}`,
    details: (input) => ({
      year: input.year,
      totalHeadcount: input.totalHeadcount,
      categories: input.categories.map((c) => ({ category: c.category, headcount: c.headcount, streamlined: c.streamlined })),
    }),
  },
});

export const saveTarget = targets(targetSchema, entry.saveTarget, {
  audit: { event: "TARGET_SAVED", entityId: resultId, details: (input) => ({ code: input.code, targetYear: input.targetYear, value: input.value, unit: input.unit }) },
});
