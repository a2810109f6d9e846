// Input of the quarterly report forms (issue 6), shared by the forms and the server actions.
// The entry form posts one group of fields per indicator, named `<field>:<CODE>`; they are
// gathered into `entries` by indicator code. Field errors keep those names so each message
// sits beside its input.
import { z } from "zod";
import { msg } from "@/lib/validations/messages";
import { isLocalDate, latestCompleteQuarter } from "@/lib/metrics/periods";
import { BOARD_FILTERS } from "@/lib/rules/report-workflow";
import { dateSpanValues, isPlausibleLocalDate, MAX_DB_INT, recordId as id } from "@/lib/validations/input";
import { choiceParam, FIRST_RECORD_YEAR, idParam, periodParam, quarterParam, spanYears, type DataSpan } from "@/lib/validations/search-params";

export const ENTRY_FIELDS = ["value", "evidenceNumber", "evidenceDate", "evidenceUrl", "comment"] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

/** The form field name of one indicator's input. */
export const entryFieldName = (field: EntryField, code: string) => `${field}:${code}`;

const CODE = /^[A-Z][A-Z0-9_]*$/;

const version = z.coerce.number({ error: msg("reports.error.notFound") }).int().min(0).max(MAX_DB_INT);

export type EntryInput = {
  /** a number for numeric indicators, the text for TEXT ones; null when left empty */
  raw: string | null;
  evidenceNumber: string | null;
  evidenceDate: string | null;
  evidenceUrl: string | null;
  comment: string | null;
};

/** "1.234,5" and "1234.5" both read 1234.5 (vi-VN writes thousands with dots, decimals with a comma). */
export function parseLocalNumber(text: string): number | null {
  const compact = text.replace(/\s/g, "");
  if (!/^-?[\d.,]+$/.test(compact)) return null;
  let normal = compact;
  if (compact.includes(",")) normal = compact.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(compact)) normal = compact.replace(/\./g, "");
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  const value = Number(normal);
  return Number.isFinite(value) && Math.abs(value) < 1e12 ? value : null;
}

const LIMITS: Record<EntryField, number> = { value: 2000, evidenceNumber: 80, evidenceDate: 10, evidenceUrl: 500, comment: 1000 };

function text(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** Gathers `<field>:<CODE>` inputs; checks only their form (numbers, dates, links, lengths). */
function collectEntries(raw: Record<string, unknown>, ctx: z.RefinementCtx): Record<string, EntryInput> {
  const entries: Record<string, EntryInput> = {};
  for (const [name, value] of Object.entries(raw)) {
    const [field, code] = name.split(":") as [string, string | undefined];
    if (!code || !CODE.test(code) || !(ENTRY_FIELDS as readonly string[]).includes(field)) continue;
    const entry = (entries[code] ??= { raw: null, evidenceNumber: null, evidenceDate: null, evidenceUrl: null, comment: null });
    const content = text(value);
    if (content === null) continue;
    const key = field as EntryField;
    if (content.length > LIMITS[key]) {
      ctx.addIssue({ code: "custom", path: [name], message: msg("reports.error.tooLong") });
      continue;
    }
    if (key === "evidenceDate" && !isLocalDate(content)) {
      ctx.addIssue({ code: "custom", path: [name], message: msg("reports.error.date") });
      continue;
    }
    if (key === "evidenceDate" && !isPlausibleLocalDate(content)) {
      ctx.addIssue({ code: "custom", path: [name], message: msg("input.error.dateSpan"), params: dateSpanValues() });
      continue;
    }
    if (key === "evidenceUrl" && !/^https?:\/\/\S+$/i.test(content)) {
      ctx.addIssue({ code: "custom", path: [name], message: msg("reports.error.url") });
      continue;
    }
    if (key === "value") entry.raw = content;
    else entry[key] = content;
  }
  return entries;
}

export const saveReportSchema = z
  .looseObject({
    periodId: id(msg("reports.error.periodNotFound")),
    agencyId: id(msg("reports.error.notFound")),
    version: version,
    intent: z.enum(["save", "submit"]).catch("save"),
  })
  .transform((input, ctx) => ({
    periodId: input.periodId,
    agencyId: input.agencyId,
    version: input.version,
    intent: input.intent,
    entries: collectEntries(input, ctx),
  }));
export type SaveReportInput = z.infer<typeof saveReportSchema>;

const reviewRef = {
  reportId: id(msg("reports.error.notFound")),
  agencyId: id(msg("reports.error.notFound")),
  version,
};

export const approveReportSchema = z.object(reviewRef);
export type ApproveReportInput = z.infer<typeof approveReportSchema>;

/** Return comments are posted as `comment:<CODE>` plus `general`. */
export const returnReportSchema = z
  .looseObject({ ...reviewRef, general: z.string().trim().max(1000, { error: msg("reports.error.tooLong") }).optional() })
  .transform((input, ctx) => {
    const comments: Record<string, string> = {};
    for (const [name, value] of Object.entries(input)) {
      const [field, code] = name.split(":");
      const body = text(value);
      if (field !== "comment" || !code || !CODE.test(code) || body === null) continue;
      if (body.length > 1000) ctx.addIssue({ code: "custom", path: [name], message: msg("reports.error.tooLong") });
      else comments[code] = body;
    }
    const general = text(input.general);
    if (Object.keys(comments).length === 0 && general === null) {
      ctx.addIssue({ code: "custom", path: ["general"], message: msg("reports.error.returnNeedsComment") });
    }
    return { reportId: input.reportId, agencyId: input.agencyId, version: input.version, general, comments };
  });
export type ReturnReportInput = z.infer<typeof returnReportSchema>;

export const unapproveReportSchema = z.object({
  ...reviewRef,
  reason: z
    .string({ error: msg("reports.error.reasonRequired") })
    .trim()
    .min(1, { error: msg("reports.error.reasonRequired") })
    .max(1000, { error: msg("reports.error.tooLong") }),
});
export type UnapproveReportInput = z.infer<typeof unapproveReportSchema>;

/** The report pages' quarter (`?period=2024-Q2`, and the first segment of /reports/2024-Q2/<agency>): reporting periods may open a year ahead of the data. */
export const reportQuarterParam = (span: DataSpan) => quarterParam(FIRST_RECORD_YEAR, spanYears(span).last + 1);

/** The board's quarter and its status filter (`?status=submitted`, issue 16). */
export const reportBoardParams = (span: DataSpan) =>
  z.object({ period: reportQuarterParam(span).optional(), status: z.enum(BOARD_FILTERS).optional() });

/** The CCHC report as a document (issue 20): a quarter or a year of the data, for the province or one agency; `format` docx. */
export const reportDocumentParams = (span: DataSpan) =>
  z
    .object({ period: periodParam(span, ["quarter", "year"]).optional(), agency: idParam().optional(), format: choiceParam(["docx", "pdf"]).optional() })
    .transform((input) => ({ period: input.period ?? latestCompleteQuarter(span.asOf), agency: input.agency, format: input.format ?? "docx" }));
