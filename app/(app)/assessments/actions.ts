"use server";
// Home Affairs runs the yearly agency assessment (DESIGN §5.6): scores per agency and criterion,
// the year's rating bands and criteria. The wrapper checks "assessment.manage".
import { actionsFor, resultId } from "@/lib/auth/action";
import * as entry from "@/lib/data/assessment-entry";
import { agencyAssessmentSchema, criterionSchema, ratingBandsSchema } from "@/lib/validations/assessments";

export type SavedAssessment = entry.SavedAssessment;
export type SavedBands = entry.SavedBands;
export type AddedCriterion = entry.AddedCriterion;

const BOARD = "/assessments";
const manage = actionsFor("assessment.manage", { revalidate: [BOARD] });

export const saveAgencyAssessment = manage(agencyAssessmentSchema, entry.saveAgencyAssessment, {
  audit: {
    event: "ASSESSMENT_SAVED",
    entityId: resultId,
    details: (input) => ({
      agencyId: input.agencyId,
      year: input.year,
      group: input.group,
      selfScore: input.selfScore,
      appraisedScore: input.appraisedScore,
      criteria: input.criteria.length,
    }),
  },
  revalidate: (input) => [BOARD, `/agencies/${input.agencyId}`],
});

export const saveRatingBands = manage(ratingBandsSchema, entry.saveRatingBands, {
  audit: { event: "RATING_BANDS_SAVED", entityId: (input) => String(input.year), details: (input) => ({ EXCELLENT: input.EXCELLENT, GOOD: input.GOOD, AVERAGE: input.AVERAGE }) },
});

export const addCriterion = manage(criterionSchema, entry.addCriterion, {
  audit: { event: "ASSESSMENT_CRITERION_ADDED", entityId: resultId, details: (input) => ({ year: input.year, group: input.group, code: input.code, maxScore: input.maxScore }) },
  revalidate: () => [BOARD, `${BOARD}/entry`],
});
