// The indicators Home Affairs enters (issue 21): the ones no system of ours holds — transparency
// 1.1–1.3 (the national TTHC database), online payment 3.5–3.6, data reuse 4.3, complaints 5.2–5.3.
// Each is entered per unit and index period as the fraction its formula counts (reference/indices.md
// §6.2), with its source; this module holds the rules on such a value and which entry a period uses.
// Pure: the data layer (lib/data/service-index-entries.ts) reads and writes the rows.
import { DEFAULT_CONFIG, type Fraction, type IndicatorDef, type ServiceIndexConfig } from "./model";
import { indexPeriodOf, type IndexPeriod } from "./periods";

export const ENTRY_SOURCE_MAX = 500;

/** The codes of the indicators entered by hand, in the configuration's order. */
export function enteredCodes(config: ServiceIndexConfig = DEFAULT_CONFIG): string[] {
  return config.indicators.filter((i) => i.source === "entered").map((i) => i.code);
}

export type EntryIssue =
  | { field: "code"; kind: "notEntered" }
  | { field: "numerator" | "denominator"; kind: "notCount" }
  | { field: "numerator"; kind: "aboveDenominator" }
  | { field: "source"; kind: "sourceMissing" | "sourceTooLong" };

/**
 * What is wrong with a value entered for `def`: an indicator that is computed (or unknown) takes no
 * entry; numerator and denominator are whole non-negative counts with numerator ≤ denominator (a rate
 * lies in 0–100 %); a source is required. A denominator of 0 is allowed: the indicator does not apply
 * to the unit that period (N/A, scored as neither points nor a loss).
 */
export function validateEntry(def: Pick<IndicatorDef, "source"> | undefined, value: { numerator: number; denominator: number; source: string }): EntryIssue[] {
  const issues: EntryIssue[] = [];
  if (!def || def.source !== "entered") issues.push({ field: "code", kind: "notEntered" });
  const count = (n: number) => Number.isSafeInteger(n) && n >= 0 && n <= 2_147_483_647;
  if (!count(value.numerator)) issues.push({ field: "numerator", kind: "notCount" });
  if (!count(value.denominator)) issues.push({ field: "denominator", kind: "notCount" });
  if (count(value.numerator) && count(value.denominator) && value.numerator > value.denominator) issues.push({ field: "numerator", kind: "aboveDenominator" });
  const source = value.source.trim();
  if (source === "") issues.push({ field: "source", kind: "sourceMissing" });
  else if (source.length > ENTRY_SOURCE_MAX) issues.push({ field: "source", kind: "sourceTooLong" });
  return issues;
}

/**
 * The periods whose entry applies to `period`, most specific first: the period itself, then the
 * month, quarter and year that wholly contain it. Home Affairs usually enters a month or a quarter;
 * a week inside it uses that figure, a week across two months the quarter's (or the year's).
 */
export function entryPeriodKeys(period: IndexPeriod): string[] {
  const keys = [period.key];
  for (const kind of ["month", "quarter", "year"] as const) {
    const around = indexPeriodOf(kind, period.period.from);
    if (around.period.to >= period.period.to && !keys.includes(around.key)) keys.push(around.key);
  }
  return keys;
}

export type EnteredValue = { code: string; periodKey: string; numerator: number; denominator: number; source: string; enteredBy: string; enteredAt: Date };

/** For each code, the entry of the most specific applicable period (entryPeriodKeys' order). */
export function pickEntries<E extends Pick<EnteredValue, "code" | "periodKey">>(entries: readonly E[], keys: readonly string[]): Map<string, E> {
  const picked = new Map<string, E>();
  for (const entry of entries) {
    const rank = keys.indexOf(entry.periodKey);
    if (rank < 0) continue;
    const held = picked.get(entry.code);
    if (!held || rank < keys.indexOf(held.periodKey)) picked.set(entry.code, entry);
  }
  return picked;
}

/** The province's fraction of each entered code: the sum of its units' entries (units without one add nothing). */
export function sumEntries(byUnit: Iterable<ReadonlyMap<string, Pick<EnteredValue, "numerator" | "denominator">>>): Map<string, Fraction> {
  const sums = new Map<string, Fraction>();
  for (const unit of byUnit) {
    for (const [code, entry] of unit) {
      const held = sums.get(code) ?? { numerator: 0, denominator: 0 };
      sums.set(code, { numerator: held.numerator + entry.numerator, denominator: held.denominator + entry.denominator });
    }
  }
  return sums;
}

