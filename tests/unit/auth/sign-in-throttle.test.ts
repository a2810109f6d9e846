// The per-client throttle in front of the lock-out: when a client is refused and for how long,
// and what the sign-in page then says.
import { describe, expect, it } from "vitest";
import {
  SignInThrottledError, THROTTLE_MAX_FAILURES, THROTTLE_WINDOW_MS, throttledMinutes, throttleWait,
} from "@/lib/auth/sign-in-throttle";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { t } from "@/tests/support/vi";
import { createTranslator } from "next-intl";
import { nestedMessages } from "@/lib/i18n/messages/nested";

const signInText = createTranslator({ locale: "vi", messages: nestedMessages.vi, namespace: "signIn" });

const now = new Date("2026-06-01T08:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("throttleWait", () => {
  it("lets a client with fewer than 20 failures in 15 minutes try", () => {
    expect(THROTTLE_MAX_FAILURES).toBe(20);
    expect(THROTTLE_WINDOW_MS).toBe(15 * 60_000);
    expect(throttleWait(Array.from({ length: 19 }, (_, i) => minutesAgo(i * 0.5)), now)).toBe(0);
  });

  it("refuses the 21st attempt until the oldest counted failure leaves the window", () => {
    // newest first: failures 0, 0.5, …, 9.5 minutes ago; the 20th (oldest counted) is 9.5 minutes old
    const failures = Array.from({ length: 20 }, (_, i) => minutesAgo(i * 0.5));
    expect(throttleWait(failures, now)).toBe(5.5 * 60_000);
  });
});

describe("what the sign-in form says", () => {
  it("names the minutes to wait, and nothing about accounts", () => {
    const error = new SignInThrottledError(5.5 * 60_000);
    expect(error.message).toBe("Throttled:6");
    expect(throttledMinutes(error.message)).toBe(6);
    expect(signInErrorMessage(error.message, signInText)).toBe(t("signIn.throttled", { minutes: 6 }));
    expect(signInErrorMessage("CredentialsSignin", signInText)).toBe(t("signIn.error"));
    expect(signInErrorMessage("Throttled:999", signInText)).toBe(t("signIn.unavailable"));
    expect(signInErrorMessage("Configuration", signInText)).toBe(t("signIn.unavailable"));
  });
});
