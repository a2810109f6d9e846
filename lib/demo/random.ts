// Seeded pseudo-random numbers for the demo data. Math.random cannot be seeded, and the demo must
// be reproducible: the same seed and scale give byte-identical data on every machine, so a figure
// seen in a screenshot or a test can be found again.
//
// mulberry32: 32-bit state, fast, good enough statistically for synthetic data. Its period (2^32)
// is far above the ~60 million draws a scale-1 load makes.

export const DEMO_SEED = 0x0c_c4_c2_02;

export class Random {
  private state: number;

  constructor(seed: number = DEMO_SEED) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** true with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element, uniformly. */
  pick<T>(values: readonly T[]): T {
    if (values.length === 0) throw new Error("Random.pick: empty list");
    return values[Math.floor(this.next() * values.length)] as T;
  }

  /** A derived generator, so that one part of the data does not shift when another changes. */
  fork(label: string): Random {
    let h = this.state ^ 0x811c9dc5;
    for (let i = 0; i < label.length; i += 1) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
    return new Random(h >>> 0);
  }
}
