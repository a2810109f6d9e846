// The order of quota decisions (issue 8): decisions are history in the order (decided on, id). A
// decision that has a later one can no longer be edited, and a new or edited decision may not be
// dated before the latest other decision — otherwise the quota in force would depend on the order
// of typing, not on the order of the decisions. The database enforces the same rule (trigger in
// the staffing_quota_decisions migration); this is the readable version the pages and the data
// layer use to explain a refusal.
import type { LocalDate } from "@/lib/metrics/periods";

export type DecisionOrderKey = { id: number; decidedOn: LocalDate };

function isLater(a: DecisionOrderKey, b: DecisionOrderKey): boolean {
  return a.decidedOn > b.decidedOn || (a.decidedOn === b.decidedOn && a.id > b.id);
}

/** The decisions recorded after `decision` (in decision order). */
export function laterDecisions<D extends DecisionOrderKey>(decision: DecisionOrderKey, all: readonly D[]): D[] {
  return all.filter((other) => other.id !== decision.id && isLater(other, decision));
}

/** Whether `decision` may still be edited: no later decision exists. */
export function isEditable(decision: DecisionOrderKey, all: readonly DecisionOrderKey[]): boolean {
  return laterDecisions(decision, all).length === 0;
}

/**
 * The latest date among the other decisions that `decidedOn` would come before, or null when
 * the date is acceptable. `exceptId`: the decision being edited.
 */
export function dateBeforeLatest(decidedOn: LocalDate, all: readonly DecisionOrderKey[], exceptId?: number): LocalDate | null {
  const latest = all.filter((d) => d.id !== exceptId).reduce<LocalDate | null>((max, d) => (max === null || d.decidedOn > max ? d.decidedOn : max), null);
  return latest !== null && decidedOn < latest ? latest : null;
}
