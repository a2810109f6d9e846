// Requests per API token: a token bucket kept in this process's memory. Enough for one server;
// behind several instances each counts its own requests (the limit then applies per instance).
// Buckets are keyed by the token's hash, so they are checked before the database is asked anything:
// a refused request costs no query and no write, and an unknown token is limited like a known one.
export const RATE_LIMIT_PER_MINUTE = 60;
/** failed authentications per client address and minute before its requests are refused unread */
export const FAILED_AUTH_PER_MINUTE = 10;
/** past this many buckets, full ones (idle for a minute) are dropped: random tokens cannot grow the map */
const MAX_BUCKETS = 10_000;

type Bucket = { tokens: number; updatedAt: number };

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly capacity = RATE_LIMIT_PER_MINUTE,
    private readonly refillPerSecond = capacity / 60,
  ) {}

  private refilled(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updatedAt: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.refillPerSecond);
    bucket.updatedAt = now;
    return bucket;
  }

  private secondsUntilOne(bucket: Bucket): number {
    return Math.ceil((1 - bucket.tokens) / this.refillPerSecond);
  }

  /** Takes one request from `key`'s bucket: 0 when allowed, else the seconds to wait. */
  take(key: string, now = Date.now()): number {
    const bucket = this.refilled(key, now);
    if (!this.buckets.has(key)) this.remember(key, bucket, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return this.secondsUntilOne(bucket);
  }

  /** The seconds to wait before `key` may take one, without taking it. */
  wait(key: string, now = Date.now()): number {
    if (!this.buckets.has(key)) return 0;
    const bucket = this.refilled(key, now);
    return bucket.tokens >= 1 ? 0 : this.secondsUntilOne(bucket);
  }

  get size(): number {
    return this.buckets.size;
  }

  private remember(key: string, bucket: Bucket, now: number): void {
    if (this.buckets.size >= MAX_BUCKETS) {
      for (const [other, value] of this.buckets) {
        if (value.tokens + ((now - value.updatedAt) / 1000) * this.refillPerSecond >= this.capacity) this.buckets.delete(other);
      }
    }
    this.buckets.set(key, bucket);
  }
}
