// The yearly assessment's definitions (DESIGN §5.6): each year's rating bands and criteria, set
// by Home Affairs and the same for every viewer. Scores and ranks are read through the viewer's
// scope (lib/data/assessments.ts).
import "server-only";
import type { AssessmentGroup, Rating } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";

export type BandRow = { rating: Rating; label: string; minScore: number };

export async function listRatingBands(year: number): Promise<BandRow[]> {
  const rows = await getDb().ratingBand.findMany({ where: { year }, orderBy: { minScore: "desc" } });
  return rows.map((b) => ({ rating: b.rating, label: b.label, minScore: Number(b.minScore.toString()) }));
}

export type CriterionDefinition = { id: number; code: string; name: string; maxScore: number };

export async function listCriteria(year: number, group: AssessmentGroup): Promise<CriterionDefinition[]> {
  const rows = await getDb().assessmentCriterion.findMany({
    where: { year, group },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, code: true, name: true, maxScore: true },
  });
  return rows.map((c) => ({ ...c, maxScore: Number(c.maxScore.toString()) }));
}
