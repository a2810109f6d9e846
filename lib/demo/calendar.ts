// Calendar of the demo: local days in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), the
// official days off, and working-day arithmetic. Days are integer indexes from the first day of
// the window so that the generator never formats or parses a date per row.

export const UTC_OFFSET_MS = 7 * 3_600_000;
export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

const ORIGIN_UTC_DATE = Date.UTC(2021, 8, 28); // 2021-09-28, first day of the calibration window

/** Local calendar day as "YYYY-MM-DD" → day index. */
export function dayIndex(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - ORIGIN_UTC_DATE) / DAY_MS);
}

/** UTC instant (ms) of local midnight at the start of a day index. */
export function dayStartMs(day: number): number {
  return ORIGIN_UTC_DATE + day * DAY_MS - UTC_OFFSET_MS;
}

/** Local day index of a UTC instant (ms). */
export function localDayOf(instantMs: number): number {
  return Math.floor((instantMs + UTC_OFFSET_MS - ORIGIN_UTC_DATE) / DAY_MS);
}

/** The local calendar date of a day index, as UTC date parts (for codes and labels). */
export function dateParts(day: number): { year: number; month: number; date: number; weekday: number } {
  const d = new Date(ORIGIN_UTC_DATE + day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate(), weekday: d.getUTCDay() };
}

export function isoDate(day: number): string {
  return new Date(ORIGIN_UTC_DATE + day * DAY_MS).toISOString().slice(0, 10);
}

/** The dossier window of DESIGN §5.2 and the task window of §5.1 (inclusive local days). */
export const DOSSIER_FIRST_DAY = 0;
export const DOSSIER_LAST_DAY = dayIndex("2024-08-30");
export const TASK_LAST_DAY = dayIndex("2024-08-31");
/** Far enough past the calibration window for every due date its generators produce. */
export const HORIZON_LAST_DAY = dayIndex("2025-06-30");
/** Due dates and late resolutions reach this many days past the data's last day. */
export const HORIZON_MARGIN_DAYS = 200;

// Official days off (Bộ Luật Lao động 2019 and the government's yearly notices), with the
// weekends that fall inside the long breaks, and Saturdays worked in exchange.
const DAYS_OFF: ReadonlyArray<[string, string]> = [
  ["2022-01-03", "2022-01-03"],
  ["2022-01-29", "2022-02-06"], // Tết Nhâm Dần
  ["2022-04-11", "2022-04-11"], // Giỗ Tổ Hùng Vương (moved from Sunday)
  ["2022-04-30", "2022-05-03"],
  ["2022-09-01", "2022-09-04"],
  ["2023-01-02", "2023-01-02"],
  ["2023-01-20", "2023-01-26"], // Tết Quý Mão
  ["2023-04-29", "2023-05-03"],
  ["2023-09-01", "2023-09-04"],
  ["2024-01-01", "2024-01-01"],
  ["2024-02-08", "2024-02-14"], // Tết Giáp Thìn
  ["2024-04-18", "2024-04-18"],
  ["2024-04-27", "2024-05-01"],
  ["2024-08-31", "2024-09-03"],
  ["2025-01-01", "2025-01-01"],
  ["2025-01-25", "2025-02-02"], // Tết Ất Tỵ
  ["2025-04-07", "2025-04-07"],
  ["2025-04-30", "2025-05-04"],
  ["2025-08-30", "2025-09-02"],
  // 2026 onwards: the usual days, Tết as announced; later years' Tết approximate (demo data)
  ["2026-01-01", "2026-01-01"],
  ["2026-02-14", "2026-02-22"], // Tết Bính Ngọ
  ["2026-04-27", "2026-04-27"],
  ["2026-04-30", "2026-05-03"],
  ["2026-08-29", "2026-09-02"],
  ["2027-01-01", "2027-01-01"],
  ["2027-02-04", "2027-02-10"], // Tết Đinh Mùi
  ["2027-04-30", "2027-05-03"],
  ["2027-09-02", "2027-09-03"],
  ["2028-01-01", "2028-01-01"],
  ["2028-01-24", "2028-01-30"], // Tết Mậu Thân
];
const SATURDAYS_WORKED = ["2023-05-06", "2024-05-04"];

/** First day of each Tết holiday (for the rush before it and the lull after it). */
export const TET_BREAKS: ReadonlyArray<{ first: number; last: number }> = DAYS_OFF.filter(([first]) =>
  ["2022-01-29", "2023-01-20", "2024-02-08", "2025-01-25", "2026-02-14", "2027-02-04", "2028-01-24"].includes(first),
).map(([first, last]) => ({ first: dayIndex(first), last: dayIndex(last) }));

export class WorkCalendar {
  readonly days: number;
  /** 1 on working days */
  readonly working: Uint8Array;
  /** number of working days ≤ day */
  readonly cumulative: Int32Array;
  /** working day indexes in order */
  readonly workDays: Int32Array;
  readonly year: Int16Array;
  readonly month: Int8Array;
  readonly weekday: Int8Array;

  /** Days 0 … lastDay; the calibration window's horizon unless the data run further. */
  constructor(lastDay: number = HORIZON_LAST_DAY) {
    this.days = lastDay + 1;
    this.working = new Uint8Array(this.days);
    this.cumulative = new Int32Array(this.days);
    this.year = new Int16Array(this.days);
    this.month = new Int8Array(this.days);
    this.weekday = new Int8Array(this.days);
    for (let d = 0; d < this.days; d += 1) {
      const parts = dateParts(d);
      this.year[d] = parts.year;
      this.month[d] = parts.month;
      this.weekday[d] = parts.weekday;
      this.working[d] = parts.weekday === 0 || parts.weekday === 6 ? 0 : 1;
    }
    for (const [first, last] of DAYS_OFF) {
      for (let d = Math.max(0, dayIndex(first)); d <= Math.min(this.days - 1, dayIndex(last)); d += 1) this.working[d] = 0;
    }
    for (const saturday of SATURDAYS_WORKED) if (dayIndex(saturday) < this.days) this.working[dayIndex(saturday)] = 1;
    const list: number[] = [];
    let count = 0;
    for (let d = 0; d < this.days; d += 1) {
      if (this.working[d] === 1) {
        count += 1;
        list.push(d);
      }
      this.cumulative[d] = count;
    }
    this.workDays = Int32Array.from(list);
  }

  /** The n-th working day strictly after `day` (n ≥ 1). */
  addWorkingDays(day: number, n: number): number {
    const target = this.workDays[this.cumulative[day]! + n - 1];
    if (target === undefined) throw new Error(`WorkCalendar: day ${day} + ${n} working days is past the horizon`);
    return target;
  }

  /** Working days in (from, to]. */
  workingDaysBetween(from: number, to: number): number {
    return this.cumulative[to]! - this.cumulative[from]!;
  }

  /** The last working day ≤ day. */
  lastWorkingDayAtOrBefore(day: number): number {
    const count = this.cumulative[day]!;
    return count === 0 ? day : this.workDays[count - 1]!;
  }
}
