// Figures of historical units read as figures of today's units. A count is never fractional: each
// count of a predecessor is divided among the units that carry it by the largest remainder (ties to
// the lower id), so the parts are integers that add up to the count, and a province total is the
// same whichever units it is read by.
import type { Share } from "./types";

/**
 * `total` divided in proportion to `shares` (largest remainder, ties to the earlier entry). The
 * parts sum to round(total × Σ shares): a part abolished without a successor is left out.
 */
export function divideCount(total: number, shares: readonly Share[]): number[] {
  if (!Number.isInteger(total)) throw new Error(`divideCount: ${total} is not an integer`);
  if (shares.length === 1 && shares[0]!.share === 1) return [total];
  const sign = total < 0 ? -1 : 1;
  const magnitude = Math.abs(total);
  const carried = shares.reduce((sum, part) => sum + part.share, 0);
  const target = Math.round(magnitude * Math.min(1, carried));
  const exact = shares.map((part) => magnitude * part.share);
  const parts = exact.map((value) => Math.floor(value + 1e-9));
  let left = target - parts.reduce((sum, part) => sum + part, 0);
  const order = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value + 1e-9) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = parts[i]! + 1;
    left -= 1;
  }
  return parts.map((part) => part * sign);
}

export type Counts<K extends string> = Record<K, number>;

export type RolledUp<K extends string> = {
  /** per unit that carries the history (today's units) */
  byUnit: Map<number, Counts<K>>;
  /** history that no unit carries (abolished without a successor) */
  unassigned: Counts<K>;
};

function zero<K extends string>(keys: readonly K[]): Counts<K> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Counts<K>;
}

/**
 * Adds each historical unit's counts into the units `sharesOf` says carry them. A unit that carries
 * its own history maps to itself with share 1.
 */
export function rollUpCounts<K extends string>(
  byAgency: ReadonlyMap<number, Counts<K>>,
  sharesOf: (agencyId: number) => readonly Share[],
  keys: readonly K[],
): RolledUp<K> {
  const byUnit = new Map<number, Counts<K>>();
  const unassigned = zero(keys);
  for (const [agencyId, counts] of byAgency) {
    const shares = sharesOf(agencyId);
    for (const key of keys) {
      const value = counts[key];
      const parts = divideCount(value, shares);
      let given = 0;
      shares.forEach((part, i) => {
        const target = byUnit.get(part.agencyId) ?? zero(keys);
        target[key] += parts[i]!;
        given += parts[i]!;
        byUnit.set(part.agencyId, target);
      });
      unassigned[key] += value - given;
    }
  }
  return { byUnit, unassigned };
}
