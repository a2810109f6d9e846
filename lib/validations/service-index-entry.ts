// The forms of the Decision 766 indicators Home Affairs enters and of the province's published
// score (issue 21), shared by the forms and the server actions. Each form states its intent, so an
// empty post is refused here and writes nothing. The range of an entered value (lib/service-index/
// entered.ts validateEntry) is checked here for the form's messages and again in the data layer.
import { z } from "zod";
import { msg } from "@/lib/validations/messages";
import { MAX_DB_INT, recordId } from "@/lib/validations/input";
import { parseDecimalText } from "@/lib/validations/indices";
import { ENTRY_SOURCE_MAX, validateEntry, type EntryIssue } from "@/lib/service-index/entered";
import { DEFAULT_CONFIG } from "@/lib/service-index/model";
import { parseIndexPeriod } from "@/lib/service-index/periods";

const period = z.string({ error: msg("serviceIndex.params.period") }).trim().refine((key) => parseIndexPeriod(key) !== null, { error: msg("serviceIndex.params.period") });

const source = z
  .string({ error: msg("serviceIndexEntry.error.source") })
  .trim()
  .min(1, { error: msg("serviceIndexEntry.error.source") })
  .max(ENTRY_SOURCE_MAX, { error: msg("serviceIndexEntry.error.sourceTooLong") });

/** "12" → 12; "" or anything but digits → NaN (refused with the field's message). */
const count = (message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN),
    z.number({ error: message }).int({ error: message }).min(0, { error: message }).max(MAX_DB_INT, { error: message }),
  );

const ISSUE_MESSAGE: Record<EntryIssue["kind"], string> = {
  notEntered: msg("serviceIndexEntry.error.code"),
  notCount: msg("serviceIndexEntry.error.count"),
  aboveDenominator: msg("serviceIndexEntry.error.aboveDenominator"),
  sourceMissing: msg("serviceIndexEntry.error.source"),
  sourceTooLong: msg("serviceIndexEntry.error.sourceTooLong"),
};

/** One entered value: the unit, the period, the indicator, its fraction and its source. */
export const serviceIndexEntrySchema = z
  .object({
    intent: z.literal("service-index-entry", { error: msg("serviceIndexEntry.intent") }),
    agencyId: recordId(msg("serviceIndexEntry.error.unit")),
    period,
    code: z.string({ error: msg("serviceIndexEntry.error.code") }).trim().max(8, { error: msg("serviceIndexEntry.error.code") }),
    numerator: count(msg("serviceIndexEntry.error.count")),
    denominator: count(msg("serviceIndexEntry.error.count")),
    source,
  })
  .superRefine((input, ctx) => {
    // the default configuration's entered codes; the data layer checks against the configuration in force
    const def = DEFAULT_CONFIG.indicators.find((i) => i.code === input.code);
    for (const issue of validateEntry(def, input)) {
      if (issue.field === "source" || issue.kind === "notCount") continue; // already said by the fields' own schemas
      ctx.addIssue({ code: "custom", path: [issue.field], message: ISSUE_MESSAGE[issue.kind] });
    }
  })
  .transform((input) => ({ agencyId: input.agencyId, period: input.period, code: input.code, numerator: input.numerator, denominator: input.denominator, source: input.source }));
export type ServiceIndexEntryInput = z.infer<typeof serviceIndexEntrySchema>;

const positive = (message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN),
    z.number({ error: message }).int({ error: message }).min(1, { error: message }).max(1000, { error: message }),
  );

/** The province's published score and rank for one period, with its source. */
export const publishedIndexSchema = z
  .object({
    intent: z.literal("service-index-published", { error: msg("serviceIndexEntry.intent") }),
    period,
    score: z.preprocess(
      parseDecimalText,
      z
        .number({ error: msg("serviceIndexPublished.error.score") })
        .min(0, { error: msg("serviceIndexPublished.error.score") })
        .max(100, { error: msg("serviceIndexPublished.error.score") })
        .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, { error: msg("serviceIndexPublished.error.score") }),
    ),
    rank: positive(msg("serviceIndexPublished.error.rank")),
    rankOf: positive(msg("serviceIndexPublished.error.rankOf")),
    source,
  })
  .superRefine((input, ctx) => {
    if (input.rank > input.rankOf) ctx.addIssue({ code: "custom", path: ["rank"], message: msg("serviceIndexPublished.error.rankAbove") });
  })
  .transform((input) => ({ period: input.period, score: input.score, rank: input.rank, rankOf: input.rankOf, source: input.source }));
export type PublishedIndexInput = z.infer<typeof publishedIndexSchema>;
