// The proxy's half of issue 17 item 1: a page request whose URL parameters its schema refuses is
// answered 400 with the reasons in Vietnamese, before the page (or its layout) renders or reads
// anything. It has to be here: a page inside a loading.tsx boundary has already sent its 200
// when it could call notFound(), and Next gives a page no other way to answer 400.
import { createHash } from "node:crypto";
import type { NextRequest } from "next/server";
import { translate, type Locale } from "@/lib/i18n/locales";
import { toLocale } from "@/lib/i18n/locale";
import { LOCALE_COOKIE } from "@/lib/i18n/locale-cookie";
import { pageParamsSchema } from "@/lib/validations/page-params";
import { readSearchParams, type DataSpan } from "@/lib/validations/search-params";
import { getDataSpan } from "@/lib/data/province/settings";

// The data's day changes once a day at most: read it again after a minute, not on every request.
const SPAN_TTL_MS = 60_000;
let cachedSpan: { span: DataSpan; until: number } | undefined;

async function dataSpan(): Promise<DataSpan> {
  const now = Date.now();
  if (!cachedSpan || cachedSpan.until <= now) cachedSpan = { span: await getDataSpan(), until: now + SPAN_TTL_MS };
  return cachedSpan.span;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// The app's colours and type, inline: the proxy cannot name the build's stylesheet. No script.
// A Content-Security-Policy that refuses inline styles can allow this one by its hash
// (BAD_PARAMETERS_STYLE_HASH); refused, the page is plain but reads the same.
const STYLE =
  "body{margin:0;font-family:'Be Vietnam Pro',system-ui,sans-serif;background:#f4f6f9;color:#15202e}" +
  "main{max-width:40rem;margin:3rem auto;padding:1.5rem;background:#fff;border-top:4px solid #c0282d}" +
  "h1{font-size:1.5rem;color:#0c2d5b}li{margin:.25rem 0}a{color:#1a4f8b;font-weight:600}";

export const BAD_PARAMETERS_STYLE_HASH = `sha256-${createHash("sha256").update(STYLE).digest("base64")}`;

function page(pathname: string, messages: string[], locale: Locale): string {
  const t = (key: "params.title" | "params.heading" | "params.body" | "params.defaults" | "common.backHome") => translate(locale, key);
  const items = messages.map((message) => `<li>${escape(message)}</li>`).join("");
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<meta name="robots" content="noindex"><title>${escape(t("params.title"))}</title><style>${STYLE}</style></head><body><main>`
    + `<h1>${escape(t("params.heading"))}</h1><p>${escape(t("params.body"))}</p><ul>${items}</ul>`
    + `<p><a href="${escape(pathname)}">${escape(t("params.defaults"))}</a> · <a href="/">${escape(t("common.backHome"))}</a></p>`
    + `</main></body></html>`;
}

/** 400 with the reasons when the request's parameters are refused; undefined to let it through. */
export async function refuseBadParameters(request: NextRequest): Promise<Response | undefined> {
  const { pathname, searchParams } = request.nextUrl;
  const schema = pageParamsSchema(pathname);
  if (!schema || searchParams.size === 0) return undefined;
  // the viewer's language from its cookie (lib/i18n/locale-cookie.ts), as the pages choose it
  const locale = toLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  const result = readSearchParams(schema(await dataSpan()), searchParams, locale);
  if (result.ok) return undefined;
  return new Response(page(pathname, result.messages, locale), {
    status: 400,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
