// The service index's periods: weeks as the national portal counts them (Monday to Sunday, numbered
// as ISO 8601 weeks: week 1 holds the year's first Thursday; DVCQG's "Tuần 03 năm 2024"), months,
// quarters and years. Days are Việt Nam calendar days (lib/metrics/periods), so a week's boundary is
// Sunday 24:00 in Asia/Ho_Chi_Minh. A week is a `range` period to the rest of the code: the rollup
// reads take any range of days.
import {
  addDays,
  dayIndex,
  isLocalDate,
  monthPeriod,
  quarterOf,
  quarterPeriod,
  yearPeriod,
  parsePeriodKey,
  periodKey,
  previousPeriod,
  rangePeriod,
  type LocalDate,
  type Period,
} from "@/lib/metrics/periods";

export type IndexPeriod = { kind: "week" | "month" | "quarter" | "year"; period: Period; key: string; week?: { year: number; week: number } };

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
function weekday(date: LocalDate): number {
  return (((dayIndex(date) + 3) % 7) + 7) % 7;
}

export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, -weekday(date));
}

/** The ISO week that holds `date`: the year is the year of that week's Thursday. */
export function weekOf(date: LocalDate): { year: number; week: number } {
  const thursday = addDays(mondayOf(date), 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(mondayOf(`${year}-01-04`), 3);
  return { year, week: (dayIndex(thursday) - dayIndex(firstThursday)) / 7 + 1 };
}

/** Monday to Sunday of ISO week `week` of `year`; null when the year has no such week. */
export function weekPeriod(year: number, week: number): Period | null {
  if (!Number.isInteger(week) || week < 1 || week > 53) return null;
  const monday = addDays(mondayOf(`${String(year).padStart(4, "0")}-01-04`), (week - 1) * 7);
  if (weekOf(monday).year !== year) return null;
  return rangePeriod(monday, addDays(monday, 6));
}

const WEEK = /^(\d{4})-W(\d{2})$/;

export function weekKey(year: number, week: number): string {
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** "2026-W47", "2026-11", "2026-Q4" or "2026" as an index period; null when the text names none. */
export function parseIndexPeriod(key: string): IndexPeriod | null {
  const match = WEEK.exec(key);
  if (match) {
    const year = Number(match[1]);
    const week = Number(match[2]);
    const period = weekPeriod(year, week);
    return period ? { kind: "week", period, key, week: { year, week } } : null;
  }
  const period = parsePeriodKey(key);
  if (!period || period.kind === "range") return null;
  return { kind: period.kind, period, key: periodKey(period) };
}

export function weekIndexPeriod(date: LocalDate): IndexPeriod {
  const { year, week } = weekOf(date);
  return { kind: "week", period: weekPeriod(year, week)!, key: weekKey(year, week), week: { year, week } };
}

/** The period before: the week before, or the previous month, quarter or year. */
export function previousIndexPeriod(p: IndexPeriod): IndexPeriod {
  if (p.kind === "week") return weekIndexPeriod(addDays(p.period.from, -7));
  const period = previousPeriod(p.period);
  return { kind: p.kind, period, key: periodKey(period) };
}

/** Whether the period has not ended by the data's day (its figures are so far, not final). */
export function isOngoing(p: IndexPeriod, asOf: LocalDate): boolean {
  return isLocalDate(asOf) && p.period.from <= asOf && asOf < p.period.to;
}

/** The period read up to the data's day: an ongoing period ends on it, a future one is refused (null). */
export function readablePeriod(p: IndexPeriod, asOf: LocalDate): Period | null {
  if (p.period.from > asOf) return null;
  return p.period.to <= asOf ? p.period : { ...p.period, kind: "range", to: asOf };
}

/** The period of `kind` that holds `date`. */
export function indexPeriodOf(kind: IndexPeriod["kind"], date: LocalDate): IndexPeriod {
  if (kind === "week") return weekIndexPeriod(date);
  const year = Number(date.slice(0, 4));
  const period =
    kind === "month" ? monthPeriod(year, Number(date.slice(5, 7))) : kind === "quarter" ? quarterPeriod(year, quarterOf(date).quarter) : yearPeriod(year);
  return { kind, period, key: periodKey(period) };
}

/** The period after, or null when it begins after the data's day. */
export function nextIndexPeriod(p: IndexPeriod, asOf: LocalDate): IndexPeriod | null {
  const next = indexPeriodOf(p.kind, addDays(p.period.to, 1));
  return next.period.from > asOf ? null : next;
}
