// The viewer's language lives in a cookie, so that choosing messages costs no database query per
// page view (issue 19 counts CPU per view). The saved choice is users.locale: the language switch
// (app/(app)/locale-action.ts) writes both, and sign-in (lib/auth/options.ts) sets the cookie from
// the saved value, so the choice follows the user to a fresh browser.
import "server-only";
import { cookies } from "next/headers";
import { toLocale, type Locale } from "./locale";

export const LOCALE_COOKIE = "cchc-locale";

/** A year: the cookie only mirrors users.locale, which sign-in writes back. */
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/** The request's locale: its cookie's, else Vietnamese. */
export async function requestLocale(): Promise<Locale> {
  return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

/** Sets the cookie on the response of a server action or route handler (sign-in, the switch). */
export async function setLocaleCookie(locale: Locale, secure: boolean): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, secure, maxAge: LOCALE_COOKIE_MAX_AGE });
}
