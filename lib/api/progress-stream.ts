// A long request's progress as newline-delimited JSON: {"type":"progress",…} lines at most every
// 250 ms (the latest always sent), then one {"type":"done",…} or {"type":"error","message":…}. The work goes on to its end
// even if the browser goes away (the import's transaction is never left half-way). An error's
// text is shown only when it is one of the app's own refusals; the database's or the system's
// own words (SQL, PostgreSQL's English) stay in the server log.
import { userFacingMessage } from "@/lib/db/errors";
import { vi } from "@/lib/i18n/messages/vi";

const INTERVAL_MS = 250;

export type ProgressSink = (progress: Record<string, number | undefined>) => void;

export function progressResponse(work: (send: ProgressSink) => Promise<Record<string, unknown>>): Response {
  const encoder = new TextEncoder();
  let open = true;
  let controllerRef: ReadableStreamDefaultController<Uint8Array> | null = null;
  const write = (line: Record<string, unknown>) => {
    if (!open || !controllerRef) return;
    try {
      controllerRef.enqueue(encoder.encode(JSON.stringify(line) + "\n"));
    } catch {
      open = false;
    }
  };
  // at most one progress line per 250 ms, and the latest one always follows (a trailing send), so
  // the page sees the last count before a long final step (the import's one upsert)
  let last = 0;
  let latest: Record<string, number | undefined> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!latest) return;
    last = Date.now();
    write({ type: "progress", ...latest });
    latest = null;
  };
  const send: ProgressSink = (progress) => {
    latest = progress;
    const wait = INTERVAL_MS - (Date.now() - last);
    if (wait <= 0) flush();
    else timer ??= setTimeout(flush, wait);
  };
  const settle = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    latest = null;
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controllerRef = controller;
      work(send)
        .then((result) => {
          settle();
          write({ type: "done", ...result });
        })
        .catch((error: unknown) => {
          settle();
          console.error("[import] failed", error);
          write({ type: "error", message: userFacingMessage(error, vi["import.error.failed"].replace("{reason}", vi["import.error.unexpected"])) });
        })
        .finally(() => {
          if (open) controller.close();
          open = false;
        });
    },
    cancel() {
      open = false;
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
