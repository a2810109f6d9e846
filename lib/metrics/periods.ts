// Reporting periods as calendar days in Việt Nam (Asia/Ho_Chi_Minh, UTC+7 all year: no daylight
// saving since 1975, so the offset is a constant). Days are "YYYY-MM-DD" strings, compared as
// strings; a period is the inclusive range of days [from, to]. Pure: pages, the data layer and
// tests share it, and every figure of a period means the same days everywhere.

/** A calendar day in Việt Nam, "YYYY-MM-DD". */
export type LocalDate = string;

export type PeriodKind = "month" | "quarter" | "year" | "range";

export type Period = { kind: PeriodKind; from: LocalDate; to: LocalDate };

export const PROVINCE_TIME_ZONE = "Asia/Ho_Chi_Minh";
const OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function parts(date: LocalDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

function fromUtcMidnight(ms: number): LocalDate {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function utcMidnight(date: LocalDate): number {
  const { year, month, day } = parts(date);
  return Date.UTC(year, month - 1, day);
}

/** Whether `value` is a real calendar day written as YYYY-MM-DD. */
export function isLocalDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return fromUtcMidnight(utcMidnight(value)) === value;
}

/** The day in Việt Nam on which `instant` falls: 2021-09-27T17:00:00Z → "2021-09-28". */
export function localDateOf(instant: Date): LocalDate {
  return fromUtcMidnight(Math.floor((instant.getTime() + OFFSET_MS) / DAY_MS) * DAY_MS);
}

/** The instant at which `date` begins in Việt Nam (00:00 +07:00). */
export function startOfLocalDay(date: LocalDate): Date {
  return new Date(utcMidnight(date) - OFFSET_MS);
}

/** The instant at which the day after `date` begins: the exclusive end of `date`. */
export function endOfLocalDay(date: LocalDate): Date {
  return new Date(utcMidnight(date) + DAY_MS - OFFSET_MS);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMidnight(utcMidnight(date) + days * DAY_MS);
}

/** The day's number on a continuous count (days since 1970-01-01): days compare as numbers, not as text. */
export function dayIndex(date: LocalDate): number {
  return Math.round(utcMidnight(date) / DAY_MS);
}

/** Days from `from` to `to`, both included (1 for a single day). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS) + 1;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day `months` months later, clamped to the month's end (31/03 − 1 month = 28/02). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, lastDayOfMonth(y, m)))}`;
}

export function firstOfMonth(date: LocalDate): LocalDate {
  return `${date.slice(0, 7)}-01`;
}

export function lastOfMonth(date: LocalDate): LocalDate {
  const { year, month } = parts(date);
  return `${date.slice(0, 7)}-${pad(lastDayOfMonth(year, month))}`;
}

export function monthPeriod(year: number, month: number): Period {
  const from = `${pad(year, 4)}-${pad(month)}-01`;
  return { kind: "month", from, to: lastOfMonth(from) };
}

export function quarterPeriod(year: number, quarter: number): Period {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new Error(`quarter must be 1–4 (got ${quarter})`);
  const first = monthPeriod(year, quarter * 3 - 2);
  return { kind: "quarter", from: first.from, to: monthPeriod(year, quarter * 3).to };
}

export function yearPeriod(year: number): Period {
  return { kind: "year", from: `${pad(year, 4)}-01-01`, to: `${pad(year, 4)}-12-31` };
}

export function rangePeriod(from: LocalDate, to: LocalDate): Period {
  if (!isLocalDate(from) || !isLocalDate(to)) throw new Error(`not a calendar day: ${from} / ${to}`);
  if (to < from) throw new Error(`a period ends on or after its start (${from} > ${to})`);
  return { kind: "range", from, to };
}

export function quarterOf(date: LocalDate): { year: number; quarter: number } {
  const { year, month } = parts(date);
  return { year, quarter: Math.ceil(month / 3) };
}

/** The last quarter that has ended on or before `asOf` (asOf 31/03 → Q1; asOf 30/03 → Q4 before). */
export function latestCompleteQuarter(asOf: LocalDate): Period {
  const { year, quarter } = quarterOf(asOf);
  const current = quarterPeriod(year, quarter);
  if (current.to === asOf) return current;
  return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
}

/** The period just before: previous month, quarter or year; for a range, as many days ending the day before. */
export function previousPeriod(period: Period): Period {
  const { year, month } = parts(period.from);
  switch (period.kind) {
    case "month":
      return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
    case "quarter": {
      const { quarter } = quarterOf(period.from);
      return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
    }
    case "year":
      return yearPeriod(year - 1);
    case "range": {
      const to = addDays(period.from, -1);
      return { kind: "range", from: addDays(to, 1 - daysBetween(period.from, period.to)), to };
    }
  }
}

/** The same period a year earlier (a range shifts both ends; 29/02 becomes 28/02). */
export function samePeriodLastYear(period: Period): Period {
  if (period.kind === "range") return { kind: "range", from: addMonths(period.from, -12), to: addMonths(period.to, -12) };
  return { kind: period.kind, from: addMonths(period.from, -12), to: lastOfMonthIfNeeded(period, addMonths(period.to, -12)) };
}

function lastOfMonthIfNeeded(period: Period, to: LocalDate): LocalDate {
  // months, quarters and years end on a month's last day, also in a leap year's February
  return period.kind === "range" ? to : lastOfMonth(to);
}

/** The natural last day of a period of its kind: a quarter's, year's or month's end; a range's own end. */
export function naturalEnd(period: Period): LocalDate {
  switch (period.kind) {
    case "month":
      return lastOfMonth(period.from);
    case "quarter":
      return quarterPeriod(quarterOf(period.from).year, quarterOf(period.from).quarter).to;
    case "year":
      return `${period.from.slice(0, 4)}-12-31`;
    case "range":
      return period.to;
  }
}

/** True when a month, quarter or year stops before its natural end (read "đến ngày …", DESIGN §5.2a). */
export function isPartial(period: Period): boolean {
  return period.kind !== "range" && period.to !== naturalEnd(period);
}

/** A period as far as the data reaches: cut at `asOf` when it runs past it (same kind, same start). */
export function throughDay(period: Period, asOf: LocalDate): Period {
  return period.to > asOf && period.from <= asOf ? { ...period, to: asOf } : period;
}

/** The first `days` days of `period` (all of it when it is shorter): a like-for-like comparison's window. */
export function firstDays(period: Period, days: number): Period {
  const to = addDays(period.from, days - 1);
  return to < period.to ? { ...period, to } : period;
}

export type LikeForLike = { current: Period; previous: Period; yearAgo: Period };

/**
 * The period and what it is compared with, like for like (DESIGN §5.2a): a period that runs past
 * the data's day `asOf` is cut there, and the previous period and the same period a year earlier
 * count as many days from their own start — Quý IV/2026 to 20/11 (51 days) is compared with
 * 01/07–20/08/2026 and 01/10–20/11/2025, never with whole quarters. A range keeps its day count a
 * year earlier too (01/02–29/02/2024, 29 days, against 01/02–01/03/2023). A comparison period is
 * never longer than its own kind allows (a 30-day March against the 28 days of February).
 */
export function likeForLike(period: Period, asOf: LocalDate): LikeForLike {
  const current = throughDay(period, asOf);
  const days = daysBetween(current.from, current.to);
  if (current.kind === "range") {
    const from = addMonths(current.from, -12);
    return { current, previous: previousPeriod(current), yearAgo: { kind: "range", from, to: addDays(from, days - 1) } };
  }
  // a whole quarter is compared with whole quarters, whatever their lengths (90, 91 or 92 days)
  if (!isPartial(current)) return { current, previous: previousPeriod(current), yearAgo: samePeriodLastYear(current) };
  const whole = { ...current, to: naturalEnd(current) };
  return { current, previous: firstDays(previousPeriod(whole), days), yearAgo: firstDays(samePeriodLastYear(whole), days) };
}

/** The first day of every month the period touches, in order. */
export function monthsOf(period: Period): LocalDate[] {
  const months: LocalDate[] = [];
  for (let month = firstOfMonth(period.from); month <= period.to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** True when the period starts on a month's first day and ends on a month's last day. */
export function isMonthAligned(period: Period): boolean {
  return period.from === firstOfMonth(period.from) && period.to === lastOfMonth(period.to);
}

/** The period as it is written in a URL: "2024-Q2", "2024", "2024-05" or "2021-09-28_2024-08-31". */
export function periodKey(period: Period): string {
  const { year, month } = parts(period.from);
  switch (period.kind) {
    case "month":
      return `${pad(year, 4)}-${pad(month)}`;
    case "quarter":
      return `${pad(year, 4)}-Q${quarterOf(period.from).quarter}`;
    case "year":
      return pad(year, 4);
    case "range":
      return `${period.from}_${period.to}`;
  }
}

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/;

/** The period a URL names (see periodKey), or null when the text names none. */
export function parsePeriodKey(key: string): Period | null {
  let match: RegExpExecArray | null;
  if ((match = YEAR.exec(key))) return yearPeriod(Number(match[1]));
  if ((match = QUARTER.exec(key))) return quarterPeriod(Number(match[1]), Number(match[2]));
  if ((match = MONTH.exec(key))) return monthPeriod(Number(match[1]), Number(match[2]));
  if ((match = RANGE.exec(key))) {
    const [, from, to] = match as unknown as [string, string, string];
    if (!isLocalDate(from) || !isLocalDate(to) || to < from) return null;
    return rangePeriod(from, to);
  }
  return null;
}
