// The proxy's half of issue 17 item 1: a page request whose URL parameters its schema refuses is
// answered 400 with the reasons in Vietnamese, before the page (or its layout) renders or reads
// anything. It has to be here: a page inside a loading.tsx boundary has already sent its 200
// when it could call notFound(), and Next gives a page no other way to answer 400.
import type { NextRequest } from "next/server";
import { getDataSpan } from "@/lib/data/as-of";
import { t } from "@/lib/i18n";
import { pageParamsSchema } from "@/lib/validations/page-params";
import { readSearchParams, type DataSpan } from "@/lib/validations/search-params";

// The data's day changes once a day at most: read it again after a minute, not on every request.
const SPAN_TTL_MS = 60_000;
let cachedSpan: { span: DataSpan; until: number } | undefined;

async function dataSpan(): Promise<DataSpan> {
  const now = Date.now();
  if (!cachedSpan || cachedSpan.until <= now) cachedSpan = { span: await getDataSpan(), until: now + SPAN_TTL_MS };
  return cachedSpan.span;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain page (no script, no style: nothing for a Content-Security-Policy to refuse). */
function page(pathname: string, messages: string[]): string {
  const items = messages.map((message) => `<li>${escape(message)}</li>`).join("");
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<meta name="robots" content="noindex"><title>${escape(t("params.title"))}</title></head><body><main>`
    + `<h1>${escape(t("params.heading"))}</h1><p>${escape(t("params.body"))}</p><ul>${items}</ul>`
    + `<p><a href="${escape(pathname)}">${escape(t("params.defaults"))}</a> · <a href="/">${escape(t("common.backHome"))}</a></p>`
    + `</main></body></html>`;
}

/** 400 with the reasons when the request's parameters are refused; undefined to let it through. */
export async function refuseBadParameters(request: NextRequest): Promise<Response | undefined> {
  const { pathname, searchParams } = request.nextUrl;
  const schema = pageParamsSchema(pathname);
  if (!schema || searchParams.size === 0) return undefined;
  const result = readSearchParams(schema(await dataSpan()), searchParams);
  if (result.ok) return undefined;
  return new Response(page(pathname, result.messages), {
    status: 400,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
