// Which periods the report pages show: the one in `?period=` (a quarter, parsed by
// reportBoardParams), or the latest that has opened; the board shows it with the three before it.
import { periodKey, quarterOf, quarterPeriod, type Period } from "@/lib/metrics/periods";
import type { PeriodRow } from "@/lib/data/province/periods";

export const keyOf = (period: { year: number; quarter: number }) => periodKey(quarterPeriod(period.year, period.quarter));

/** The reporting period asked for (undefined when it is not one), or without a question the latest opened. */
export function selectPeriod(periods: PeriodRow[], asked: Period | undefined, now: Date): PeriodRow | null | undefined {
  if (asked) {
    const { year, quarter } = quarterOf(asked.from);
    return periods.find((p) => p.year === year && p.quarter === quarter);
  }
  // periods come newest first
  return periods.find((p) => p.opensAt <= now) ?? periods[0] ?? null;
}

export function boardPeriods(periods: PeriodRow[], selected: PeriodRow, count = 4): PeriodRow[] {
  const index = periods.indexOf(selected);
  return periods.slice(index, index + count).reverse();
}
