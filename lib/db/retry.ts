// Bounded retry of a whole transaction that lost a deadlock or a serialisation race (40P01, 40001).
// The rollup triggers cannot deadlock any more (prisma/migrations/*_writes_without_deadlocks), but a
// transaction can still lose such a race on other rows (two report saves, a Serializable read, a
// user edited twice at once); PostgreSQL then rolls it back whole, so running it again is safe.
// Delays grow exponentially with full jitter (a random delay up to the cap), so that the writers
// that collided do not collide again in step. Anything else is thrown at once.
import { transientFailure } from "@/lib/errors/database";

export type RetryOptions = {
  /** attempts in all, the first one included (default 4) */
  attempts?: number;
  /** cap of the first delay; each next cap doubles (default 25 ms) */
  baseDelayMs?: number;
  /** largest delay (default 400 ms) */
  maxDelayMs?: number;
  /** called before each new attempt, for the log */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether a transaction that failed with `error` may simply be run again. */
export function isConflict(error: unknown): boolean {
  return transientFailure(error) === "conflict";
}

/** Runs `work` (one whole transaction) until it succeeds, fails otherwise, or runs out of attempts. */
export async function retryConflicts<T>(work: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 4;
  const base = options.baseDelayMs ?? 25;
  const max = options.maxDelayMs ?? 400;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? wait;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work(attempt);
    } catch (error) {
      if (attempt >= attempts || !isConflict(error)) throw error;
      const delay = Math.round(random() * Math.min(max, base * 2 ** (attempt - 1)));
      options.onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}
