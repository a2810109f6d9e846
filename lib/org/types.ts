// The organisation's history as plain values (docs/ORGANISATION.md): units with their validity and
// the lines of the reorganisations that ended them. Pure: the data layer reads the rows, lib/org
// answers "which current unit carries this history?" and "which units did this one succeed?".
import type { LocalDate } from "@/lib/metrics/periods";

export const LINE_KINDS = ["MERGE", "SPLIT", "RENAME", "TRANSFER", "ABOLISH"] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export type OrgUnit = {
  id: number;
  validFrom: LocalDate;
  /** the last day in force; null while in force */
  validTo: LocalDate | null;
  /** the parent today (transfers undo it for earlier days) */
  parentId: number | null;
};

export type OrgLine = {
  kind: LineKind;
  predecessorId: number;
  /** null: abolished without a successor */
  successorId: number | null;
  /** 0 < share ≤ 1: the part of the predecessor's history the successor carries */
  share: number;
  /** the first day of the new organisation */
  effectiveOn: LocalDate;
  fromParentId?: number | null;
  toParentId?: number | null;
};

/** A part of a unit's history carried by another unit. */
export type Share = { agencyId: number; share: number };

/** Whether the unit is in force on `day`. */
export function inForceOn(unit: Pick<OrgUnit, "validFrom" | "validTo">, day: LocalDate): boolean {
  return unit.validFrom <= day && (unit.validTo === null || unit.validTo >= day);
}

/** Whether the unit is in force on at least one day of [from, to]. */
export function inForceDuring(unit: Pick<OrgUnit, "validFrom" | "validTo">, from: LocalDate, to: LocalDate): boolean {
  return unit.validFrom <= to && (unit.validTo === null || unit.validTo >= from);
}
