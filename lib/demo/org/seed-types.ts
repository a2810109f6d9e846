// The shape of a demo unit and the dates of the reorganisations the demo records (DESIGN §4,
// reference/indices.md §8). Pure data.
import type { AdminLevel, AgencyKind } from "../../generated/prisma/enums";

/** Which old province's territory a unit covers; "ALL" for the merged province's units. */
export type Territory = "NT" | "KH" | "ALL";

export type AgencySeed = {
  code: string;
  name: string;
  shortName?: string;
  kind: AgencyKind;
  level: AdminLevel;
  parentCode?: string;
  /** true when the name was generated for the demo and is not a real unit */
  synthetic: boolean;
  validFrom: string;
  /** the last day in force; null while in force */
  validTo: string | null;
  territory: Territory;
  /** districts: relative workload (about the population) */
  weight?: number;
};

/** Every unit of the old provinces existed before the programme's data begin (28/09/2021). */
export const OLD_UNITS_FROM = "2021-01-01";
/** NQ 1198/NQ-UBTVQH15: Ninh Thuận's commune-level rearrangement of 2023–2025. */
export const NT_COMMUNES_MERGED_ON = "2024-11-01";
/** Nghị định 45/2025/NĐ-CP: the departments of every province reorganised. */
export const DEPARTMENTS_MERGED_ON = "2025-03-01";
/** NQ 202/2025/QH15, NQ 1667/NQ-UBTVQH15: tỉnh Khánh Hòa after the merger, two tiers. */
export const PROVINCES_MERGED_ON = "2025-07-01";

export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A department an old province formed on 01/03/2025 (Nghị định 45/2025), in force until 30/06/2025. */
export function department2025(territory: "NT" | "KH", code: string, name: string, shortName: string): AgencySeed {
  const province = territory === "NT" ? "Ninh Thuận" : "Khánh Hòa";
  return {
    code: `${territory}25-${code}`, name: `${name} tỉnh ${province}`, shortName, kind: "DEPARTMENT", level: "PROVINCE",
    synthetic: false, validFrom: DEPARTMENTS_MERGED_ON, validTo: dayBefore(PROVINCES_MERGED_ON), territory,
  };
}

export { shortNameOf, slugOf } from "../../org/names";
