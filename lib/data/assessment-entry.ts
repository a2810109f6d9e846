// Home Affairs' writes to the yearly assessment, inside the action wrapper's transaction
// ("assessment.manage", checked there and again here). After every change the group's ranks and the year's
// ratings are recomputed from the scores and the bands: they are never typed by hand.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AssessmentGroup, Rating } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/permissions";
import { addFieldIssue, AppError, hasFieldIssues, type FieldIssues } from "@/lib/errors";
import { requirePermission } from "@/lib/data/scope";
import { wordsOf } from "@/lib/notifications/words";
import { bandFor, rankByScore, roundTo, SUM_TOLERANCE, type Band } from "@/lib/metrics/indices";
import type { AgencyAssessmentInput, CriterionDefinitionInput, RatingBandsInput } from "@/lib/validations/assessments";

type Db = Prisma.TransactionClient;

const RATING_LABEL_KEYS = {
  EXCELLENT: "assessments.rating.EXCELLENT",
  GOOD: "assessments.rating.GOOD",
  AVERAGE: "assessments.rating.AVERAGE",
  WEAK: "assessments.rating.WEAK",
} as const satisfies Record<Rating, string>;

/**
 * Ranks within the group and ratings under the year's bands, from the appraised scores. Where the
 * year has ranking groups (khối, issue 15) a unit is ranked within its khối — two old provinces'
 * departments are never ranked together; otherwise within the assessment group.
 */
async function recomputeGroup(tx: Db, year: number, group: AssessmentGroup): Promise<void> {
  const [rows, bandRows, members] = await Promise.all([
    tx.agencyAssessment.findMany({ where: { year, group }, select: { id: true, agencyId: true, appraisedScore: true } }),
    tx.ratingBand.findMany({ where: { year }, select: { rating: true, minScore: true } }),
    tx.rankingGroupMember.findMany({ where: { year }, select: { agencyId: true, groupId: true } }),
  ]);
  const bands: Band[] = bandRows.map((b) => ({ rating: b.rating, minScore: Number(b.minScore.toString()) }));
  const khoi = new Map(members.map((m) => [m.agencyId, m.groupId]));
  const scores = rows.map((r) => ({ key: r.id, score: r.appraisedScore === null ? null : Number(r.appraisedScore.toString()) }));
  const ranks = new Map<number, number | null>();
  for (const groupId of new Set(rows.map((r) => khoi.get(r.agencyId) ?? null))) {
    const within = new Set(rows.filter((r) => (khoi.get(r.agencyId) ?? null) === groupId).map((r) => r.id));
    for (const [key, rank] of rankByScore(scores.filter((s) => within.has(s.key)))) ranks.set(key, rank);
  }
  for (const { key, score } of scores) {
    await tx.agencyAssessment.update({
      where: { id: key },
      data: { rank: ranks.get(key) ?? null, rating: score === null ? null : bandFor(score, bands) },
    });
  }
}

/** A total must stay within the maximum and, where every criterion is scored, equal their sum. */
function checkTotal(
  issues: FieldIssues,
  field: "selfScore" | "appraisedScore",
  total: number | null,
  parts: (number | null)[],
  max: number,
): number | null {
  if (total !== null && (total < 0 || total > max)) {
    addFieldIssue(issues, field, { code: "ASSESSMENT_TOTAL_RANGE", args: { max: { score: max } } });
  }
  if (parts.length === 0 || parts.some((p) => p === null)) return total;
  const sum = roundTo(parts.reduce<number>((s, p) => s + (p ?? 0), 0), 2);
  if (total === null) return sum;
  if (Math.abs(sum - total) > SUM_TOLERANCE) addFieldIssue(issues, field, { code: "ASSESSMENT_SUM_MISMATCH", args: { sum: { score: sum } } });
  return total;
}

export type SavedAssessment = { id: number; agencyId: number; year: number; group: AssessmentGroup };

export async function saveAgencyAssessment(tx: Db, viewer: Viewer, input: AgencyAssessmentInput): Promise<SavedAssessment> {
  requirePermission(viewer, "assessment.manage");
  const agency = await tx.agency.findUnique({ where: { id: input.agencyId }, select: { id: true } });
  if (!agency) throw new AppError("ASSESSMENT_AGENCY_NOT_FOUND", {}, { field: "agencyId" });
  const criteria = await tx.assessmentCriterion.findMany({ where: { year: input.year, group: input.group } });
  const issues: FieldIssues = {};
  for (const entry of input.criteria) {
    const criterion = criteria.find((c) => c.id === entry.criterionId);
    if (!criterion) throw new AppError("ASSESSMENT_CRITERION_NOT_FOUND");
    const max = Number(criterion.maxScore.toString());
    for (const [kind, value] of [["self", entry.selfScore], ["appraised", entry.appraisedScore]] as const) {
      if (value !== null && (value < 0 || value > max)) {
        addFieldIssue(issues, `criterion.${criterion.id}.${kind}`, { code: "ASSESSMENT_CRITERION_RANGE", args: { max: { score: max } } });
      }
    }
  }
  const scored = criteria.map((c) => input.criteria.find((e) => e.criterionId === c.id));
  const anyCriterion = input.criteria.some((e) => e.selfScore !== null || e.appraisedScore !== null);
  const maxScore = 100;
  const selfScore = checkTotal(issues, "selfScore", input.selfScore, anyCriterion ? scored.map((e) => e?.selfScore ?? null) : [], maxScore);
  const appraisedScore = checkTotal(
    issues,
    "appraisedScore",
    input.appraisedScore,
    anyCriterion ? scored.map((e) => e?.appraisedScore ?? null) : [],
    maxScore,
  );
  if (selfScore === null && appraisedScore === null) addFieldIssue(issues, "appraisedScore", { code: "ASSESSMENT_NO_SCORE" });
  if (hasFieldIssues(issues)) throw new AppError("INVALID_INPUT", {}, { fields: issues });

  const previous = await tx.agencyAssessment.findUnique({
    where: { agencyId_year: { agencyId: input.agencyId, year: input.year } },
    select: { group: true },
  });
  const saved = await tx.agencyAssessment.upsert({
    where: { agencyId_year: { agencyId: input.agencyId, year: input.year } },
    create: { agencyId: input.agencyId, year: input.year, group: input.group, maxScore, selfScore, appraisedScore },
    update: { group: input.group, selfScore, appraisedScore },
    select: { id: true },
  });
  await tx.assessmentCriterionScore.deleteMany({ where: { assessmentId: saved.id } });
  const given = input.criteria.filter((e) => e.selfScore !== null || e.appraisedScore !== null || e.evidence !== null);
  if (given.length > 0) {
    await tx.assessmentCriterionScore.createMany({
      data: given.map((e) => ({
        assessmentId: saved.id,
        criterionId: e.criterionId,
        selfScore: e.selfScore,
        appraisedScore: e.appraisedScore,
        evidence: e.evidence,
      })),
    });
  }
  await recomputeGroup(tx, input.year, input.group);
  if (previous && previous.group !== input.group) await recomputeGroup(tx, input.year, previous.group);
  return { id: saved.id, agencyId: input.agencyId, year: input.year, group: input.group };
}

export type SavedBands = { year: number };

/** A year's bands (Yếu from 0); every group of the year is re-rated. */
export async function saveRatingBands(tx: Db, viewer: Viewer, input: RatingBandsInput): Promise<SavedBands> {
  requirePermission(viewer, "assessment.manage");
  const bands: [Rating, number][] = [
    ["EXCELLENT", input.EXCELLENT],
    ["GOOD", input.GOOD],
    ["AVERAGE", input.AVERAGE],
    ["WEAK", 0],
  ];
  // the stored label is the Vietnamese name (the column predates issue 23); pages word a band from its rating, in the reader's language
  const { t } = wordsOf();
  for (const [rating, minScore] of bands) {
    const label = t(RATING_LABEL_KEYS[rating]);
    await tx.ratingBand.upsert({
      where: { year_rating: { year: input.year, rating } },
      create: { year: input.year, rating, label, minScore },
      update: { minScore },
    });
  }
  const groups = await tx.agencyAssessment.findMany({ where: { year: input.year }, distinct: ["group"], select: { group: true } });
  for (const { group } of groups) await recomputeGroup(tx, input.year, group);
  return { year: input.year };
}

export type AddedCriterion = { id: number; year: number; group: AssessmentGroup };

export async function addCriterion(tx: Db, viewer: Viewer, input: CriterionDefinitionInput): Promise<AddedCriterion> {
  requirePermission(viewer, "assessment.manage");
  const existing = await tx.assessmentCriterion.findMany({ where: { year: input.year, group: input.group }, select: { code: true, maxScore: true } });
  if (existing.some((c) => c.code === input.code)) {
    throw new AppError("ASSESSMENT_CRITERION_DUPLICATE", {}, { field: "code" });
  }
  const total = existing.reduce((s, c) => s + Number(c.maxScore.toString()), 0) + input.maxScore;
  if (total > 100 + 1e-9) {
    throw new AppError("ASSESSMENT_CRITERIA_OVER", { total: { score: roundTo(total, 2) } }, { field: "maxScore" });
  }
  const created = await tx.assessmentCriterion.create({
    data: { ...input, sortOrder: existing.length + 1 },
    select: { id: true },
  });
  return { id: created.id, year: input.year, group: input.group };
}
