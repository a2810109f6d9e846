// The one shape of the export routes that hand back a finished file (the CCHC report as Word or
// PDF, the scorecard print, the quarter pack): the session and its scope, the route's parameter
// schema (a bad value is a 400 naming it, before anything is read), the file built from lib/data
// with the viewer, one audit row (who, what, filters), then the download. A route handler is not
// behind the page's checks, so it checks everything itself; an unexpected failure answers
// lib/errors' JSON (503 + Retry-After when transient).
import "server-only";
import { Readable } from "node:stream";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { withApiErrors } from "@/lib/api/errors";
import { clientIp } from "@/lib/auth/client-ip";
import { can, readableAgencies, toViewer, type Action, type Viewer } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/data/auth";
import { recordExport, type ExportRecord } from "@/lib/data/exports";
import { getDataSpan } from "@/lib/data/province/settings";
import { getIntl } from "@/lib/i18n/server";
import type { Intl } from "@/lib/i18n/translator";
import { readSearchParams, type DataSpan } from "@/lib/validations/search-params";

/** What a loader gets: the viewer and its parameters, and the viewer's translator and formats (the file's language). */
export type FileContext<P> = { viewer: Viewer; user: SessionUser; span: DataSpan; params: P; signal: AbortSignal } & Intl;

/** A file to download: its bytes (or a stream of them), and what the audit row says of it. */
export type ExportFile = {
  name: string;
  contentType: string;
  body: Buffer | Readable;
  /** more answer headers, e.g. the pack's file count for the page's progress */
  headers?: Record<string, string>;
  audit: Pick<ExportRecord, "what" | "format" | "rows" | "agencyId"> & { filters?: Record<string, string> };
};

const text = (body: string, status: number) => new NextResponse(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export function fileExport<S extends z.ZodType>(options: {
  context: string;
  schema: (span: DataSpan) => S;
  /** what the viewer needs besides reading some agency (default: agency.read alone) */
  need?: Action;
  load: (context: FileContext<z.output<S>>) => Promise<ExportFile | null>;
}) {
  return withApiErrors(options.context, async (request: Request): Promise<Response> => {
    const [user, { t, f, locale }] = await Promise.all([getSessionUser(), getIntl()]);
    if (!user) return NextResponse.redirect(new URL("/sign-in", request.url));
    const viewer = toViewer(user);
    if (user.mustChangePassword) return text(t("action.forbidden"), 403);
    if (readableAgencies(viewer) === "none" || (options.need && !can(viewer, options.need))) return text(t("notFound.heading"), 404);
    const span = await getDataSpan();
    const search = new URL(request.url).searchParams;
    const parsed = readSearchParams(options.schema(span), search, locale);
    if (!parsed.ok) return text([t("params.heading"), ...parsed.messages].join("\n"), 400);
    const file = await options.load({ viewer, user, span, params: parsed.data, signal: request.signal, t, f });
    if (!file) return text(t("notFound.heading"), 404);
    await recordExport(viewer, { ...file.audit, filters: { ...Object.fromEntries(search), ...file.audit.filters }, ip: clientIp((name) => request.headers.get(name)) });
    const body = Buffer.isBuffer(file.body) ? new Uint8Array(file.body) : (Readable.toWeb(file.body) as ReadableStream<Uint8Array>);
    // a finished file states its length, so that the page's progress is a fraction of it
    const length: Record<string, string> = Buffer.isBuffer(file.body) ? { "content-length": String(file.body.length) } : {};
    return new NextResponse(body, {
      headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.name}"`, "cache-control": "no-store", "x-content-type-options": "nosniff", ...length, ...file.headers },
    });
  });
}
