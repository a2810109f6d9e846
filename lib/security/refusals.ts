// The answers proxy.ts and route handlers give to requests refused before any work: bad bytes in
// the URL (400) and a state-changing request from another site (403), in the reader's language
// (lib/http/answer-locale.ts; Vietnamese when the caller does not say); JSON answers
// have the shape of every API error (lib/api/errors.ts: { code, message }).
import { NextResponse } from "next/server";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { wordsOf } from "@/lib/notifications/words";

const CONTROL = /[\u0000-\u001f\u007f]/;

/** Whether the path has malformed percent-encoding, or the path or query decodes to control characters. */
export function hasBadBytes(pathname: string, query: URLSearchParams | null): boolean {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  if (CONTROL.test(path)) return true;
  if (query) for (const [name, value] of query) if (CONTROL.test(name) || CONTROL.test(value)) return true;
  return false;
}

export function badRequestResponse(json: boolean, locale: Locale = DEFAULT_LOCALE): NextResponse {
  const message = wordsOf(locale).t("input.error.control");
  return json
    ? NextResponse.json({ code: "BAD_REQUEST", message }, { status: 400 })
    : new NextResponse(message, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export function foreignOriginResponse(locale: Locale = DEFAULT_LOCALE): NextResponse {
  return NextResponse.json({ code: "FORBIDDEN", message: wordsOf(locale).t("security.error.origin") }, { status: 403 });
}
