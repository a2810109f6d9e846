// A long request's progress as newline-delimited JSON: {"type":"progress",…} lines at most every
// 250 ms, then one {"type":"done",…} or {"type":"error","message":…}. The work goes on to its end
// even if the browser goes away (the import's transaction is never left half-way).
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
  let last = 0;
  const send: ProgressSink = (progress) => {
    const now = Date.now();
    if (now - last < 250) return;
    last = now;
    write({ type: "progress", ...progress });
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controllerRef = controller;
      work(send)
        .then((result) => write({ type: "done", ...result }))
        .catch((error: unknown) => {
          console.error("[import] failed", error);
          write({ type: "error", message: error instanceof Error ? error.message : String(error) });
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
