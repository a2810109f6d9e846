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
      action: entry.STAFFING_AUDIT.decisionCreated,
      entity: "quota_decision",
      entityId: (_input, result: SavedDecision) => String(result.id),
      details: (input, result: SavedDecision) => ({ number: result.number, year: result.year, decidedOn: input.decidedOn, cells: result.cells }),
    },
    revalidate: () => [STAFFING_PATH, DECISIONS_PATH],
    redirectTo: (_input, result: SavedDecision) => `${DECISIONS_PATH}/${result.id}?saved=1`,
  },
  (input, { tx }) => entry.createQuotaDecision(tx, input),
);

export const updateQuotaDecision = action(
  {
    permission: "staffingQuota.manage",
    schema: updateQuotaDecisionSchema,
    audit: {
      action: entry.STAFFING_AUDIT.decisionUpdated,
      entity: "quota_decision",
      entityId: (_input, result: SavedDecision) => String(result.id),
      details: (input, result: SavedDecision) => ({ number: result.number, year: result.year, decidedOn: input.decidedOn, cells: result.cells }),
    },
    revalidate: (_input, result: SavedDecision) => [STAFFING_PATH, DECISIONS_PATH, `${DECISIONS_PATH}/${result.id}`],
  },
  (input, { tx }) => entry.updateQuotaDecision(tx, input),
);

export const reportHeadcount = action(
  {
    permission: "staffingActual.report",
    schema: headcountReportSchema,
    resourceAgencyId: (input) => input.agencyId,
    audit: {
      action: entry.STAFFING_AUDIT.headcountReported,
      entity: "staffing_quota",
      entityId: (input) => `${input.agencyId}/${input.year}`,
      details: (input) => ({
        year: input.year,
        totalHeadcount: input.totalHeadcount,
        categories: input.categories.map((c) => ({ category: c.category, headcount: c.headcount, streamlined: c.streamlined })),
      }),
    },
    revalidate: () => [STAFFING_PATH, `${STAFFING_PATH}/report`],
  },
  (input, { tx }) => entry.reportHeadcount(tx, input),
);

export const saveTarget = action(
  {
    permission: "target.manage",
    schema: targetSchema,
    audit: {
      action: entry.STAFFING_AUDIT.targetSaved,
      entity: "target",
      entityId: (_input, result: SavedTarget) => String(result.id),
      details: (input) => ({ code: input.code, targetYear: input.targetYear, value: input.value, unit: input.unit }),
    },
    revalidate: () => [STAFFING_PATH, `${STAFFING_PATH}/targets`],
  },
  (input, { tx }) => entry.saveTarget(tx, input),
);
