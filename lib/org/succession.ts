// Who carries whose history. The lines of every reorganisation form a graph from predecessors to
// successors; "today's units" of a historical unit are the units in force on the data's day that its
// lines lead to, each with the product of the shares along the way (summed when several paths meet:
// a split whose parts merge again carries the whole). Transfers keep the unit and are not followed.
import type { LocalDate } from "@/lib/metrics/periods";
import { inForceOn, type LineKind, type OrgLine, type OrgUnit, type Share } from "./types";

export type SuccessionStep = { from: number; kind: LineKind; effectiveOn: LocalDate; to: Share[] };

/** Sums the shares of each unit, ordered by id (the order the largest-remainder split breaks ties in). */
function mergeShares(shares: Iterable<Share>): Share[] {
  const total = new Map<number, number>();
  for (const { agencyId, share } of shares) total.set(agencyId, (total.get(agencyId) ?? 0) + share);
  return [...total].sort(([a], [b]) => a - b).map(([agencyId, share]) => ({ agencyId, share }));
}

export class Succession {
  private readonly units: Map<number, OrgUnit>;
  /** outgoing lines per predecessor (transfers excluded), in effective order */
  private readonly forward = new Map<number, OrgLine[]>();
  private readonly backward = new Map<number, OrgLine[]>();
  private readonly memo = new Map<string, Share[]>();

  constructor(units: Iterable<OrgUnit>, readonly lines: readonly OrgLine[]) {
    this.units = new Map([...units].map((unit) => [unit.id, unit]));
    for (const line of [...lines].sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn))) {
      if (line.kind === "TRANSFER") continue;
      this.forward.set(line.predecessorId, [...(this.forward.get(line.predecessorId) ?? []), line]);
      if (line.successorId !== null) this.backward.set(line.successorId, [...(this.backward.get(line.successorId) ?? []), line]);
    }
  }

  unit(id: number): OrgUnit | undefined {
    return this.units.get(id);
  }

  allUnits(): IterableIterator<OrgUnit> {
    return this.units.values();
  }

  /** The lines that ended `id`, effective on or before `asOf`. */
  private endingLines(id: number, asOf: LocalDate): OrgLine[] {
    return (this.forward.get(id) ?? []).filter((line) => line.effectiveOn <= asOf);
  }

  /** Whether `id` carries its own history on `asOf`: in force, and not ended by a line. */
  isCurrent(id: number, asOf: LocalDate): boolean {
    const unit = this.units.get(id);
    return unit !== undefined && inForceOn(unit, asOf) && this.endingLines(id, asOf).length === 0;
  }

  /**
   * The units in force on `asOf` that carry `id`'s history, with their shares (summing to 1, or to
   * less when a part was abolished without a successor; empty when nobody carries it).
   */
  currentUnitsOf(id: number, asOf: LocalDate): Share[] {
    const key = `${id}|${asOf}`;
    const known = this.memo.get(key);
    if (known) return known;
    const result = this.walk(id, asOf, new Set());
    this.memo.set(key, result);
    return result;
  }

  private walk(id: number, asOf: LocalDate, path: Set<number>): Share[] {
    if (this.isCurrent(id, asOf)) return [{ agencyId: id, share: 1 }];
    if (path.has(id)) throw new Error(`reorganisation lines form a cycle through agency ${id}`);
    const ending = this.endingLines(id, asOf);
    if (ending.length === 0) return [];
    // only the latest act that ended the unit counts; an earlier one would already have closed it
    const last = ending.at(-1)!.effectiveOn;
    const parts: Share[] = [];
    path.add(id);
    for (const line of ending) {
      if (line.effectiveOn !== last || line.successorId === null) continue;
      for (const part of this.walk(line.successorId, asOf, path)) parts.push({ agencyId: part.agencyId, share: part.share * line.share });
    }
    path.delete(id);
    return mergeShares(parts);
  }

  /** Every unit whose history `id` carries on `asOf` (its predecessors, back in time), without `id`. */
  predecessorsOf(id: number, asOf: LocalDate): number[] {
    const found = new Set<number>();
    const queue = [id];
    while (queue.length > 0) {
      const next = queue.pop()!;
      for (const line of this.backward.get(next) ?? []) {
        if (line.effectiveOn > asOf || found.has(line.predecessorId) || line.predecessorId === id) continue;
        found.add(line.predecessorId);
        queue.push(line.predecessorId);
      }
    }
    return [...found].sort((a, b) => a - b);
  }

  /** The acts that led from `id` to today's units, in order (a split fans out into several steps). */
  chainOf(id: number, asOf: LocalDate): SuccessionStep[] {
    const steps: SuccessionStep[] = [];
    const seen = new Set<number>();
    const queue = [id];
    while (queue.length > 0) {
      const from = queue.shift()!;
      if (seen.has(from)) continue;
      seen.add(from);
      const ending = this.endingLines(from, asOf);
      const last = ending.at(-1);
      if (!last) continue;
      const lines = ending.filter((line) => line.effectiveOn === last.effectiveOn);
      const to = mergeShares(lines.flatMap((line) => (line.successorId === null ? [] : [{ agencyId: line.successorId, share: line.share }])));
      steps.push({ from, kind: last.kind, effectiveOn: last.effectiveOn, to });
      queue.push(...to.map((part) => part.agencyId));
    }
    return steps;
  }
}
