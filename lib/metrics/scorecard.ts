// The scorecard's own arithmetic, pure: a figure against the previous period and the same period a
// year earlier, the months its charts cover, and the agency league table's order. The figures
// themselves come from lib/metrics/dossiers and lib/metrics/tasks (one definition each).
import type { Rating } from "@/lib/generated/prisma/enums";
import { changeOf } from "./dossiers";
import { RATING_ORDER } from "./indices";
import {
  addMonths,
  firstOfMonth,
  lastOfMonth,
  monthPeriod,
  monthsOf,
  quarterPeriod,
  rangePeriod,
  yearPeriod,
  type LocalDate,
  type Period,
} from "./periods";

export type Change = ReturnType<typeof changeOf>;

/** A figure of the period with its two comparisons; `higherIsBetter` null = neither is good nor bad. */
export type ComparedFigure = {
  value: number | null;
  previous: number | null;
  yearAgo: number | null;
  vsPrevious: Change;
  vsYearAgo: Change;
  higherIsBetter: boolean | null;
};

export function compareFigure(
  value: number | null,
  previous: number | null,
  yearAgo: number | null,
  higherIsBetter: boolean | null,
): ComparedFigure {
  const judge = (other: number | null): Change => {
    const change = changeOf(value, other, higherIsBetter ?? true);
    return higherIsBetter === null ? { ...change, good: null } : change;
  };
  return { value, previous, yearAgo, vsPrevious: judge(previous), vsYearAgo: judge(yearAgo), higherIsBetter };
}

/** Months shown by the charts: at least the twelve months ending with the period's last month. */
export const CHART_MONTHS = 12;

/**
 * The months the charts cover: the period's months when it spans a year or more, otherwise the
 * twelve months ending with its last month, so that a quarter is seen against the months before.
 * Months after the data's "today" are left out (nothing has happened in them yet).
 */
export function chartWindow(period: Period, dataAsOf: LocalDate): Period {
  const end = period.to < dataAsOf ? period.to : dataAsOf < period.from ? period.to : dataAsOf;
  const lastMonth = firstOfMonth(end);
  const earliest = addMonths(lastMonth, -(CHART_MONTHS - 1));
  const from = period.from < earliest ? firstOfMonth(period.from) : earliest;
  return rangePeriod(from, lastOfMonth(lastMonth));
}

/** Each month of a window as a month period (for reads per month). */
export function monthPeriodsOf(window: Period): Period[] {
  return monthsOf(window).map((month) => monthPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7))));
}

// ───────────────────────────── league table ─────────────────────────────


export type LeagueRow = {
  agencyId: number;
  agencyName: string;
  /** the unit's last day in force (units of the time that have ended); null while in force */
  closedOn: LocalDate | null;
  /** DESIGN §5.2 late rate of the period; null without a dossier to process */
  lateRate: number | null;
  /** the same rate in the same period a year earlier (see getAgencyLeague for which units) */
  lateRateYearAgo: number | null;
  toProcess: number;
  /** tasks done on time ÷ tasks done or past due, of those assigned in the period; null without one */
  taskOnTimeRate: number | null;
  tasksAssigned: number;
  /** the tasks the on-time rate is over: done or past due (lib/metrics/tasks onTimeBase) */
  tasksDecided: number;
  rating: Rating | null;
  ratingYear: number | null;
  /** at or above 10 % late (DESIGN §6) */
  breaksLateRule: boolean;
};

export const LEAGUE_SORT_KEYS = ["late", "tasks", "rating", "name"] as const;
export type LeagueSortKey = (typeof LEAGUE_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";
export type LeagueSort = { key: LeagueSortKey; direction: SortDirection };

/** Worst first: the agencies that hold the province back lead the table. */
export const DEFAULT_LEAGUE_SORT: LeagueSort = { key: "late", direction: "desc" };

/** A rating as a number that grows with quality (Tốt 4 … Yếu 1). */
function ratingValue(rating: Rating | null): number | null {
  return rating === null ? null : RATING_ORDER.length - RATING_ORDER.indexOf(rating);
}

const collator = new Intl.Collator("vi");

/** The table in the asked order; rows without a value sort last either way, then by name. */
export function sortLeague(rows: readonly LeagueRow[], sort: LeagueSort): LeagueRow[] {
  const valueOf = (row: LeagueRow): number | null => {
    switch (sort.key) {
      case "late":
        return row.lateRate;
      case "tasks":
        return row.taskOnTimeRate;
      case "rating":
        return ratingValue(row.rating);
      case "name":
        return null;
    }
  };
  const sign = sort.direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key === "name") return sign * collator.compare(a.agencyName, b.agencyName);
    const va = valueOf(a);
    const vb = valueOf(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else if (va !== vb) {
      return sign * (va - vb);
    }
    return collator.compare(a.agencyName, b.agencyName);
  });
}

// ───────────────────────────── the period list ─────────────────────────────

/** The choices of the period list: every year from `firstYear` and every quarter begun by `dataAsOf`, newest first. */
export function periodChoices(firstYear: number, dataAsOf: LocalDate): { quarters: Period[]; years: Period[] } {
  const lastYear = Number(dataAsOf.slice(0, 4));
  const quarters: Period[] = [];
  const years: Period[] = [];
  for (let year = lastYear; year >= firstYear; year -= 1) {
    years.push(yearPeriod(year));
    for (let quarter = 4; quarter >= 1; quarter -= 1) {
      const period = quarterPeriod(year, quarter);
      if (period.from <= dataAsOf) quarters.push(period);
    }
  }
  return { quarters, years };
}
