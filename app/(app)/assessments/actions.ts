"use server";
// Home Affairs runs the yearly agency assessment (DESIGN §5.6): scores per agency and criterion,
// the year's rating bands and criteria. The wrapper checks "assessment.manage".
import { action } from "@/lib/auth/action";
import * as entry from "@/lib/data/assessment-entry";
import { agencyAssessmentSchema, criterionSchema, ratingBandsSchema } from "@/lib/validations/assessments";

export type SavedAssessment = entry.SavedAssessment;
export type SavedBands = entry.SavedBands;
export type AddedCriterion = entry.AddedCriterion;

const BOARD = "/assessments";

export const saveAgencyAssessment = action(
  {
    permission: "assessment.manage",
    schema: agencyAssessmentSchema,
    audit: {
      event: "ASSESSMENT_SAVED",
      entityId: (_input, result: SavedAssessment) => String(result.id),
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
  },
  (input, { tx, viewer }) => entry.saveAgencyAssessment(tx, viewer, input),
);

export const saveRatingBands = action(
  {
    permission: "assessment.manage",
    schema: ratingBandsSchema,
    audit: {
      event: "RATING_BANDS_SAVED",
      entityId: (input) => String(input.year),
      details: (input) => ({ EXCELLENT: input.EXCELLENT, GOOD: input.GOOD, AVERAGE: input.AVERAGE }),
    },
    revalidate: () => [BOARD],
  },
  (input, { tx, viewer }) => entry.saveRatingBands(tx, viewer, input),
);

export const addCriterion = action(
  {
    permission: "assessment.manage",
    schema: criterionSchema,
    audit: {
      event: "ASSESSMENT_CRITERION_ADDED",
      entityId: (_input, result: AddedCriterion) => String(result.id),
      details: (input) => ({ year: input.year, group: input.group, code: input.code, maxScore: input.maxScore }),
    },
    revalidate: () => [BOARD, `${BOARD}/entry`],
  },
  (input, { tx, viewer }) => entry.addCriterion(tx, viewer, input),
);
