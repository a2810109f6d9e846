// What the sign-in page says for next-auth's error codes (?error=… after a redirect, or the
// `error` of signIn() without one). None of them may tell whether an account exists.
import { t } from "@/lib/i18n";
import { throttledMinutes } from "@/lib/auth/sign-in-throttle";

export function signInErrorMessage(code: string): string {
  // every refusal of a login and password: wrong, unknown, locked, inactive
  if (code === "CredentialsSignin") return t("signIn.error");
  if (code === "AccessDenied") return t("signIn.ssoRefused");
  const minutes = throttledMinutes(code);
  if (minutes !== null) return t("signIn.throttled", { minutes });
  return t("signIn.unavailable");
}
