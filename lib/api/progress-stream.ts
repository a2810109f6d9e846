// A long request's progress as newline-delimited JSON: {"type":"progress",…} lines at most every
// 250 ms (the latest always sent), then one {"type":"done",…} or {"type":"error","code":…,"message":…}
// with the same code and message, in the uploader's language, as a JSON error answer (lib/api/errors.ts). The work
// goes on to its end even if the browser goes away (the import's transaction is never left half-way).
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { describeApiError } from "./errors";

const INTERVAL_MS = 250;

export type ProgressSink = (progress: Record<string, number | undefined>) => void;

/** `locale`: the uploader's language, in which an error line is worded (Vietnamese by default). */
export function progressResponse(context: string, work: (send: ProgressSink) => Promise<Record<string, unknown>>, locale: Locale = DEFAULT_LOCALE): Response {
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
          const { body } = describeApiError(error, `import ${context}`, locale);
          write({ type: "error", ...body });
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
