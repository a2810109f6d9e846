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
});
