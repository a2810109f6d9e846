// When does a run of wrong passwords lock an account, and for how long? Pure, so the rule is
// tested exactly; lib/data/auth.ts stores the state it returns.

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_DURATION_MS = 15 * 60 * 1000;

export type LockState = { failedAttempts: number; lockedUntil: Date | null };

/** Whether the password given was right. */
export type PasswordOutcome = "success" | "failure";

export type LockDecision = {
  /** The state to store on the account. */
  next: LockState;
  /** Only a right password on an account that is not locked signs in. */
  signedIn: boolean;
  /** The account was locked when the attempt came in (the password was not even considered). */
  wasLocked: boolean;
  /** This attempt was the failure that locked the account. */
  lockedNow: boolean;
};

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && now.getTime() < state.lockedUntil.getTime();
}

/**
 * The account's state after one sign-in attempt at `now`. While locked, every attempt fails and
 * changes nothing (guessing does not extend the lock). Once the lock has expired the count starts
 * again from zero; the MAX_FAILED_ATTEMPTS-th failure in a row locks for LOCK_DURATION_MS.
 */
export function nextLockState(state: LockState, outcome: PasswordOutcome, now: Date): LockDecision {
  if (isLocked(state, now)) {
    return { next: state, signedIn: false, wasLocked: true, lockedNow: false };
  }
  if (outcome === "success") {
    return { next: { failedAttempts: 0, lockedUntil: null }, signedIn: true, wasLocked: false, lockedNow: false };
  }
  const previous = state.lockedUntil === null ? state.failedAttempts : 0;
  const failedAttempts = previous + 1;
  const lockedNow = failedAttempts >= MAX_FAILED_ATTEMPTS;
  return {
    next: { failedAttempts, lockedUntil: lockedNow ? new Date(now.getTime() + LOCK_DURATION_MS) : null },
    signedIn: false,
    wasLocked: false,
    lockedNow,
  };
}
