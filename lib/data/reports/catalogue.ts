// The indicator catalogue and the validation rules (issue 6): data kept by Home Affairs, read by
// every report. Reads are open to every signed-in role (they describe the form); writes need
// "indicator.manage", checked by the action wrapper.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { ActionError } from "@/lib/auth/action-result";
import { t } from "@/lib/i18n";
import type { RuleDefinition, RuleIndicator } from "@/lib/rules/report-rules";
import type { IndicatorInput, RuleInput } from "@/lib/validations/report-catalogue";

type Db = Prisma.TransactionClient;

export const CATALOGUE_AUDIT = { indicatorSaved: "INDICATOR_SAVED", ruleSaved: "VALIDATION_RULE_SAVED" } as const;

const indicatorSelect = {
  id: true,
  code: true,
  nameVi: true,
  nameEn: true,
  area: true,
  unit: true,
  minValue: true,
  maxValue: true,
  required: true,
  fromYear: true,
  toYear: true,
  sortOrder: true,
  prefill: true,
  numerator: { select: { code: true, nameVi: true } },
  denominator: { select: { code: true, nameVi: true } },
} satisfies Prisma.IndicatorSelect;

type IndicatorRow = Prisma.IndicatorGetPayload<{ select: typeof indicatorSelect }>;

export type CatalogueIndicator = Omit<IndicatorRow, "minValue" | "maxValue"> & {
  minValue: number | null;
  maxValue: number | null;
};

const asNumber = (value: Prisma.Decimal | null): number | null => (value === null ? null : Number(value.toString()));

function plain(row: IndicatorRow): CatalogueIndicator {
  return { ...row, minValue: asNumber(row.minValue), maxValue: asNumber(row.maxValue) };
}

/** Indicators in form order; with `year`, only those that apply to it. */
export async function listIndicators(year?: number, db: Db = getDb()): Promise<CatalogueIndicator[]> {
  const where: Prisma.IndicatorWhereInput =
    year === undefined ? {} : { fromYear: { lte: year }, OR: [{ toYear: null }, { toYear: { gte: year } }] };
  const rows = await db.indicator.findMany({ where, select: indicatorSelect, orderBy: [{ area: "asc" }, { sortOrder: "asc" }, { code: "asc" }] });
  return rows.map(plain);
}

export type CatalogueRule = RuleDefinition & { id: number; active: boolean };

export async function listRules(db: Db = getDb()): Promise<CatalogueRule[]> {
  const rows = await db.validationRule.findMany({ orderBy: { code: "asc" } });
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    leftCodes: row.leftCodes,
    operator: row.operator,
    rightCodes: row.rightCodes,
    importance: row.importance,
    message: row.messageVi,
    active: row.active,
  }));
}

export function toRuleIndicator(indicator: CatalogueIndicator): RuleIndicator {
  return {
    code: indicator.code,
    unit: indicator.unit,
    minValue: indicator.minValue,
    maxValue: indicator.maxValue,
    required: indicator.required,
    prefilled: indicator.prefill !== null,
    computed:
      indicator.numerator && indicator.denominator
        ? { numerator: indicator.numerator.code, denominator: indicator.denominator.code }
        : null,
  };
}

/** Creates the indicator, or updates the one with the same code. Returns its id. */
export async function saveIndicator(tx: Db, input: IndicatorInput): Promise<{ id: number; code: string; created: boolean }> {
  const existing = await tx.indicator.findUnique({ where: { code: input.code }, select: { id: true, numeratorId: true } });
  if (existing?.numeratorId && input.unit !== "PERCENT") {
    throw new ActionError(t("indicators.error.computedUnit"), { unit: [t("indicators.error.computedUnit")] });
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

/** Creates or updates the rule with this code; every code it names must be in the catalogue. */
export async function saveRule(tx: Db, input: RuleInput): Promise<{ id: number; code: string }> {
  const named = [...new Set([...input.leftCodes, ...input.rightCodes])];
  const found = await tx.indicator.findMany({ where: { code: { in: named } }, select: { code: true } });
  const missing = named.filter((code) => !found.some((row) => row.code === code));
  if (missing.length > 0) {
    const message = t("indicators.error.unknownCodes", { codes: missing.join(", ") });
    const side = missing.some((code) => input.leftCodes.includes(code)) ? "leftCodes" : "rightCodes";
    throw new ActionError(message, { [side]: [message] });
  }
  const data = {
    leftCodes: input.leftCodes,
    operator: input.operator,
    rightCodes: input.rightCodes,
    importance: input.importance,
    messageVi: input.messageVi,
  };
  const row = await tx.validationRule.upsert({ where: { code: input.ruleCode }, create: { code: input.ruleCode, ...data }, update: data });
  return { id: row.id, code: row.code };
}
