"use server";
// The indicator catalogue and validation rules (issue 6): Home Affairs only ("indicator.manage").
import { actionsFor, resultId } from "@/lib/auth/action";
import { saveIndicator as saveOne, saveRule as saveOneRule } from "@/lib/data/reports/catalogue";
import { indicatorSchema, ruleSchema } from "@/lib/validations/report-catalogue";

export type SavedIndicator = { id: number; code: string; created: boolean };
export type SavedRule = { id: number; code: string; created: boolean };

const manage = actionsFor("indicator.manage", { revalidate: ["/admin/indicators"] });

export const saveIndicator = manage(indicatorSchema, (tx, viewer, input): Promise<SavedIndicator> => saveOne(tx, viewer, input), {
  audit: { event: "INDICATOR_SAVED", entityId: resultId, details: (input, result) => ({ code: input.code, created: result.created, unit: input.unit, area: input.area }) },
});

export const saveRule = manage(ruleSchema, (tx, viewer, input): Promise<SavedRule> => saveOneRule(tx, viewer, input), {
  audit: {
    event: "VALIDATION_RULE_SAVED",
    entityId: resultId,
    details: (input, result) => ({
      code: input.ruleCode, left: input.leftCodes, operator: input.operator, right: input.rightCodes, importance: input.importance,
      kind: input.kind, denominator: input.denominatorCodes, tolerance: input.tolerance, message: input.messageVi, created: result.created,
    }),
  },
});
