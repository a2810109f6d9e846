// The indicator catalogue and the validation rules of the quarterly report (issue 6): data kept by
// Home Affairs, read by every report and the same for every viewer (they describe the form), so
// these reads take no viewer. Writes are in lib/data/reports/catalogue.ts ("indicator.manage").
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import type { RuleDefinition, RuleIndicator } from "@/lib/rules/report-rules";

type Db = Prisma.TransactionClient;

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
  numerator: { select: { code: true, nameVi: true, nameEn: true } },
  denominator: { select: { code: true, nameVi: true, nameEn: true } },
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

export type CatalogueRule = Required<RuleDefinition> & { id: number; active: boolean };

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
    messageEn: row.messageEn,
    active: row.active,
    kind: row.kind,
    denominatorCodes: row.denominatorCodes,
    tolerance: Number(row.tolerance.toString()),
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
