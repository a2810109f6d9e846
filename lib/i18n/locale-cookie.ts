// The viewer's language lives in a cookie, so that choosing messages costs no database query per
// page view (issue 19 counts CPU per view). The saved choice is users.locale: the language switch
// (app/(app)/locale-actions.ts) writes both, and sign-in (lib/auth/options.ts) sets the cookie from
// the saved value, so the choice follows the user to a fresh browser.
import { LOCALES, DEFAULT_LOCALE, type Locale } from "./locale";

export const LOCALE_COOKIE = "cchc-locale";

/** A year: the cookie only mirrors users.locale, which sign-in writes back. */
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

export function localeFromCookie(value: string | undefined): Locale {
  return LOCALES.find((locale) => locale === value) ?? DEFAULT_LOCALE;
}

export const localeCookieOptions = { path: "/", sameSite: "lax", httpOnly: true, maxAge: LOCALE_COOKIE_MAX_AGE } as const;
