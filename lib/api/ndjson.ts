// The reading side of lib/api/progress-stream.ts: a fetch response's newline-delimited JSON, line
// by line. Pure, so the import page (browser) and the benchmark (Node) share it.
export type StreamLine = { type: "progress" | "done" | "error"; [key: string]: unknown };

/** Reads NDJSON lines from a fetch response, calling `onLine` for each. */
export async function readLines(response: Response, onLine: (line: StreamLine) => void): Promise<void> {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const emit = (text: string) => {
    if (text.trim()) onLine(JSON.parse(text) as StreamLine);
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end = buffer.indexOf("\n");
    while (end !== -1) {
      emit(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      end = buffer.indexOf("\n");
    }
  }
  emit(buffer);
}
