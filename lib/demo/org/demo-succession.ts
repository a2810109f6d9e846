// The demo's units and acts as lib/org sees them, with the generators' agency numbers (indexes into
// AGENCIES) as ids: which units are in force on a day, and which of them carry an old unit's history.
import { Succession } from "../../org/succession";
import type { OrgLine, OrgUnit } from "../../org/types";
import { AGENCIES, type AgencySeed } from "../organisation";
import { DEMO_ACTS } from "./acts";
import type { Territory } from "./seed-types";

const INDEX = new Map(AGENCIES.map((a, i) => [a.code, i]));

export function agencyIndex(code: string): number {
  const i = INDEX.get(code);
  if (i === undefined) throw new Error(`demo: unknown agency ${code}`);
  return i;
}

let succession: Succession | undefined;

export function demoSuccession(): Succession {
  if (succession) return succession;
  const units: OrgUnit[] = AGENCIES.map((a, i) => ({
    id: i, validFrom: a.validFrom, validTo: a.validTo, parentId: a.parentCode === undefined ? null : agencyIndex(a.parentCode),
  }));
  const lines: OrgLine[] = DEMO_ACTS.flatMap((act) =>
    act.lines.map((line) => ({
      kind: line.kind, predecessorId: agencyIndex(line.predecessor), successorId: line.successor === null ? null : agencyIndex(line.successor),
      share: line.share, effectiveOn: act.effectiveOn,
    })),
  );
  succession = new Succession(units, lines);
  return succession;
}

export function inForceOn(seed: AgencySeed, day: string): boolean {
  return seed.validFrom <= day && (seed.validTo === null || seed.validTo >= day);
}

/** The units of a territory in force on `day` ("ALL": the merged province's). */
export function unitsOn(territory: Territory, day: string): number[] {
  return AGENCIES.flatMap((a, i) => (inForceOn(a, day) && (a.territory === territory || (territory === "ALL" && a.territory === "ALL")) ? [i] : []));
}
