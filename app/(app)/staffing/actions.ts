"use server";
// Staffing entry (issue 8). Home Affairs records quota decisions ("staffingQuota.manage") and
// targets ("target.manage"); an agency reports its own headcount and streamlining cases
// ("staffingActual.report", own agency only: the wrapper refuses another agency's id).
import { action } from "@/lib/auth/action";
import * as entry from "@/lib/data/staffing-entry";
import {
  createQuotaDecisionSchema,
  headcountReportSchema,
  targetSchema,
  updateQuotaDecisionSchema,
} from "@/lib/validations/staffing";

const STAFFING_PATH = "/staffing";
const DECISIONS_PATH = "/staffing/decisions";

export type SavedDecision = entry.SavedDecision;
export type ReportedHeadcount = entry.ReportedHeadcount;
export type SavedTarget = entry.SavedTarget;

export const createQuotaDecision = action(
  {
    permission: "staffingQuota.manage",
    schema: createQuotaDecisionSchema,
    audit: {
      event: "QUOTA_DECISION_CREATED",
      entityId: (_input, result: SavedDecision) => String(result.id),
      details: (input, result: SavedDecision) => ({ number: result.number, year: result.year, decidedOn: input.decidedOn, cells: result.cells }),
    },
    revalidate: () => [STAFFING_PATH, DECISIONS_PATH],
    redirectTo: (_input, result: SavedDecision) => `${DECISIONS_PATH}/${result.id}?saved=1`,
  },
  (input, { tx, viewer }) => entry.createQuotaDecision(tx, viewer, input),
);

export const updateQuotaDecision = action(
  {
    permission: "staffingQuota.manage",
    schema: updateQuotaDecisionSchema,
    audit: {
      event: "QUOTA_DECISION_UPDATED",
      entityId: (_input, result: SavedDecision) => String(result.id),
      details: (input, result: SavedDecision) => ({ number: result.number, year: result.year, decidedOn: input.decidedOn, cells: result.cells }),
    },
    revalidate: (_input, result: SavedDecision) => [STAFFING_PATH, DECISIONS_PATH, `${DECISIONS_PATH}/${result.id}`],
  },
  (input, { tx, viewer }) => entry.updateQuotaDecision(tx, viewer, input),
);

export const reportHeadcount = action(
  {
    permission: "staffingActual.report",
    schema: headcountReportSchema,
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
    revalidate: () => [STAFFING_PATH, `${STAFFING_PATH}/report`],
  },
  (input, { tx, viewer }) => entry.reportHeadcount(tx, viewer, input),
);

export const saveTarget = action(
  {
    permission: "target.manage",
    schema: targetSchema,
    audit: {
      event: "TARGET_SAVED",
      entityId: (_input, result: SavedTarget) => String(result.id),
      details: (input) => ({ code: input.code, targetYear: input.targetYear, value: input.value, unit: input.unit }),
    },
    revalidate: () => [STAFFING_PATH, `${STAFFING_PATH}/targets`],
  },
  (input, { tx, viewer }) => entry.saveTarget(tx, viewer, input),
);
