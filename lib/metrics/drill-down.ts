// The drill-down's tables as data: rows of dossier figures, sorted by any column on the server,
// and the keyset cursor of the dossier lists. Pure, so the page and the CSV export share it.
import { monthPeriod, quarterPeriod, yearPeriod, type LocalDate, type Period } from "./periods";
import { AGENCY_LATE_LIMIT, dossierFigures, officialBreaksLateRule, agencyBreaksLateRule, type DossierCounts, type DossierFigures } from "./dossiers";

/** The figures' columns every level shows, in order (DESIGN §5.2). */
export const FIGURE_COLUMNS = [
  "carriedOver",
  "received",
  "toProcess",
  "resolvedEarly",
  "resolvedOnTime",
  "resolvedLate",
  "overdueAtEnd",
  "lateRate",
  "onTimeRate",
] as const satisfies readonly (keyof DossierFigures)[];

export type FigureColumn = (typeof FIGURE_COLUMNS)[number];
export const SORT_KEYS = ["name", ...FIGURE_COLUMNS] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";
export type Sort = { key: SortKey; dir: SortDirection };

export type DrillRow = {
  /** the group's id as text (an agency, field, procedure or official id, or a month "YYYY-MM-DD") */
  key: string;
  name: string;
  figures: DossierFigures;
  /** breaks the province's late rule (agencies ≥ 10 %, officials > 10 %) */
  breaksRule: boolean;
};

export type RuleKind = "agency" | "official" | "none";

export function drillRow(key: string, name: string, counts: DossierCounts, rule: RuleKind = "none"): DrillRow {
  const figures = dossierFigures(counts);
  const breaksRule =
    rule === "agency" ? agencyBreaksLateRule(figures.lateRate) : rule === "official" ? officialBreaksLateRule(figures.lateRate) : false;
  return { key, name, figures, breaksRule };
}

const collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });

/**
 * Rows sorted by a column. A missing rate ("không có dữ liệu") sorts after every figure whichever
 * the direction; ties keep the name order, so that the order is the same on every request.
 */
export function sortRows<T extends DrillRow>(rows: readonly T[], sort: Sort): T[] {
  const sign = sort.dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key !== "name") {
      const x = a.figures[sort.key];
      const y = b.figures[sort.key];
      if (x === null && y !== null) return 1;
      if (y === null && x !== null) return -1;
      if (x !== null && y !== null && x !== y) return sign * (x - y);
      return collator.compare(a.name, b.name);
    }
    return sign * collator.compare(a.name, b.name) || a.key.localeCompare(b.key);
  });
}

/** The sort a column header links to: the other direction when it is the current column. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, dir: current.dir === "asc" ? "desc" : "asc" };
  return { key, dir: key === "name" ? "asc" : "desc" };
}

/** A position in a list ordered by (received_at, id): the last row of the previous page. */
export type Cursor = { receivedAt: Date; id: number };

/** "1714521600000.123": the receipt instant in milliseconds and the id. */
export function encodeCursor(cursor: Cursor): string {
  return `${cursor.receivedAt.getTime()}.${cursor.id}`;
}

export function decodeCursor(text: string): Cursor | null {
  const match = /^(\d{1,15})\.(\d{1,10})$/.exec(text);
  if (!match) return null;
  const id = Number(match[2]);
  const receivedAt = new Date(Number(match[1]));
  if (!Number.isSafeInteger(id) || id > 2_147_483_647 || Number.isNaN(receivedAt.getTime())) return null;
  return { receivedAt, id };
}

/** The periods the drill-down offers: every year, quarter and month from `firstYear` to `asOf`, newest first. */
export function drillPeriodOptions(firstYear: number, asOf: LocalDate): Period[] {
  const options: Period[] = [];
  const lastYear = Number(asOf.slice(0, 4));
  for (let year = lastYear; year >= firstYear; year -= 1) {
    options.push(yearPeriod(year));
    for (let quarter = 4; quarter >= 1; quarter -= 1) {
      const period = quarterPeriod(year, quarter);
      if (period.from <= asOf) options.push(period);
    }
    for (let month = 12; month >= 1; month -= 1) {
      const period = monthPeriod(year, month);
      if (period.from <= asOf) options.push(period);
    }
  }
  return options;
}

/** The heat map's colour band of a late rate: 0 none (no data), 1 below 2 %, 2 below 5 %, 3 below 10 %, 4 at or above the 10 % rule. */
export function heatBand(lateRate: number | null): 0 | 1 | 2 | 3 | 4 {
  if (lateRate === null) return 0;
  if (lateRate >= AGENCY_LATE_LIMIT) return 4;
  if (lateRate >= 0.05) return 3;
  if (lateRate >= 0.02) return 2;
  return 1;
}
