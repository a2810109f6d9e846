// Deterministic helpers for the reference demo data (no Math.random).

/** FNV-1a 32-bit hash of a string, as an unsigned integer. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A deterministic fraction in [0, 1) for a key. */
export function unit(key: string): number {
  return hash32(key) / 0x1_0000_0000;
}

/** Element i of an array, failing loudly when it is out of range. */
export function at<T>(values: readonly T[], i: number): T {
  const value = values[i];
  if (value === undefined) throw new Error(`index ${i} out of range (length ${values.length})`);
  return value;
}

/**
 * Split `total` into non-negative integers proportional to `weights`
 * (largest-remainder method; ties broken by index). The parts sum exactly to
 * `total`. `caps`, when given, bounds each part from above.
 */
export function allocate(total: number, weights: readonly number[], caps?: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new Error(`allocate: bad total ${total}`);
  const parts = weights.map(() => 0);
  const cap = (i: number): number => (caps === undefined ? Number.POSITIVE_INFINITY : at(caps, i));
  let remaining = total;
  // Repeat so that capped parts hand their share to the others.
  for (let round = 0; round < 20 && remaining > 0; round += 1) {
    const open = weights.flatMap((w, i) => (w > 0 && at(parts, i) < cap(i) ? [i] : []));
    const sum = open.reduce((s, i) => s + at(weights, i), 0);
    if (sum <= 0) break;
    const exact = open.map((i) => ({ i, x: (remaining * at(weights, i)) / sum }));
    let given = 0;
    for (const { i, x } of exact) {
      const add = Math.min(Math.floor(x), cap(i) - at(parts, i));
      parts[i] = at(parts, i) + add;
      given += add;
    }
    let left = remaining - given;
    const frac = (x: number): number => x - Math.floor(x);
    const order = [...exact].sort((a, b) => frac(b.x) - frac(a.x) || a.i - b.i);
    for (const { i } of order) {
      if (left === 0) break;
      if (at(parts, i) >= cap(i)) continue;
      parts[i] = at(parts, i) + 1;
      left -= 1;
    }
    remaining = left;
  }
  if (remaining !== 0) throw new Error(`allocate: could not place ${remaining} of ${total}`);
  return parts;
}
