// The leaders' scorecard (issue 4): each section's figures for a period, its previous period and
// the same period a year earlier. Dossiers come from the rollups only (lib/data/dossier-stats),
// tasks and staffing from issue 8's reads, indices from issue 7's; this file only composes them,
// adds the one small read they lack (each agency's latest internal rating) and runs the reads of
// a section in parallel.
import "server-only";
import { sharedRead } from "@/lib/data/province/cache";
import { cache } from "react";
import { can, readableAgencies, type Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { getDataAsOf, getDataYear } from "@/lib/data/province/settings";
import { getAgencyDossierCounts, getMonthlyDossierCounts, getProvinceDossierCounts } from "@/lib/data/dossier-stats";
import { getProvinceStaffing, getStaffingProgress, type StaffingTargetProgress } from "@/lib/data/staffing";
import { getIndexSummaries } from "@/lib/data/indices";
import { getTaskCountsByAgency, getTaskSummary, getTaskTrend, type PeriodTaskCounts, type TaskSummary } from "@/lib/data/tasks";
import { agencyBreaksLateRule, dossierFigures, EMPTY_DOSSIER_COUNTS, type DossierCounts, type DossierFigures } from "@/lib/metrics/dossiers";
import { onTimeBase, taskRates } from "@/lib/metrics/tasks";
import { unitLens } from "@/lib/data/province/unit-lens";
import { unsafeListRankingGroups } from "@/lib/data/ranking-groups";
import type { RankingGroupDef } from "@/lib/org/groups";
import { DEFAULT_UNITS_VIEW, type UnitsView } from "@/lib/org/views";
import { likeForLike, type LocalDate, type Period } from "@/lib/metrics/periods";
import type { Rating } from "@/lib/generated/prisma/enums";
import { chartWindow, monthPeriodsOf, type LeagueRow } from "@/lib/metrics/scorecard";

/** The indices' summaries, read once per request (the cards and the chart both show them). */
export const getScorecardIndices = cache((viewer: Viewer) => getIndexSummaries(viewer));

export type Compared<T> = { current: T; previous: T; yearAgo: T };

export type ComparisonPeriods = Compared<Period>;

/** The period cut at the data's day and its like-for-like comparisons (DESIGN §5.2a, lib/metrics/periods likeForLike). */
export function comparisonPeriods(period: Period, dataAsOf: LocalDate): ComparisonPeriods {
  return likeForLike(period, dataAsOf);
}

export type ScorecardDossiers = Compared<DossierFigures> & {
  /** unresolved and past their due day at the end of the data's "today" */
  overdueNow: number;
  dataAsOf: LocalDate;
};

/** Province dossier figures of the three periods and the dossiers overdue now, from rollups; null when refused. */
export async function getScorecardDossiers(viewer: Viewer, period: Period): Promise<ScorecardDossiers | null> {
  const dataAsOf = await getDataAsOf();
  const periods = comparisonPeriods(period, dataAsOf);
  const [current, previous, yearAgo, today] = await Promise.all([
    getProvinceDossierCounts(viewer, periods.current),
    getProvinceDossierCounts(viewer, periods.previous),
    getProvinceDossierCounts(viewer, periods.yearAgo),
    getProvinceDossierCounts(viewer, { kind: "range", from: dataAsOf, to: dataAsOf }),
  ]);
  if (!current || !previous || !yearAgo || !today) return null;
  return {
    current: dossierFigures(current),
    previous: dossierFigures(previous),
    yearAgo: dossierFigures(yearAgo),
    overdueNow: today.overdueAtEnd,
    dataAsOf,
  };
}

export type ScorecardTasks = { current: TaskSummary; previous: PeriodTaskCounts; yearAgo: PeriodTaskCounts };

/** Province task figures of the three periods (each read on its own status day) and overdue now. */
export async function getScorecardTasks(viewer: Viewer, period: Period): Promise<ScorecardTasks | null> {
  const periods = comparisonPeriods(period, await getDataAsOf());
  const [current, trend] = await Promise.all([
    getTaskSummary(viewer, periods.current),
    getTaskTrend(viewer, [periods.previous, periods.yearAgo]),
  ]);
  if (!current || !trend) return null;
  return { current, previous: trend[0]!, yearAgo: trend[1]! };
}

export type ScorecardStaffing = {
  year: number;
  targets: StaffingTargetProgress[];
  /** streamlining cases per year after the targets' baseline year, through `year` */
  streamlined: { year: number; cases: number }[];
};

/** Progress towards the quota-cut targets and the streamlining cases since the baseline; null when refused. */
export async function getScorecardStaffing(viewer: Viewer): Promise<ScorecardStaffing | null> {
  if (!can(viewer, "scorecard.read")) return null;
  const [progress, totals, year] = await Promise.all([getStaffingProgress(viewer), getProvinceStaffing(viewer), getDataYear()]);
  // the percentage targets are the programme's (−5 % / −10 %); the COUNT ones restate them as levels
  const targets = progress.filter((p) => p.target.unit === "PERCENT");
  const baseline = Math.min(...targets.map((p) => p.target.baselineYear), year);
  const byYear = new Map<number, number>();
  for (const row of totals) {
    if (row.year <= baseline || row.year > year) continue;
    byYear.set(row.year, (byYear.get(row.year) ?? 0) + row.streamlined);
  }
  const streamlined = [...byYear].sort(([a], [b]) => a - b).map(([y, cases]) => ({ year: y, cases }));
  return { year, targets, streamlined };
}

export type LatestRating = { rating: Rating; year: number };

/** Each readable agency's latest internal assessment that carries a rating (DESIGN §5.6). */
async function computeLatestRatings(viewer: Viewer): Promise<Map<number, LatestRating>> {
  const scope = readableAgencies(viewer);
  if (scope === "none") return new Map();
  const rows = await getDb().agencyAssessment.findMany({
    where: { rating: { not: null }, ...(scope === "all" ? {} : { agencyId: { in: [...scope.agencyIds] } }) },
    select: { agencyId: true, year: true, rating: true },
    orderBy: [{ agencyId: "asc" }, { year: "desc" }],
  });
  const latest = new Map<number, LatestRating>();
  for (const row of rows) {
    if (!latest.has(row.agencyId) && row.rating) latest.set(row.agencyId, { rating: row.rating, year: row.year });
  }
  return latest;
}

const DOSSIER_KEYS = Object.keys(EMPTY_DOSSIER_COUNTS) as (keyof DossierCounts)[];
const TASK_KEYS = ["assigned", "doneOnTime", "doneLate", "inProgress", "overdue"] as const;

export type League = {
  view: UnitsView;
  /** the year whose ranking groups the table uses (null: none recorded) */
  groupYear: number | null;
  groups: RankingGroupDef[];
  rows: LeagueRow[];
};

/**
 * Every unit the view lists (today's units, or the units of the period's time) with its dossier late
 * rate, the same rate a year earlier, its task on-time rate and latest rating; unsorted. By today's
 * units a year earlier means the unit's predecessors then, so the change across a merger is like for
 * like; by the units of the time a unit that did not exist a year earlier has none.
 */
export async function getAgencyLeague(viewer: Viewer, period: Period, view: UnitsView = DEFAULT_UNITS_VIEW): Promise<League> {
  const [lens, dataAsOf] = await Promise.all([unitLens(view), getDataAsOf()]);
  const periods = comparisonPeriods(period, dataAsOf);
  const groupYear = view === "today" ? Number(lens.organisation.asOf.slice(0, 4)) : Number(period.to.slice(0, 4));
  const [dossiers, yearAgo, tasks, ratings, groups] = await Promise.all([
    getAgencyDossierCounts(viewer, periods.current),
    getAgencyDossierCounts(viewer, periods.yearAgo),
    getTaskCountsByAgency(viewer, periods.current),
    getLatestRatings(viewer),
    unsafeListRankingGroups(groupYear),
  ]);
  const byUnit = lens.rollUp(dossiers, DOSSIER_KEYS).byUnit;
  const yearAgoByUnit = lens.rollUp(yearAgo, DOSSIER_KEYS).byUnit;
  const taskByUnit = lens.rollUp(new Map(tasks.map((row) => [row.agencyId, row.counts])), TASK_KEYS).byUnit;
  const rows = lens.listedUnits(viewer, period).map((unit): LeagueRow => {
    const counts = byUnit.get(unit.id);
    const figures = counts ? dossierFigures(counts) : null;
    const before = yearAgoByUnit.get(unit.id);
    const task = taskByUnit.get(unit.id);
    const taskRate = task ? taskRates(task) : null;
    const rating = ratings.get(unit.id) ?? null;
    const lateRate = figures?.lateRate ?? null;
    return {
      agencyId: unit.id,
      agencyName: unit.name,
      closedOn: unit.validTo,
      lateRate,
      lateRateYearAgo: before ? dossierFigures(before).lateRate : null,
      toProcess: figures?.toProcess ?? 0,
      taskOnTimeRate: taskRate?.onTimeRate ?? null,
      tasksAssigned: task?.assigned ?? 0,
      tasksDecided: task ? onTimeBase(task) : 0,
      rating: rating?.rating ?? null,
      ratingYear: rating?.year ?? null,
      breaksLateRule: agencyBreaksLateRule(lateRate),
    };
  });
  return { view, groupYear: groups.length > 0 ? groupYear : null, groups, rows };
}

export type MonthPoint = { month: LocalDate; figures: DossierFigures; tasks: PeriodTaskCounts["counts"] & { onTimeRate: number | null; completionRate: number | null } };

/** The charts' months (see chartWindow): dossier figures and tasks assigned, month by month. */
export async function getScorecardSeries(viewer: Viewer, period: Period): Promise<{ window: Period; months: MonthPoint[] }> {
  const window = chartWindow(period, await getDataAsOf());
  const [dossierMonths, taskMonths] = await Promise.all([
    getMonthlyDossierCounts(viewer, window),
    getTaskTrend(viewer, monthPeriodsOf(window)),
  ]);
  const months = dossierMonths.map((row, i) => {
    const task = taskMonths?.[i];
    return {
      month: row.month,
      figures: dossierFigures(row.counts),
      tasks: {
        assigned: task?.counts.assigned ?? 0,
        doneOnTime: task?.counts.doneOnTime ?? 0,
        doneLate: task?.counts.doneLate ?? 0,
        inProgress: task?.counts.inProgress ?? 0,
        overdue: task?.counts.overdue ?? 0,
        onTimeRate: task?.rates.onTimeRate ?? null,
        completionRate: task?.rates.completionRate ?? null,
      },
    };
  });
  return { window, months };
}

// Shared between viewers of the same read scope, recomputed when their data change (lib/data/province/cache.ts).
export const getLatestRatings = sharedRead("assessments.latestRatings", ["assessments"], computeLatestRatings);
