// The two ways a period's figures can be read across a reorganisation (DESIGN §4): by today's units
// (the default: a current unit carries its predecessors' history, so periods before and after a merger
// compare like with like) or by the units of that time (each unit with its own rows, as they were).
import type { LocalDate, Period } from "@/lib/metrics/periods";
import { rollUpCounts, type Counts } from "./rollup";
import type { Succession } from "./succession";
import { inForceDuring, inForceOn } from "./types";

export const UNITS_VIEWS = ["today", "time"] as const;
export type UnitsView = (typeof UNITS_VIEWS)[number];
export const DEFAULT_UNITS_VIEW: UnitsView = "today";

/** The view a URL parameter names; anything else is the default. */
export function parseUnitsView(value: string | undefined): UnitsView {
  return value === "time" ? "time" : DEFAULT_UNITS_VIEW;
}

export type UnitFigures<K extends string> = {
  /** per unit listed by the view: today's units, or the units in force during the period */
  byUnit: Map<number, Counts<K>>;
  /** today's view only: history that no current unit carries */
  unassigned: Counts<K> | null;
};

function zero<K extends string>(keys: readonly K[]): Counts<K> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Counts<K>;
}

/**
 * A period's counts (keyed by the agency that produced them) as the view lists them. Units the view
 * lists without a count get zeros, so a unit with nothing to show still has its row.
 */
export function countsByView<K extends string>(
  byAgency: ReadonlyMap<number, Counts<K>>,
  view: UnitsView,
  context: { succession: Succession; period: Pick<Period, "from" | "to">; asOf: LocalDate },
  keys: readonly K[],
): UnitFigures<K> {
  const { succession, period, asOf } = context;
  if (view === "time") {
    const byUnit = new Map<number, Counts<K>>();
    for (const [id, counts] of byAgency) byUnit.set(id, { ...counts });
    for (const unit of succession.allUnits()) {
      if (inForceDuring(unit, period.from, period.to) && !byUnit.has(unit.id)) byUnit.set(unit.id, zero(keys));
    }
    return { byUnit, unassigned: null };
  }
  const rolled = rollUpCounts(byAgency, (id) => succession.currentUnitsOf(id, asOf), keys);
  for (const unit of succession.allUnits()) {
    if (inForceOn(unit, asOf) && succession.isCurrent(unit.id, asOf) && !rolled.byUnit.has(unit.id)) rolled.byUnit.set(unit.id, zero(keys));
  }
  return { byUnit: rolled.byUnit, unassigned: rolled.unassigned };
}
