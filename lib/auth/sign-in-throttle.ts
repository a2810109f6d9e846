// The per-client throttle in front of the lock-out (DESIGN §9). Five wrong passwords lock an
// account (lib/auth/lockout.ts), so without a throttle anyone could lock every account they can
// name. A client address (lib/auth/client-ip.ts) with THROTTLE_MAX_FAILURES failed sign-ins in the
// last THROTTLE_WINDOW_MS is refused outright: its next attempts check no password and count
// against no account until the oldest of those failures leaves the window. The failures are the
// audit log's SIGN_IN_FAILED rows, so the count is shared by every app process and survives
// restarts. Generous enough for an office of people who mistype behind one address; it bounds an
// attacker on one address to THROTTLE_MAX_FAILURES / MAX_FAILED_ATTEMPTS lock-outs per window.
// Pure; lib/data/sign-in-throttle.ts reads the failures.

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_MAX_FAILURES = 20;

/**
 * Milliseconds until the client may try again (0: now). `recentFailures` are the client's failed
 * attempts within the window before `now`, newest first, at most THROTTLE_MAX_FAILURES of them.
 */
export function throttleWait(recentFailures: readonly Date[], now: Date): number {
  if (recentFailures.length < THROTTLE_MAX_FAILURES) return 0;
  const oldestCounted = recentFailures[THROTTLE_MAX_FAILURES - 1]!;
  return Math.max(0, oldestCounted.getTime() + THROTTLE_WINDOW_MS - now.getTime());
}

/** Whole minutes to show, at least 1. */
export const waitMinutes = (waitMs: number) => Math.max(1, Math.ceil(waitMs / 60_000));

/** What authorize() throws for a throttled client; the sign-in form shows signIn.throttled. */
export const THROTTLED_ERROR_PREFIX = "Throttled:";

export class SignInThrottledError extends Error {
  override name = "SignInThrottledError";
  constructor(readonly waitMs: number) {
    super(`${THROTTLED_ERROR_PREFIX}${waitMinutes(waitMs)}`);
  }
}

/** The minutes of a throttled sign-in's error code ("Throttled:12" → 12), or null for any other code. */
export function throttledMinutes(code: string | null | undefined): number | null {
  if (!code?.startsWith(THROTTLED_ERROR_PREFIX)) return null;
  const minutes = Number(code.slice(THROTTLED_ERROR_PREFIX.length));
  return Number.isSafeInteger(minutes) && minutes > 0 && minutes <= 60 ? minutes : null;
}
