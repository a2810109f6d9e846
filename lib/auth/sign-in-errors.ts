// What the sign-in page says for next-auth's error codes (?error=… after a redirect, or the
// `error` of signIn() without one). None of them may tell whether an account exists.
import type { useTranslations } from "next-intl";
import { throttledMinutes } from "@/lib/auth/sign-in-throttle";

/** The "signIn" namespace's translator, from the page (server) or the form (client). */
export type SignInText = ReturnType<typeof useTranslations<"signIn">>;

export function signInErrorMessage(code: string, t: SignInText): string {
  // every refusal of a login and password: wrong, unknown, locked, inactive
  if (code === "CredentialsSignin") return t("error");
  if (code === "AccessDenied") return t("ssoRefused");
  const minutes = throttledMinutes(code);
  if (minutes !== null) return t("throttled", { minutes: String(minutes) });
  return t("unavailable");
}
