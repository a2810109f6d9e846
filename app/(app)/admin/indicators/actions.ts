"use server";
// The indicator catalogue and validation rules (issue 6): Home Affairs only ("indicator.manage").
import { action } from "@/lib/auth/action";
import { saveIndicator as saveOne, saveRule as saveOneRule } from "@/lib/data/reports/catalogue";
import { indicatorSchema, ruleSchema } from "@/lib/validations/report-catalogue";

export type SavedIndicator = { id: number; code: string; created: boolean };
export type SavedRule = { id: number; code: string; created: boolean };

const PATH = "/admin/indicators";

export const saveIndicator = action(
  {
    permission: "indicator.manage",
    schema: indicatorSchema,
    audit: {
      event: "INDICATOR_SAVED",
      entityId: (_input, result: SavedIndicator) => String(result.id),
      details: (input, result: SavedIndicator) => ({ code: input.code, created: result.created, unit: input.unit, area: input.area }),
    },
    revalidate: () => [PATH],
  },
  (input, { tx, viewer }) => saveOne(tx, viewer, input),
);

export const saveRule = action(
  {
    permission: "indicator.manage",
    schema: ruleSchema,
    audit: {
      event: "VALIDATION_RULE_SAVED",
      entityId: (_input, result: SavedRule) => String(result.id),
      details: (input, result: SavedRule) => ({
        code: input.ruleCode, left: input.leftCodes, operator: input.operator, right: input.rightCodes, importance: input.importance,
        kind: input.kind, denominator: input.denominatorCodes, tolerance: input.tolerance, message: input.messageVi, created: result.created,
      }),
    },
    revalidate: () => [PATH],
  },
  (input, { tx, viewer }) => saveOneRule(tx, viewer, input),
);
