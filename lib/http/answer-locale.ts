// The language of an answer given where next-intl's request scope does not reach: the proxy's
// refusals, the route handlers' JSON errors, load shedding's 503 (issue 23). /api/v1's callers are
// programs with a bearer token and no cookie, so their language is the request's Accept-Language
// (English when it prefers English to Vietnamese, negotiated by `negotiator`); every other answer
// follows the viewer's cookie, like the pages (lib/i18n/locale-cookie.ts).
import Negotiator from "negotiator";
import { DEFAULT_LOCALE, LOCALES, toLocale, type Locale } from "@/lib/i18n/locale";

/** The cookie of lib/i18n/locale-cookie.ts (server-only, next/headers: not loadable where this runs). */
const LOCALE_COOKIE_PATTERN = /(?:^|;\s*)cchc-locale=([^;]*)/;

const isMachineApi = (pathname: string) => pathname === "/api/v1" || pathname.startsWith("/api/v1/");

/** The locale to answer `url` in, from its request's headers. */
export function answerLocale(url: string | undefined, header: (name: string) => string | null | undefined): Locale {
  const { pathname } = new URL(url ?? "/", "http://localhost");
  if (isMachineApi(pathname)) {
    const accepted = header("accept-language");
    return accepted ? toLocale(new Negotiator({ headers: { "accept-language": accepted } }).language([...LOCALES])) : DEFAULT_LOCALE;
  }
  return toLocale(LOCALE_COOKIE_PATTERN.exec(header("cookie") ?? "")?.[1]);
}

/** The same for a fetch Request. */
export const requestAnswerLocale = (request: Request): Locale => answerLocale(request.url, (name) => request.headers.get(name));
