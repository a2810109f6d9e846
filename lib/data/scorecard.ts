// The leaders' scorecard (issue 4): each section's figures for a period, its previous period and
// the same period a year earlier. Dossiers come from the rollups only (lib/data/dossier-stats),
// tasks and staffing from issue 8's reads, indices from issue 7's; this file only composes them,
// adds the one small read they lack (each agency's latest internal rating) and runs the reads of
// a section in parallel.
import "server-only";
import { cache } from "react";
import { readableAgencies, type Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { getDataAsOf } from "@/lib/data/as-of";
import { getAgencyDossierCounts, getMonthlyDossierCounts, getProvinceDossierCounts } from "@/lib/data/dossier-stats";
import { getProvinceStaffing, getStaffingProgress, getStaffingYear, type StaffingTargetProgress } from "@/lib/data/staffing";
import { getIndexSummaries } from "@/lib/data/indices";
import { getTaskCountsByAgency, getTaskSummary, getTaskTrend, type PeriodTaskCounts, type TaskSummary } from "@/lib/data/tasks";
import { agencyBreaksLateRule, dossierFigures, type DossierFigures } from "@/lib/metrics/dossiers";
import { previousPeriod, samePeriodLastYear, type LocalDate, type Period } from "@/lib/metrics/periods";
import { chartWindow, monthPeriodsOf, type LeagueRow, type RatingCode } from "@/lib/metrics/scorecard";

/** The indices' summaries, read once per request (the cards and the chart both show them). */
export const getScorecardIndices = cache((viewer: Viewer) => getIndexSummaries(viewer));

export type Compared<T> = { current: T; previous: T; yearAgo: T };

export type ComparisonPeriods = Compared<Period>;

export function comparisonPeriods(period: Period): ComparisonPeriods {
  return { current: period, previous: previousPeriod(period), yearAgo: samePeriodLastYear(period) };
}

export type ScorecardDossiers = Compared<DossierFigures> & {
  /** unresolved and past their due day at the end of the data's "today" */
  overdueNow: number;
  dataAsOf: LocalDate;
};

/** Province dossier figures of the three periods and the dossiers overdue now, from rollups. */
export async function getScorecardDossiers(period: Period): Promise<ScorecardDossiers> {
  const periods = comparisonPeriods(period);
  const dataAsOf = await getDataAsOf();
  const [current, previous, yearAgo, today] = await Promise.all([
    getProvinceDossierCounts(periods.current),
    getProvinceDossierCounts(periods.previous),
    getProvinceDossierCounts(periods.yearAgo),
    getProvinceDossierCounts({ kind: "range", from: dataAsOf, to: dataAsOf }),
  ]);
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
  const periods = comparisonPeriods(period);
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

/** Progress towards the quota-cut targets and the streamlining cases since the baseline. */
export async function getScorecardStaffing(): Promise<ScorecardStaffing> {
  const [progress, totals, year] = await Promise.all([getStaffingProgress(), getProvinceStaffing(), getStaffingYear()]);
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

export type LatestRating = { rating: RatingCode; year: number };

/** Each readable agency's latest internal assessment that carries a rating (DESIGN §5.6). */
export async function getLatestRatings(viewer: Viewer): Promise<Map<number, LatestRating>> {
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

/** The agencies a viewer's league table lists: every agency in force during the period, in scope. */
async function leagueAgencies(viewer: Viewer, period: Period): Promise<{ id: number; name: string }[]> {
  const scope = readableAgencies(viewer);
  if (scope === "none") return [];
  return getDb().agency.findMany({
    where: {
      ...(scope === "all" ? {} : { id: { in: [...scope.agencyIds] } }),
      validFrom: { lte: new Date(`${period.to}T00:00:00Z`) },
      OR: [{ validTo: null }, { validTo: { gte: new Date(`${period.from}T00:00:00Z`) } }],
    },
    select: { id: true, name: true },
  });
}

/** Every agency with its dossier late rate, task on-time rate and latest rating (unsorted). */
export async function getAgencyLeague(viewer: Viewer, period: Period): Promise<LeagueRow[]> {
  const [agencies, dossiers, tasks, ratings] = await Promise.all([
    leagueAgencies(viewer, period),
    getAgencyDossierCounts(viewer, period),
    getTaskCountsByAgency(viewer, period),
    getLatestRatings(viewer),
  ]);
  const tasksByAgency = new Map(tasks.map((row) => [row.agencyId, row]));
  return agencies.map((agency) => {
    const counts = dossiers.get(agency.id);
    const figures = counts ? dossierFigures(counts) : null;
    const task = tasksByAgency.get(agency.id);
    const rating = ratings.get(agency.id) ?? null;
    const lateRate = figures?.lateRate ?? null;
    return {
      agencyId: agency.id,
      agencyName: agency.name,
      lateRate,
      toProcess: figures?.toProcess ?? 0,
      taskOnTimeRate: task?.rates.onTimeRate ?? null,
      tasksAssigned: task?.counts.assigned ?? 0,
      rating: rating?.rating ?? null,
      ratingYear: rating?.year ?? null,
      breaksLateRule: agencyBreaksLateRule(lateRate),
    };
  });
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
