// Which periods the report pages show: the one in `?period=` (a quarter key), or the latest
// that has opened; the board shows it with the three before it.
import type { PeriodRow } from "@/lib/data/province/periods";
import { parsePeriodKey, periodKey, quarterOf, quarterPeriod } from "@/lib/metrics/periods";

export const keyOf = (period: { year: number; quarter: number }) => periodKey(quarterPeriod(period.year, period.quarter));

export function selectPeriod(periods: PeriodRow[], key: string | undefined, now: Date): PeriodRow | null {
  const parsed = key ? parsePeriodKey(key) : null;
  if (parsed?.kind === "quarter") {
    const { year, quarter } = quarterOf(parsed.from);
    const found = periods.find((p) => p.year === year && p.quarter === quarter);
    if (found) return found;
  }
  // periods come newest first
  return periods.find((p) => p.opensAt <= now) ?? periods[0] ?? null;
}

export function boardPeriods(periods: PeriodRow[], selected: PeriodRow, count = 4): PeriodRow[] {
  const index = periods.indexOf(selected);
  return periods.slice(index, index + count).reverse();
}
