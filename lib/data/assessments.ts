// The yearly agency assessment as pages read it (DESIGN §5.6): a group's board for a year, an
// agency's history, and the head-of-agency alerts of DESIGN §6. Agency staff read only their own
// agency's rows: the scope is in every `where`.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AssessmentGroup, Rating } from "@/lib/generated/prisma/enums";
import { readableAgencies, type Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { toNumber } from "@/lib/data/indices";
import { ratingAlerts, type RatingAlert } from "@/lib/metrics/indices";

export const GROUPS: readonly AssessmentGroup[] = ["DEPARTMENT", "DISTRICT", "COMMUNE"];

function scopeWhere(viewer: Viewer): Prisma.AgencyAssessmentWhereInput | null {
  const scope = readableAgencies(viewer);
  if (scope === "none") return null;
  return scope === "all" ? {} : { agencyId: { in: [...scope.agencyIds] } };
}

export type BandRow = { rating: Rating; label: string; minScore: number };

export async function listRatingBands(year: number): Promise<BandRow[]> {
  const rows = await getDb().ratingBand.findMany({ where: { year }, orderBy: { minScore: "desc" } });
  return rows.map((b) => ({ rating: b.rating, label: b.label, minScore: Number(b.minScore.toString()) }));
}

/** Years that have assessments or bands, newest first. */
export async function listAssessmentYears(): Promise<number[]> {
  const db = getDb();
  const [assessed, banded] = await Promise.all([
    db.agencyAssessment.findMany({ distinct: ["year"], select: { year: true } }),
    db.ratingBand.findMany({ distinct: ["year"], select: { year: true } }),
  ]);
  return [...new Set([...assessed, ...banded].map((r) => r.year))].sort((a, b) => b - a);
}

export type BoardRow = {
  agencyId: number;
  agencyName: string;
  maxScore: number;
  selfScore: number | null;
  appraisedScore: number | null;
  rank: number | null;
  rating: Rating | null;
  alerts: RatingAlert[];
};

/** Alerts per agency over its whole history (the runs of DESIGN §6 need the earlier years). */
async function alertsOf(agencyIds: number[]): Promise<Map<number, RatingAlert[]>> {
  const history = await getDb().agencyAssessment.findMany({
    where: { agencyId: { in: agencyIds } },
    select: { agencyId: true, year: true, rating: true, appraisedScore: true },
  });
  const byAgency = new Map<number, { year: number; rating: Rating | null; score: number | null }[]>();
  for (const h of history) {
    const list = byAgency.get(h.agencyId) ?? [];
    list.push({ year: h.year, rating: h.rating, score: toNumber(h.appraisedScore) });
    byAgency.set(h.agencyId, list);
  }
  return new Map([...byAgency].map(([agencyId, list]) => [agencyId, ratingAlerts(list)]));
}

/** A group's assessments of a year as the viewer may read them, best rank first. */
export async function getAssessmentBoard(viewer: Viewer, year: number, group: AssessmentGroup): Promise<BoardRow[]> {
  const scope = scopeWhere(viewer);
  if (scope === null) return [];
  const rows = await getDb().agencyAssessment.findMany({
    where: { AND: [scope, { year, group }] },
    orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { agency: { name: "asc" } }],
    select: {
      agencyId: true,
      maxScore: true,
      selfScore: true,
      appraisedScore: true,
      rank: true,
      rating: true,
      agency: { select: { name: true } },
    },
  });
  const alerts = await alertsOf(rows.map((r) => r.agencyId));
  return rows.map((r) => ({
    agencyId: r.agencyId,
    agencyName: r.agency.name,
    maxScore: Number(r.maxScore.toString()),
    selfScore: toNumber(r.selfScore),
    appraisedScore: toNumber(r.appraisedScore),
    rank: r.rank,
    rating: r.rating,
    alerts: (alerts.get(r.agencyId) ?? []).filter((a) => a.year === year),
  }));
}

export type CriterionRow = {
  criterionId: number;
  code: string;
  name: string;
  maxScore: number;
  selfScore: number | null;
  appraisedScore: number | null;
  evidence: string | null;
};

export type HistoryRow = {
  year: number;
  group: AssessmentGroup;
  maxScore: number;
  selfScore: number | null;
  appraisedScore: number | null;
  rank: number | null;
  groupSize: number;
  rating: Rating | null;
  criteria: CriterionRow[];
};

export type AgencyAssessmentHistory = { rows: HistoryRow[]; alerts: RatingAlert[] };

/** An agency's assessments, newest first, and its alerts; empty outside the viewer's scope. */
export async function getAgencyAssessmentHistory(viewer: Viewer, agencyId: number): Promise<AgencyAssessmentHistory> {
  const scope = scopeWhere(viewer);
  if (scope === null) return { rows: [], alerts: [] };
  const db = getDb();
  const rows = await db.agencyAssessment.findMany({
    where: { AND: [scope, { agencyId }] },
    orderBy: { year: "desc" },
    select: {
      year: true,
      group: true,
      maxScore: true,
      selfScore: true,
      appraisedScore: true,
      rank: true,
      rating: true,
      criteria: {
        orderBy: { criterion: { sortOrder: "asc" } },
        select: {
          selfScore: true,
          appraisedScore: true,
          evidence: true,
          criterion: { select: { id: true, code: true, name: true, maxScore: true } },
        },
      },
    },
  });
  const sizes = await db.agencyAssessment.groupBy({
    by: ["year", "group"],
    where: { OR: rows.map((r) => ({ year: r.year, group: r.group })) },
    _count: { _all: true },
  });
  const sizeOf = (year: number, group: AssessmentGroup) =>
    sizes.find((s) => s.year === year && s.group === group)?._count._all ?? 0;
  const history = rows.map((r) => ({
    year: r.year,
    group: r.group,
    maxScore: Number(r.maxScore.toString()),
    selfScore: toNumber(r.selfScore),
    appraisedScore: toNumber(r.appraisedScore),
    rank: r.rank,
    groupSize: sizeOf(r.year, r.group),
    rating: r.rating,
    criteria: r.criteria.map((c) => ({
      criterionId: c.criterion.id,
      code: c.criterion.code,
      name: c.criterion.name,
      maxScore: Number(c.criterion.maxScore.toString()),
      selfScore: toNumber(c.selfScore),
      appraisedScore: toNumber(c.appraisedScore),
      evidence: c.evidence,
    })),
  }));
  const alerts = ratingAlerts(history.map((h) => ({ year: h.year, rating: h.rating, score: h.appraisedScore })));
  return { rows: history, alerts };
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
