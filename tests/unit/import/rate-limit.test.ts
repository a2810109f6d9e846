// The per-token bucket: a full minute's worth at once, then one a second, per token.
import { describe, expect, it } from "vitest";
import { RateLimiter } from "@/lib/api/rate-limit";

describe("RateLimiter", () => {
  it("allows the capacity at once, then refuses with the seconds to wait, and refills over time", () => {
    const limiter = new RateLimiter(3, 1);
    expect([0, 0, 0].map(() => limiter.take("a", 1_000))).toEqual([0, 0, 0]);
    expect(limiter.take("a", 1_000)).toBe(1);
    expect(limiter.take("b", 1_000)).toBe(0);
    expect(limiter.take("a", 2_000)).toBe(0);
    expect(limiter.take("a", 2_000)).toBe(1);
    expect(limiter.take("a", 10_000)).toBe(0);
  });

  it("tells the wait without taking, and an unknown key never waits", () => {
    const limiter = new RateLimiter(1, 1);
    expect(limiter.wait("a", 1_000)).toBe(0);
    expect(limiter.take("a", 1_000)).toBe(0);
    expect(limiter.wait("a", 1_000)).toBe(1);
    expect(limiter.wait("a", 1_000)).toBe(1);
    expect(limiter.wait("a", 2_000)).toBe(0);
  });

  it("keeps a bounded number of buckets: idle, full ones are dropped when many random keys come", () => {
    const limiter = new RateLimiter(2, 1);
    for (let i = 0; i < 10_000; i += 1) limiter.take(`random-${i}`, 0);
    expect(limiter.size).toBe(10_000);
    // a minute later every bucket has refilled: the next new key sweeps them out
    limiter.take("late", 60_000);
    expect(limiter.size).toBe(1);
  });
});
