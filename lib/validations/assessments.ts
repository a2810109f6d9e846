// Yearly agency assessment input (Home Affairs), shared by the forms and the server actions.
import { z } from "zod";
import { AssessmentGroup } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/validations/messages";
import { recordId } from "@/lib/validations/input";
import { optionalDecimal, parseDecimalText, requiredDecimal, year } from "@/lib/validations/indices";
import { choiceParam, idParam, recordYearParam, textParam, type DataSpan } from "@/lib/validations/search-params";
import { UNITS_VIEWS } from "@/lib/org/views";

export const EVIDENCE_MAX_LENGTH = 2000;
export const CRITERION_NAME_MAX_LENGTH = 300;
/** Criterion fields are named `criterion.<id>.self`, `criterion.<id>.appraised`, `criterion.<id>.evidence`. */
export const CRITERION_FIELD = /^criterion\.(\d{1,9})\.(self|appraised|evidence)$/;

const group = z.enum(AssessmentGroup, { error: msg("assessments.error.group") });
const agencyId = recordId(msg("assessments.error.agency"));
const score = optionalDecimal(msg("assessments.error.number"));

export type CriterionInput = { criterionId: number; selfScore: number | null; appraisedScore: number | null; evidence: string | null };

/** One agency's assessment of a year: the two totals and, where criteria exist, each criterion. */
export const agencyAssessmentSchema = z
  .looseObject({ agencyId, year, group, selfScore: score, appraisedScore: score })
  .transform((value, ctx) => {
    const criteria = new Map<number, CriterionInput>();
    for (const [key, raw] of Object.entries(value)) {
      const match = CRITERION_FIELD.exec(key);
      if (!match) continue;
      const criterionId = Number(match[1]);
      const entry = criteria.get(criterionId) ?? { criterionId, selfScore: null, appraisedScore: null, evidence: null };
      if (match[2] === "evidence") {
        const text = typeof raw === "string" ? raw.trim() : "";
        if (text.length > EVIDENCE_MAX_LENGTH) ctx.addIssue({ code: "custom", path: [key], message: msg("assessments.error.evidenceTooLong") });
        entry.evidence = text === "" ? null : text;
      } else {
        const parsed = score.safeParse(raw);
        if (!parsed.success) ctx.addIssue({ code: "custom", path: [key], message: msg("assessments.error.number") });
        else if (match[2] === "self") entry.selfScore = parsed.data;
        else entry.appraisedScore = parsed.data;
      }
      criteria.set(criterionId, entry);
    }
    return {
      agencyId: value.agencyId,
      year: value.year,
      group: value.group,
      selfScore: value.selfScore,
      appraisedScore: value.appraisedScore,
      criteria: [...criteria.values()],
    };
  });
export type AgencyAssessmentInput = z.infer<typeof agencyAssessmentSchema>;

const minScore = requiredDecimal(msg("assessments.error.bandMin")).refine((v) => v >= 0 && v <= 100, {
  error: msg("assessments.error.bandMin"),
});

/** The lower bounds of a year's bands; Yếu starts at 0. */
export const ratingBandsSchema = z
  .object({ year, EXCELLENT: minScore, GOOD: minScore, AVERAGE: minScore })
  .refine((v) => v.EXCELLENT > v.GOOD, { path: ["GOOD"], error: msg("assessments.error.bandOrder") })
  .refine((v) => v.GOOD > v.AVERAGE, { path: ["AVERAGE"], error: msg("assessments.error.bandOrder") })
  .refine((v) => v.AVERAGE > 0, { path: ["AVERAGE"], error: msg("assessments.error.bandOrder") });
export type RatingBandsInput = z.infer<typeof ratingBandsSchema>;

/** A criterion of a year and group. */
export const criterionSchema = z.object({
  year,
  group,
  code: z
    .string({ error: msg("assessments.error.criterionCode") })
    .trim()
    .min(1, { error: msg("assessments.error.criterionCode") })
    .max(32, { error: msg("assessments.error.criterionCode") })
    .regex(/^[A-Za-z0-9._-]+$/, { error: msg("assessments.error.criterionCode") }),
  name: z
    .string({ error: msg("assessments.error.criterionName") })
    .trim()
    .min(1, { error: msg("assessments.error.criterionName") })
    .max(CRITERION_NAME_MAX_LENGTH, { error: msg("assessments.error.criterionName") }),
  maxScore: z
    .preprocess(parseDecimalText, z.number({ error: msg("assessments.error.criterionMax") }))
    .refine((v) => v > 0 && v <= 100, { error: msg("assessments.error.criterionMax") }),
});
export type CriterionDefinitionInput = z.infer<typeof criterionSchema>;

export const ASSESSMENT_GROUPS = [AssessmentGroup.DEPARTMENT, AssessmentGroup.DISTRICT, AssessmentGroup.COMMUNE] as const;

/** The assessment board's year and group (`?year=2024&group=DEPARTMENT`); the entry page also names an agency. */
export const assessmentBoardParams = (span: DataSpan) =>
  z.object({ year: recordYearParam(span).optional(), group: choiceParam(ASSESSMENT_GROUPS).optional(), agency: idParam().optional() });
export type AssessmentBoardQuery = z.output<ReturnType<typeof assessmentBoardParams>>;

/** The ranking board (`?year=2026&group=…&units=time`): a year, a ranking group by its code (the groups are data per year), the units view. */
export const rankingBoardParams = (span: DataSpan) =>
  z.object({ year: recordYearParam(span).optional(), group: textParam(40).optional(), units: choiceParam(UNITS_VIEWS).optional() });
