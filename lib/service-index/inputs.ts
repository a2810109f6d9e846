// Which figures of ours feed which indicator (reference/indices.md §6.2), as fractions: the
// formula each one shows. Everything here comes from the dossier rollups (DossierCounts, DESIGN
// §5.2) or from the procedure catalogue; the indicators no system of ours holds are entered.
import type { DossierCounts } from "@/lib/metrics/dossiers";
import { computeServiceIndex, DEFAULT_CONFIG, type Fraction, type ServiceIndex, type ServiceIndexConfig } from "./model";

/** Procedures under a unit's authority, and those offered as an online public service (partial or full). */
export type ProcedureCounts = { active: number; online: number };

export const COMPUTED_CODES = ["1.4", "2.1", "3.1", "3.3", "4.1", "4.2", "5.4"] as const;
export type ComputedCode = (typeof COMPUTED_CODES)[number];

/**
 * The computed indicators' fractions. Deviations from the guide, shown with each formula:
 * 1.4 divides by the dossiers we received (the national reporting system's count is not ours);
 * 4.1 by every dossier received (we do not know which procedures require a paper result);
 * 4.2 counts digitised dossiers (the rollups do not count "digitised and with an electronic result");
 * 5.4 is its dossier part, 100 % − the share overdue (complaints and "dislikes" are not in our data).
 */
export function computedInputs(counts: DossierCounts, procedures: ProcedureCounts): Map<ComputedCode, Fraction> {
  const toProcess = counts.carriedOver + counts.received;
  const late = counts.resolvedLate + counts.overdueAtEnd;
  return new Map<ComputedCode, Fraction>([
    ["1.4", { numerator: counts.synced, denominator: counts.received }],
    ["2.1", { numerator: toProcess - late, denominator: toProcess }],
    ["3.1", { numerator: procedures.online, denominator: procedures.active }],
    ["3.3", { numerator: counts.receivedOnline, denominator: counts.received }],
    ["4.1", { numerator: counts.electronic, denominator: counts.received }],
    ["4.2", { numerator: counts.digitized, denominator: counts.received }],
    ["5.4", { numerator: toProcess - counts.overdueAtEnd, denominator: toProcess }],
  ]);
}

/**
 * Every input of the index: the computed fractions, and the entered ones (by code) for the indicators
 * the configuration marks as entered. An entered code the configuration computes is ignored.
 */
export function indexInputs(
  counts: DossierCounts,
  procedures: ProcedureCounts,
  entered: ReadonlyMap<string, Fraction> = new Map(),
  config: ServiceIndexConfig = DEFAULT_CONFIG,
): Map<string, Fraction> {
  const inputs = new Map<string, Fraction>(computedInputs(counts, procedures));
  for (const def of config.indicators) {
    const value = entered.get(def.code);
    if (def.source === "entered" && value) inputs.set(def.code, { numerator: value.numerator, denominator: value.denominator });
  }
  return inputs;
}

/**
 * The points each procedure field's late and overdue dossiers cost on 2.1 (scored without a target:
 * points = on-time rate × 20, so every late dossier costs 20 ÷ to-process points): the list of what
 * to fix, costliest first.
 */
export function lateCostByField<F extends { late: number }>(fields: readonly F[], toProcess: number, points: number): (F & { cost: number })[] {
  if (toProcess === 0) return [];
  return fields
    .filter((f) => f.late > 0)
    .map((f) => ({ ...f, cost: Math.round(((f.late * points) / toProcess) * 100) / 100 }))
    .sort((a, b) => b.cost - a.cost || b.late - a.late);
}

/**
 * The forecast for the week under way, from what is known on the data's day: its counts so far and
 * the dossiers still open that fall due before Sunday ends. Best case: every one of them is resolved
 * by its due day (the counts as they are); worst case: none is (each becomes overdue at the end).
 * Dossiers received later in the week are not known and are left out (stated with the forecast).
 */
export function forecastCounts(sofar: DossierCounts, openDueInWeek: number): { best: DossierCounts; worst: DossierCounts } {
  return { best: sofar, worst: { ...sofar, overdueAtEnd: sofar.overdueAtEnd + openDueInWeek } };
}

/** The index at both ends of the forecast (the catalogue, 3.1, and the entered values do not move within a week). */
export function forecastIndex(
  sofar: DossierCounts,
  openDueInWeek: number,
  procedures: ProcedureCounts,
  config: ServiceIndexConfig = DEFAULT_CONFIG,
  entered: ReadonlyMap<string, Fraction> = new Map(),
): { openDue: number; best: ServiceIndex; worst: ServiceIndex } {
  const { best, worst } = forecastCounts(sofar, openDueInWeek);
  return {
    openDue: openDueInWeek,
    best: computeServiceIndex(indexInputs(best, procedures, entered, config), config),
    worst: computeServiceIndex(indexInputs(worst, procedures, entered, config), config),
  };
}
