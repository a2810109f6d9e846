// Staffing entry (DESIGN §5.4), shared by the forms and the server actions: quota decisions and
// targets (Home Affairs), actual headcount and streamlining cases (an agency, for itself).
// Rules: no negative values, the categories add up to the total given, a decision has at least
// one line and names each agency once. Whether a decision may still be edited is a database fact
// (lib/rules/quota-decisions, checked by the data layer).
import { z } from "zod";
import { DEFAULT_UNITS_VIEW, UNITS_VIEWS } from "@/lib/org/views";
import { StaffCategory, TargetUnit } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/validations/messages";
import { plausibleDay, recordId as id } from "@/lib/validations/input";
import { choiceParam, flagParam, recordYearParam, type DataSpan } from "@/lib/validations/search-params";

/** Every staffing category, in the schema's order (the order forms and tables show). */
export const CATEGORIES = [StaffCategory.CIVIL_SERVANT, StaffCategory.PUBLIC_EMPLOYEE, StaffCategory.COMMUNE_OFFICIAL] as const;
export const MAX_DECISION_LINES = 200;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const blankAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);


const year = z.coerce
  .number({ error: msg("staffing.error.year") })
  .int({ error: msg("staffing.error.year") })
  .min(MIN_YEAR, { error: msg("staffing.error.year") })
  .max(MAX_YEAR, { error: msg("staffing.error.year") });

/** A whole number ≥ 0; an empty field is "not given". */
const count = z.preprocess(
  blankAsUndefined,
  z.coerce
    .number({ error: msg("staffing.error.count") })
    .int({ error: msg("staffing.error.count") })
    .min(0, { error: msg("staffing.error.negative") })
    .max(1_000_000, { error: msg("staffing.error.count") })
    .optional(),
);

const localDate = plausibleDay(msg("staffing.error.date"));

export type CategoryValues = Partial<Record<StaffCategory, number>>;

/** Sum of the categories given. */
export function categorySum(values: CategoryValues): number {
  return CATEGORIES.reduce((sum, category) => sum + (values[category] ?? 0), 0);
}

// ───────────── quota decisions ─────────────

/** Form field of a decision line: `line-3-CIVIL_SERVANT`, `line-3-agencyId`, `line-3-total`. */
export const lineField = (index: number, field: StaffCategory | "agencyId" | "total") => `line-${index}-${field}`;

const LINE_FIELD = /^line-(\d{1,3})-(agencyId|total|CIVIL_SERVANT|PUBLIC_EMPLOYEE|COMMUNE_OFFICIAL)$/;

/** Collects `line-<i>-<field>` form fields into lines, in index order, dropping blank lines. */
function collectLines(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const lines = new Map<number, Record<string, unknown>>();
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const match = LINE_FIELD.exec(key);
    if (!match) {
      rest[key] = value;
      continue;
    }
    const index = Number(match[1]);
    const line = lines.get(index) ?? {};
    line[match[2]!] = value;
    lines.set(index, line);
  }
  if ("lines" in rest) return rest; // already structured (tests, imports)
  const ordered = [...lines.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([, line]) => Object.values(line).some((value) => typeof value !== "string" || value.trim() !== ""))
    .map(([index, line]) => ({ ...line, index }));
  return { ...rest, lines: ordered };
}

const decisionLine = z.object({
  /** the line's place in the form, so that its errors land next to it */
  index: z.number().int().min(0).default(0),
  agencyId: id(msg("staffing.error.agency")),
  CIVIL_SERVANT: count,
  PUBLIC_EMPLOYEE: count,
  COMMUNE_OFFICIAL: count,
  total: count,
});

export type QuotaDecisionLineInput = z.infer<typeof decisionLine>;

const decisionShape = z.object({
  number: z
    .string({ error: msg("staffing.error.decisionNumber") })
    .trim()
    .min(1, { error: msg("staffing.error.decisionNumber") })
    .max(60, { error: msg("staffing.error.decisionNumber") }),
  decidedOn: localDate,
  year,
  lines: z
    .array(decisionLine)
    .min(1, { error: msg("staffing.error.noLines") })
    .max(MAX_DECISION_LINES, { error: msg("staffing.error.tooManyLines") }),
});

/**
 * Each line gives a category, its total (when given) is the sum of its categories, and each agency
 * comes once. Errors sit on the line's own fields (`line-3-total`), where the form shows them.
 */
function linesAreValid(value: { lines: QuotaDecisionLineInput[] }, ctx: z.RefinementCtx) {
  const seen = new Set<number>();
  for (const line of value.lines) {
    if (CATEGORIES.every((category) => line[category] === undefined)) {
      ctx.addIssue({ code: "custom", path: [lineField(line.index, "total")], message: msg("staffing.error.lineEmpty") });
    } else if (line.total !== undefined && line.total !== categorySum(line)) {
      ctx.addIssue({ code: "custom", path: [lineField(line.index, "total")], message: msg("staffing.error.sum") });
    }
    if (seen.has(line.agencyId)) {
      ctx.addIssue({ code: "custom", path: [lineField(line.index, "agencyId")], message: msg("staffing.error.duplicateAgency") });
    }
    seen.add(line.agencyId);
  }
}

export const createQuotaDecisionSchema = z.preprocess(collectLines, decisionShape.superRefine(linesAreValid));
export type CreateQuotaDecisionInput = z.infer<typeof createQuotaDecisionSchema>;

export const updateQuotaDecisionSchema = z.preprocess(
  collectLines,
  decisionShape.extend({ decisionId: id(msg("staffing.error.decision")) }).superRefine(linesAreValid),
);
export type UpdateQuotaDecisionInput = z.infer<typeof updateQuotaDecisionSchema>;

// ───────────── an agency's own report ─────────────

/** Form fields of a report: `headcount-CIVIL_SERVANT`, `streamlined-CIVIL_SERVANT`, `totalHeadcount`. */
export const reportField = (kind: "headcount" | "streamlined", category: StaffCategory) => `${kind}-${category}`;

export const headcountReportSchema = z
  .object({
    agencyId: id(msg("staffing.error.agency")),
    year,
    "headcount-CIVIL_SERVANT": count,
    "headcount-PUBLIC_EMPLOYEE": count,
    "headcount-COMMUNE_OFFICIAL": count,
    "streamlined-CIVIL_SERVANT": count,
    "streamlined-PUBLIC_EMPLOYEE": count,
    "streamlined-COMMUNE_OFFICIAL": count,
    totalHeadcount: z.preprocess(
      blankAsUndefined,
      z.coerce
        .number({ error: msg("staffing.error.totalRequired") })
        .int({ error: msg("staffing.error.count") })
        .min(0, { error: msg("staffing.error.negative") })
        .max(1_000_000, { error: msg("staffing.error.count") }),
    ),
  })
  .transform((input) => ({
    agencyId: input.agencyId,
    year: input.year,
    totalHeadcount: input.totalHeadcount,
    categories: CATEGORIES.flatMap((category) => {
      const headcount = input[`headcount-${category}`];
      const streamlined = input[`streamlined-${category}`];
      if (headcount === undefined && streamlined === undefined) return [];
      return [{ category, headcount: headcount ?? null, streamlined: streamlined ?? null }];
    }),
  }))
  .superRefine((input, ctx) => {
    if (input.categories.length === 0) {
      ctx.addIssue({ code: "custom", path: ["totalHeadcount"], message: msg("staffing.error.reportEmpty") });
      return;
    }
    const sum = input.categories.reduce((total, c) => total + (c.headcount ?? 0), 0);
    if (sum !== input.totalHeadcount) {
      ctx.addIssue({ code: "custom", path: ["totalHeadcount"], message: msg("staffing.error.sum") });
    }
  });
export type HeadcountReportInput = z.infer<typeof headcountReportSchema>;

// ───────────── targets ─────────────

/** A target's units, in the order the form offers them. */
export const TARGET_UNITS = Object.values(TargetUnit);

export const targetSchema = z
  .object({
    targetId: z.preprocess(blankAsUndefined, id(msg("staffing.error.target")).optional()),
    code: z
      .string({ error: msg("staffing.error.targetCode") })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z][A-Z0-9_]{1,63}$/, { error: msg("staffing.error.targetCode") }),
    category: z.preprocess(blankAsUndefined, z.enum(StaffCategory, { error: msg("staffing.error.category") }).optional()),
    baselineYear: z.preprocess(blankAsUndefined, year.optional()),
    targetYear: year,
    value: z.coerce
      .number({ error: msg("staffing.error.targetValue") })
      .min(0, { error: msg("staffing.error.negative") })
      .max(99_999_999, { error: msg("staffing.error.targetValue") }),
    unit: z.enum(TargetUnit, { error: msg("staffing.error.targetUnit") }),
    description: z
      .string({ error: msg("staffing.error.description") })
      .trim()
      .min(1, { error: msg("staffing.error.description") })
      .max(500, { error: msg("staffing.error.description") }),
    source: z.preprocess(blankAsUndefined, z.string().trim().max(300, { error: msg("staffing.error.source") }).optional()),
  })
  .superRefine((input, ctx) => {
    if (input.baselineYear !== undefined && input.baselineYear >= input.targetYear) {
      ctx.addIssue({ code: "custom", path: ["targetYear"], message: msg("staffing.error.targetYearOrder") });
    }
    if (input.unit === "PERCENT" && input.value > 100) {
      ctx.addIssue({ code: "custom", path: ["value"], message: msg("staffing.error.percent") });
    }
    if (input.unit === "COUNT" && !Number.isInteger(input.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: msg("staffing.error.count") });
    }
  });
export type TargetInput = z.infer<typeof targetSchema>;

// ───────────── the staffing page's search parameters ─────────────

/** `?year=2024&category=CIVIL_SERVANT&over=1&units=time`: a year of the staffing records, a category, over-quota rows only, the units view. */
export const staffingParams = (span: DataSpan) =>
  z
    .object({ year: recordYearParam(span).optional(), category: choiceParam(CATEGORIES).optional(), over: flagParam(), units: choiceParam(UNITS_VIEWS).optional() })
    .transform((input) => ({ ...input, units: input.units ?? DEFAULT_UNITS_VIEW }));
export type StaffingQuery = z.output<ReturnType<typeof staffingParams>>;

/** A decision's page after a save (`?saved=1`) says so. */
export const savedParams = () => z.object({ saved: flagParam() });
