// Five wrong passwords in a row lock an account for exactly fifteen minutes.
import { describe, expect, it } from "vitest";
import { isLocked, nextLockState, type LockState } from "@/lib/auth/lockout";

const now = new Date("2026-03-02T08:00:00.000Z");
const minutes = (n: number, from = now) => new Date(from.getTime() + n * 60_000);
const fresh: LockState = { failedAttempts: 0, lockedUntil: null };

function failTimes(count: number, at = now): LockState {
  let state = fresh;
  for (let i = 0; i < count; i += 1) state = nextLockState(state, "failure", at).next;
  return state;
}

describe("account lock-out", () => {
  it("counts the first four failures without locking", () => {
    const decision = nextLockState(failTimes(3), "failure", now);
    expect(decision).toEqual({ next: { failedAttempts: 4, lockedUntil: null }, signedIn: false, wasLocked: false, lockedNow: false });
  });

  it("locks on the fifth failure until now + 15 minutes", () => {
    const decision = nextLockState(failTimes(4), "failure", now);
    expect(decision.lockedNow).toBe(true);
    expect(decision.next).toEqual({ failedAttempts: 5, lockedUntil: minutes(15) });
  });

  it("is still locked at 14:59, even for the right password, and does not extend the lock", () => {
    const locked = failTimes(5);
    const at = new Date(minutes(15).getTime() - 1000);
    expect(isLocked(locked, at)).toBe(true);
    const decision = nextLockState(locked, "success", at);
    expect(decision).toEqual({ next: locked, signedIn: false, wasLocked: true, lockedNow: false });
    expect(nextLockState(locked, "failure", at).next.lockedUntil).toEqual(minutes(15));
  });

  it("is unlocked at exactly 15:00: the right password signs in, a wrong one starts a new count", () => {
    const locked = failTimes(5);
    expect(isLocked(locked, minutes(15))).toBe(false);
    expect(nextLockState(locked, "success", minutes(15))).toMatchObject({ signedIn: true, wasLocked: false });
    expect(nextLockState(locked, "failure", minutes(15))).toMatchObject({
      next: { failedAttempts: 1, lockedUntil: null }, lockedNow: false,
    });
  });

  it("resets the count on a successful sign-in", () => {
    const decision = nextLockState(failTimes(4), "success", now);
    expect(decision).toEqual({ next: fresh, signedIn: true, wasLocked: false, lockedNow: false });
    expect(nextLockState(decision.next, "failure", now).next.failedAttempts).toBe(1);
  });
});
