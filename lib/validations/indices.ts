// Index entry input (Home Affairs), shared by the forms and the server actions (STYLE §4). The
// rules that need the index's maxima and method (lib/metrics/indices validateScoreEntry) run in
// the data layer, which reads them from the database.
import { z } from "zod";
import { OwnerRole } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/validations/messages";
import { MAX_DB_INT, recordId as id } from "@/lib/validations/input";
import { choiceParam, recordYearParam, textParam, type DataSpan } from "@/lib/validations/search-params";
import { UNITS_VIEWS } from "@/lib/org/views";

export const SOURCE_MAX_LENGTH = 500;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
/** Form fields of component scores are named `component.<code>`. */
export const COMPONENT_FIELD_PREFIX = "component.";

/** "85,78" or "85.78" → 85.78; "" → null; anything else → NaN (refused by z.number). */
export function parseDecimalText(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return value;
  const text = value.trim().replace(",", ".");
  if (text === "") return null;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

export const optionalDecimal = (message: string) => z.preprocess(parseDecimalText, z.number({ error: message }).nullable());
export const requiredDecimal = (message: string) => z.preprocess(parseDecimalText, z.number({ error: message }));

const optionalPositiveInt = (message: string) =>
  z.preprocess(
    parseDecimalText,
    z.number({ error: message }).int({ error: message }).positive({ error: message }).max(MAX_DB_INT, { error: message }).nullable(),
  );


export const year = z.coerce
  .number({ error: msg("indices.error.year") })
  .int({ error: msg("indices.error.year") })
  .min(MIN_YEAR, { error: msg("indices.error.year") })
  .max(MAX_YEAR, { error: msg("indices.error.year") });

const source = z
  .string({ error: msg("indices.error.source") })
  .trim()
  .min(1, { error: msg("indices.error.source") })
  .max(SOURCE_MAX_LENGTH, { error: msg("indices.error.sourceTooLong") });

const componentScore = optionalDecimal(msg("indices.error.number"));

/** A year of one index: total, rank, denominator, national average, source and component scores. */
export const indexYearSchema = z
  .looseObject({
    indexCode: z.string().trim().min(1).max(16),
    year,
    score: optionalDecimal(msg("indices.error.number")),
    rank: optionalPositiveInt(msg("indices.error.rank")),
    rankOf: optionalPositiveInt(msg("indices.error.rankOf")),
    nationalAverage: optionalDecimal(msg("indices.error.number")),
    source,
  })
  .transform((value, ctx) => {
    const components: Record<string, number | null> = {};
    for (const [key, raw] of Object.entries(value)) {
      if (!key.startsWith(COMPONENT_FIELD_PREFIX)) continue;
      const parsed = componentScore.safeParse(raw);
      if (parsed.success) components[key.slice(COMPONENT_FIELD_PREFIX.length)] = parsed.data;
      else ctx.addIssue({ code: "custom", path: [key], message: msg("indices.error.number") });
    }
    return {
      indexCode: value.indexCode,
      year: value.year,
      score: value.score,
      rank: value.rank,
      rankOf: value.rankOf,
      nationalAverage: value.nationalAverage,
      source: value.source,
      components,
    };
  });
export type IndexYearInput = z.infer<typeof indexYearSchema>;

/** Make `agencyId` a lead or coordinating agency of a component. */
export const componentOwnerSchema = z.object({
  componentId: id(msg("indices.error.component")),
  agencyId: id(msg("indices.error.agency")),
  role: z.enum(OwnerRole, { error: msg("indices.error.role") }),
});
export type ComponentOwnerInput = z.infer<typeof componentOwnerSchema>;

export const removeOwnerSchema = componentOwnerSchema.pick({ componentId: true, agencyId: true });
export type RemoveOwnerInput = z.infer<typeof removeOwnerSchema>;

/** A component's maximum and weight: data, since several are estimates (confirmed = false). */
export const componentMethodSchema = z.object({
  componentId: id(msg("indices.error.component")),
  maxScore: requiredDecimal(msg("indices.error.maxScore")).refine((v) => v > 0, { error: msg("indices.error.maxScore") }),
  weight: optionalDecimal(msg("indices.error.weight")).refine((v) => v === null || v >= 0, { error: msg("indices.error.weight") }),
  confirmed: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});
export type ComponentMethodInput = z.infer<typeof componentMethodSchema>;

/**
 * An index page's year (`?year=2022`: the components shown, or the year loaded into the entry form),
 * whose components (`?province=Ninh Thuận`: a former province's; none: today's province's) and the
 * units view (`?units=time`: the provinces of each year first).
 */
export const indexYearParams = (span: DataSpan) =>
  z.object({ year: recordYearParam(span).optional(), province: textParam(80).optional(), units: choiceParam(UNITS_VIEWS).optional() });
