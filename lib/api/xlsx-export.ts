// The one shape of every "Tải Excel" route handler: the session and its scope, the page's own
// parameter schema (a bad value is a 400 that names it, before anything is read), the page's data
// through lib/data with the viewer, an audit row (who, what, filters), then the workbook streamed
// to the browser as it is written, with its row count up front (X-Export-Rows) for the page's
// progress (components/exports); a cancelled download aborts the request, and the writer stops
// between rows, so the database is read no further (issue 20 item 5).
// A route handler is not behind the page's checks, so it checks everything itself.
import "server-only";
import { PassThrough, Readable } from "node:stream";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { can, readableAgencies, toViewer, type Action, type Viewer } from "@/lib/auth/permissions";
import { clientIp } from "@/lib/auth/client-ip";
import { getSessionUser } from "@/lib/auth/session";
import { withApiErrors } from "@/lib/api/errors";
import { EXPORT_ROWS_HEADER } from "@/lib/export/progress";
import { recordExport } from "@/lib/data/exports";
import { getDataSpan, getProvinceSetting } from "@/lib/data/province/settings";
import type { SessionUser } from "@/lib/data/auth";
import type { SheetData, TitleBlock, WorkbookNotes, WorkbookSpec } from "@/lib/export/xlsx/columns";
import type { LocalDate } from "@/lib/metrics/periods";
import { writeWorkbook, XLSX_CONTENT_TYPE } from "@/lib/export/xlsx/workbook";
import { safeFileName } from "@/lib/export/file-name";
import { getIntl } from "@/lib/i18n/server";
import type { Intl } from "@/lib/i18n/translator";
import { readSearchParams, type DataSpan } from "@/lib/validations/search-params";

/** What a loader gets: the viewer and its parameters, and the viewer's translator and formats (the workbook's language). */
export type ExportContext<P> = { viewer: Viewer; user: SessionUser; span: DataSpan; params: P; segments: Record<string, string> } & Intl;

/** What a route's loader hands back: the workbook's parts, or null for "not found". */
export type ExportContent = {
  /** for the audit log and the file name, e.g. "tasks" */
  what: string;
  /** the file name's tail after `what`, e.g. the period key */
  fileSuffix?: string;
  title: Pick<TitleBlock, "title" | "unit" | "period">;
  sheets: SheetData[];
  notes: WorkbookNotes;
  agencyId?: number | null;
  /** the rows of the streamed sheets, counted before they stream: the page's progress shows the total */
  countStreamed?: () => Promise<number>;
};

type Options<S extends z.ZodType> = {
  schema?: (span: DataSpan) => S;
  /** what the viewer needs besides reading some agency (default: scorecard.read) */
  need?: Action;
  load: (context: ExportContext<z.output<S>>) => Promise<ExportContent | null>;
};

const text = (body: string, status: number) => new NextResponse(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });


type RouteContext = { params: Promise<Record<string, string | string[]> | undefined> };

export function xlsxExport<S extends z.ZodType>(options: Options<S>) {
  // an unexpected failure before the file streams answers lib/errors' JSON (503 + Retry-After when transient)
  return withApiErrors("export", async function GET(request: Request, route?: RouteContext): Promise<Response> {
    const [user, { t, f, locale }] = await Promise.all([getSessionUser(), getIntl()]);
    if (!user) return NextResponse.redirect(new URL("/sign-in", request.url));
    const viewer: Viewer = toViewer(user);
    if (user.mustChangePassword) return text(t("action.forbidden"), 403);
    if (!can(viewer, options.need ?? "scorecard.read") || readableAgencies(viewer) === "none") return text(t("notFound.heading"), 404);
    const span = await getDataSpan();
    const search = new URL(request.url).searchParams;
    let params = undefined as z.output<S>;
    if (options.schema) {
      const parsed = readSearchParams(options.schema(span), search, locale);
      if (!parsed.ok) return text([t("params.heading"), ...parsed.messages].join("\n"), 400);
      params = parsed.data;
    }
    // a route without dynamic segments gets no params object
    const raw = (route ? await route.params : undefined) ?? {};
    const segments = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value.join("/") : value]));
    const content = await options.load({ viewer, user, span, params, segments, t, f });
    if (!content) return text(t("notFound.heading"), 404);
    const [province, streamed] = await Promise.all([getProvinceSetting(), content.countStreamed?.()]);
    const rows = totalRows(content.sheets, streamed);
    await recordExport(viewer, {
      what: content.what,
      format: "xlsx",
      rows,
      filters: { ...Object.fromEntries(search), ...segments },
      agencyId: content.agencyId,
      ip: clientIp((name) => request.headers.get(name)),
    });
    return streamWorkbook(workbookSpec(content, { province: province.name, asOf: span.asOf, user, at: new Date(), intl: { t, f } }), `${safeFileName([content.what, content.fileSuffix].filter(Boolean).join("-"))}.xlsx`, request.signal, rows);
  });
}

/** A loader's content with its title block completed: the province, the data's day, who and when, in the language of `intl`. */
export function workbookSpec(content: ExportContent, by: { province: string; asOf: LocalDate; user: Pick<SessionUser, "fullName">; at: Date; intl: Intl }): WorkbookSpec {
  const title: TitleBlock = { ...content.title, province: by.province, dataAsOf: by.intl.f.localDate(by.asOf), exportedBy: by.user.fullName, exportedAt: by.at };
  return { title, sheets: content.sheets, notes: content.notes, intl: by.intl };
}

/** The rows of the sheets: those held in memory and `streamed`; undefined when a sheet streams uncounted. */
function totalRows(sheets: readonly SheetData[], streamed: number | undefined): number | undefined {
  let total = streamed ?? 0;
  for (const part of sheets) {
    if (Array.isArray(part.rows)) total += part.rows.length;
    else if (streamed === undefined) return undefined;
  }
  return total;
}

/** The workbook as the answer's body, written as it is read; exported for the cancel test (tests/integration). */
export function streamWorkbook(spec: Parameters<typeof writeWorkbook>[0], fileName: string, requestSignal: AbortSignal, rows: number | undefined): Response {
  const body = new PassThrough();
  const stop = new AbortController();
  requestSignal.addEventListener("abort", () => stop.abort(requestSignal.reason), { once: true });
  // the browser cancelled the download: the body closes before the workbook ended
  body.on("close", () => {
    if (!body.writableFinished) stop.abort(new Error("download cancelled"));
  });
  writeWorkbook(spec, body, stop.signal).catch((error: unknown) => {
    if (!stop.signal.aborted) console.error(`Xuất Excel ${fileName} thất bại:`, error);
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": XLSX_CONTENT_TYPE,
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      ...(rows === undefined ? {} : { [EXPORT_ROWS_HEADER]: String(rows) }),
    },
  });
}
