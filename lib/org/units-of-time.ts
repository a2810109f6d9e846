// The organisation as it stood at a time: the units in force during a period, and a unit's parent on
// a day (a transfer changes `parent_id`; the lines keep where the unit hung before).
import type { LocalDate, Period } from "@/lib/metrics/periods";
import { inForceDuring, inForceOn, type OrgLine, type OrgUnit } from "./types";

/** The units in force on at least one day of the period. */
export function unitsOfPeriod<U extends Pick<OrgUnit, "validFrom" | "validTo">>(units: readonly U[], period: Pick<Period, "from" | "to">): U[] {
  return units.filter((unit) => inForceDuring(unit, period.from, period.to));
}

/** The units in force on `day`. */
export function unitsOnDay<U extends Pick<OrgUnit, "validFrom" | "validTo">>(units: readonly U[], day: LocalDate): U[] {
  return units.filter((unit) => inForceOn(unit, day));
}

/** The unit's parent on `day`: today's parent with every later transfer undone, latest first. */
export function parentOn(unit: Pick<OrgUnit, "id" | "parentId">, day: LocalDate, lines: readonly OrgLine[]): number | null {
  const later = lines
    .filter((line) => line.kind === "TRANSFER" && line.predecessorId === unit.id && line.effectiveOn > day)
    .sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn));
  let parent = unit.parentId;
  for (const line of later) parent = line.fromParentId ?? null;
  return parent;
}
