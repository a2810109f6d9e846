// Home Affairs' writes to the indicator catalogue and the validation rules (issue 6), inside the
// action wrapper's transaction ("indicator.manage", checked there and again here). The catalogue's
// reads are province-wide: lib/data/province/indicators.ts.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { requirePermission } from "@/lib/data/scope";
import type { IndicatorInput, RuleInput } from "@/lib/validations/report-catalogue";

type Db = Prisma.TransactionClient;

/** Creates the indicator, or updates the one with the same code. Returns its id. */
export async function saveIndicator(tx: Db, viewer: Viewer, input: IndicatorInput): Promise<{ id: number; code: string; created: boolean }> {
  requirePermission(viewer, "indicator.manage");
  const existing = await tx.indicator.findUnique({ where: { code: input.code }, select: { id: true, numeratorId: true } });
  if (existing?.numeratorId && input.unit !== "PERCENT") {
    throw new AppError("INDICATOR_COMPUTED_UNIT", {}, { field: "unit" });
  }
  const data = {
    nameVi: input.nameVi,
    nameEn: input.nameEn,
    area: input.area,
    unit: input.unit,
    minValue: input.minValue,
    maxValue: input.maxValue,
    required: input.required,
    fromYear: input.fromYear,
    toYear: input.toYear,
  };
  if (existing) {
    await tx.indicator.update({ where: { id: existing.id }, data });
    return { id: existing.id, code: input.code, created: false };
  }
  const last = await tx.indicator.aggregate({ where: { area: input.area }, _max: { sortOrder: true } });
  const row = await tx.indicator.create({ data: { ...data, code: input.code, sortOrder: (last._max.sortOrder ?? 0) + 10 } });
  return { id: row.id, code: row.code, created: true };
}

/**
 * Creates or updates the rule with this code; every code it names must be in the catalogue, and a
 * percentage rule's left side must be a percentage.
 */
export async function saveRule(tx: Db, viewer: Viewer, input: RuleInput): Promise<{ id: number; code: string; created: boolean }> {
  requirePermission(viewer, "indicator.manage");
  const sides = { leftCodes: input.leftCodes, rightCodes: input.rightCodes, denominatorCodes: input.denominatorCodes };
  const named = [...new Set(Object.values(sides).flat())];
  const found = await tx.indicator.findMany({ where: { code: { in: named } }, select: { code: true, unit: true } });
  const missing = named.filter((code) => !found.some((row) => row.code === code));
  if (missing.length > 0) {
    const side = (Object.keys(sides) as (keyof typeof sides)[]).find((key) => sides[key].some((code) => missing.includes(code)))!;
    throw new AppError("INDICATOR_UNKNOWN_CODES", { codes: missing.join(", ") }, { field: side });
  }
  const notPercent = input.kind === "PERCENT" ? found.find((row) => row.code === input.leftCodes[0] && row.unit !== "PERCENT") : undefined;
  if (notPercent) throw new AppError("INDICATOR_RULE_NOT_PERCENT", { code: notPercent.code }, { field: "leftCodes" });
  const data = {
    leftCodes: input.leftCodes,
    operator: input.operator,
    rightCodes: input.rightCodes,
    importance: input.importance,
    messageVi: input.messageVi,
    messageEn: input.messageEn,
    kind: input.kind,
    denominatorCodes: input.denominatorCodes,
    tolerance: input.tolerance,
  };
  const existing = await tx.validationRule.findUnique({ where: { code: input.ruleCode }, select: { id: true } });
  const row = existing
    ? await tx.validationRule.update({ where: { id: existing.id }, data })
    : await tx.validationRule.create({ data: { code: input.ruleCode, ...data } });
  return { id: row.id, code: row.code, created: !existing };
}
