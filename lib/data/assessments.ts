// The yearly agency assessment as pages read it (DESIGN §5.6): a group's board for a year, an
// agency's history, and the head-of-agency alerts of DESIGN §6. Agency staff read only their own
// agency's rows: the scope is in every `where`.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AssessmentGroup, Rating } from "@/lib/generated/prisma/enums";
import { can, readableAgencies, scopeIncludes, type Viewer } from "@/lib/auth/permissions";
import { unsafeListRankingGroups } from "@/lib/data/ranking-groups";
import { unitLens } from "@/lib/data/province/unit-lens";
import type { RankingGroupDef } from "@/lib/org/groups";
import { unitLabel } from "@/lib/org/labels";
import type { UnitsView } from "@/lib/org/views";
import { getDb } from "@/lib/db";
import { toNumber } from "@/lib/data/indices";
import { ratingAlerts, type RatingAlert } from "@/lib/metrics/indices";

function scopeWhere(viewer: Viewer): Prisma.AgencyAssessmentWhereInput | null {
  const scope = readableAgencies(viewer);
  if (scope === "none") return null;
  return scope === "all" ? {} : { agencyId: { in: [...scope.agencyIds] } };
}

/** Years that have assessments or bands, newest first. */
export async function listAssessmentYears(viewer: Viewer): Promise<number[]> {
  if (!can(viewer, "scorecard.read")) return [];
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
  return rows.map((r) => boardRow(r, alerts, year));
}

type AssessedRow = Pick<Prisma.AgencyAssessmentGetPayload<object>, "agencyId" | "maxScore" | "selfScore" | "appraisedScore" | "rank" | "rating"> & { agency: { name: string } };

/** One assessed agency as a board shows it, with its rating alerts of `year`. */
function boardRow(r: AssessedRow, alerts: Map<number, RatingAlert[]>, year: number): BoardRow {
  return {
    agencyId: r.agencyId,
    agencyName: r.agency.name,
    maxScore: Number(r.maxScore.toString()),
    selfScore: toNumber(r.selfScore),
    appraisedScore: toNumber(r.appraisedScore),
    rank: r.rank,
    rating: r.rating,
    alerts: (alerts.get(r.agencyId) ?? []).filter((a) => a.year === year),
  };
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

export type RankingBoardRow = BoardRow & {
  /** the unit's name as the table shows it (an ended unit with its last day) */
  label: string;
  /** today's units: a unit not assessed in the year shows its predecessors' results of that year */
  predecessors: (BoardRow & { label: string; groupName: string | null; groupNameEn: string | null; groupSize: number })[];
};

export type RankingBoard = {
  view: UnitsView;
  /** the year whose groups the board lists: the year asked (units of the time) or the data's year (today's units) */
  groupYear: number | null;
  groups: RankingGroupDef[];
  group: RankingGroupDef | null;
  rows: RankingBoardRow[];
};

/**
 * A year's assessments within one ranking group (khối), as the viewer may read them. By the units of
 * the time: the group of that year and its members' results as recorded. By today's units: today's
 * group and units; a unit formed later shows its predecessors' results of that year (scores are not
 * added up: each stays with the unit assessed, with its rank in its own group).
 */
export async function getRankingBoard(viewer: Viewer, year: number, groupCode: string | undefined, view: UnitsView): Promise<RankingBoard> {
  const lens = await unitLens(view);
  const groupYear = view === "today" ? Number(lens.organisation.asOf.slice(0, 4)) : year;
  const groups = await unsafeListRankingGroups(groupYear);
  const group = groups.find((g) => g.code === groupCode) ?? groups[0] ?? null;
  const scope = scopeWhere(viewer);
  if (!group || scope === null) return { view, groupYear: groups.length > 0 ? groupYear : null, groups, group, rows: [] };
  const members = group.members.filter((id) => scopeIncludes(readableAgencies(viewer), id));
  const sources = new Map(members.map((id) => [id, view === "today" ? lens.sourcesOf(id) : [id]]));
  const db = getDb();
  const [assessed, groupSizes] = await Promise.all([
    db.agencyAssessment.findMany({
      where: { AND: [scope, { year, agencyId: { in: [...new Set([...sources.values()].flat())] } }] },
      select: { agencyId: true, maxScore: true, selfScore: true, appraisedScore: true, rank: true, rating: true, agency: { select: { name: true } } },
    }),
    db.rankingGroupMember.findMany({ where: { year }, select: { agencyId: true, group: { select: { name: true, nameEn: true, _count: { select: { members: true } } } } } }),
  ]);
  const memberOf = new Map(groupSizes.map((m) => [m.agencyId, { name: m.group.name, nameEn: m.group.nameEn, size: m.group._count.members }]));
  const alerts = await alertsOf(assessed.map((r) => r.agencyId));
  const rowOf = (r: (typeof assessed)[number]): BoardRow & { label: string } => ({
    ...boardRow(r, alerts, year),
    label: unitLabel(lens.unit(r.agencyId) ?? { name: r.agency.name, validTo: null }),
  });
  const byAgency = new Map(assessed.map((r) => [r.agencyId, r]));
  const rows = members.map((id): RankingBoardRow => {
    const own = byAgency.get(id);
    const unit = lens.unit(id);
    const empty: RankingBoardRow = {
      agencyId: id, agencyName: unit?.name ?? String(id), label: unitLabel(unit ?? { name: String(id), validTo: null }),
      maxScore: 100, selfScore: null, appraisedScore: null, rank: null, rating: null, alerts: [], predecessors: [],
    };
    if (own) return { ...rowOf(own), predecessors: [] };
    const predecessors = (sources.get(id) ?? []).flatMap((source) => {
      const found = source === id ? undefined : byAgency.get(source);
      return found ? [{ ...rowOf(found), groupName: memberOf.get(source)?.name ?? null, groupNameEn: memberOf.get(source)?.nameEn ?? null, groupSize: memberOf.get(source)?.size ?? 0 }] : [];
    });
    return { ...empty, predecessors: predecessors.sort((a, b) => (b.appraisedScore ?? 0) - (a.appraisedScore ?? 0)) };
  });
  rows.sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.label.localeCompare(b.label, "vi"));
  return { view, groupYear, groups, group, rows };
}
