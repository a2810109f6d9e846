// Input of the catalogue, rule and period administration (issue 6), shared by forms and actions.
import { z } from "zod";
import { IndicatorUnit, ParArea, RuleImportance, RuleKind, RuleOperator } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/validations/messages";
import { plausibleDay, recordId } from "@/lib/validations/input";
import { parseLocalNumber } from "@/lib/validations/reports";

const blankAsNull = (value: unknown) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value);

const code = z.string({ error: msg("indicators.error.code") }).trim().toUpperCase().regex(/^[A-Z][A-Z0-9_]{0,47}$/, { error: msg("indicators.error.code") });
const name = z.string({ error: msg("indicators.error.name") }).trim().min(1, { error: msg("indicators.error.name") }).max(300, { error: msg("indicators.error.name") });
const optionalNumber = z.preprocess(
  (value) => {
    const v = blankAsNull(value);
    return typeof v === "string" ? (parseLocalNumber(v) ?? Number.NaN) : v;
  },
  z.number({ error: msg("indicators.error.number") }).nullable(),
);
const year = z.coerce.number({ error: msg("indicators.error.year") }).int({ error: msg("indicators.error.year") }).min(2000, { error: msg("indicators.error.year") }).max(2100, { error: msg("indicators.error.year") });

export const indicatorSchema = z
  .object({
    code,
    nameVi: name,
    nameEn: name,
    area: z.enum(ParArea, { error: msg("indicators.error.name") }),
    unit: z.enum(IndicatorUnit, { error: msg("indicators.error.name") }),
    minValue: optionalNumber,
    maxValue: optionalNumber,
    required: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
    fromYear: year,
    toYear: z.preprocess(blankAsNull, year.nullable()),
  })
  .superRefine((value, ctx) => {
    if (value.minValue !== null && value.maxValue !== null && value.minValue > value.maxValue) {
      ctx.addIssue({ code: "custom", path: ["maxValue"], message: msg("indicators.error.bounds") });
    }
    if (value.toYear !== null && value.toYear < value.fromYear) {
      ctx.addIssue({ code: "custom", path: ["toYear"], message: msg("indicators.error.years") });
    }
  });
export type IndicatorInput = z.infer<typeof indicatorSchema>;

const codeList = z
  .string({ error: msg("indicators.error.code") })
  .transform((value) => value.split("+").map((part) => part.trim().toUpperCase()).filter(Boolean))
  .pipe(z.array(code).min(1, { error: msg("indicators.error.code") }));

const optionalCodeList = z.preprocess((value) => blankAsNull(value) ?? "", z.string())
  .transform((value) => value.split("+").map((part) => part.trim().toUpperCase()).filter(Boolean))
  .pipe(z.array(code));

/** Percentage points; blank is 0 (a SUM rule has none). At most 5: beyond that a rate says nothing. */
const tolerance = z.preprocess(
  (value) => {
    const v = blankAsNull(value);
    return v === null ? 0 : typeof v === "string" ? (parseLocalNumber(v) ?? Number.NaN) : v;
  },
  z.number({ error: msg("indicators.error.tolerance") }).min(0, { error: msg("indicators.error.tolerance") }).max(5, { error: msg("indicators.error.tolerance") }),
);

export const ruleSchema = z
  .object({
    // not "code": the rule form shares its page with the indicator form
    ruleCode: code,
    kind: z.preprocess((value) => blankAsNull(value) ?? "SUM", z.enum(RuleKind, { error: msg("indicators.error.code") })),
    leftCodes: codeList,
    operator: z.enum(RuleOperator, { error: msg("indicators.error.code") }),
    rightCodes: codeList,
    denominatorCodes: optionalCodeList,
    tolerance,
    importance: z.enum(RuleImportance, { error: msg("indicators.error.code") }),
    messageVi: z.string({ error: msg("indicators.error.message") }).trim().min(1, { error: msg("indicators.error.message") }).max(300, { error: msg("indicators.error.message") }),
    // optional: English readers read the Vietnamese message when there is none
    messageEn: z.string({ error: msg("indicators.error.messageEn") }).trim().max(300, { error: msg("indicators.error.messageEn") }).optional().transform((value) => value || null),
  })
  .superRefine((value, ctx) => {
    if (value.kind !== "PERCENT") return;
    if (value.leftCodes.length !== 1) ctx.addIssue({ code: "custom", path: ["leftCodes"], message: msg("indicators.error.percentRule") });
    if (value.denominatorCodes.length === 0) ctx.addIssue({ code: "custom", path: ["denominatorCodes"], message: msg("indicators.error.percentRule") });
  })
  // a SUM rule has no whole of its own nor a tolerance: what is stored is what it checks
  .transform((value) => (value.kind === "PERCENT" ? { ...value, operator: "EQ" as const } : { ...value, denominatorCodes: [], tolerance: 0 }));
export type RuleInput = z.infer<typeof ruleSchema>;

const day = plausibleDay(msg("periods.error.date"));

export const periodSchema = z
  .object({
    year: z.coerce.number({ error: msg("periods.error.year") }).int({ error: msg("periods.error.year") }).min(2000, { error: msg("periods.error.year") }).max(2100, { error: msg("periods.error.year") }),
    quarter: z.coerce.number({ error: msg("periods.error.quarter") }).int({ error: msg("periods.error.quarter") }).min(1, { error: msg("periods.error.quarter") }).max(4, { error: msg("periods.error.quarter") }),
    opensAt: day,
    deadline: day,
    locksAt: day,
  })
  .superRefine((value, ctx) => {
    if (!(value.opensAt <= value.deadline && value.deadline <= value.locksAt)) {
      ctx.addIssue({ code: "custom", path: ["locksAt"], message: msg("periods.error.order") });
    }
  });
export type PeriodInput = z.infer<typeof periodSchema>;

export const reopenSchema = z.object({
  periodId: recordId(msg("periods.error.period")),
  agencyId: recordId(msg("periods.error.agency")),
  until: day,
  reason: z.string({ error: msg("periods.error.reason") }).trim().min(1, { error: msg("periods.error.reason") }).max(500, { error: msg("periods.error.reason") }),
});
export type ReopenInput = z.infer<typeof reopenSchema>;

/** The report deadline, in days after a quarter's last day (setting `report_deadline_days`, issue 16). */
export const deadlineDaysSchema = z.object({
  days: z.coerce.number({ error: msg("periods.deadlineDays.error") }).int({ error: msg("periods.deadlineDays.error") })
    .min(0, { error: msg("periods.deadlineDays.error") }).max(90, { error: msg("periods.deadlineDays.error") }),
});
export type DeadlineDaysInput = z.infer<typeof deadlineDaysSchema>;
