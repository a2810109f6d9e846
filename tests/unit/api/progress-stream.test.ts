// The NDJSON progress stream of long requests (imports): throttled, but the latest count always
// reaches the page before the final line.
import { describe, expect, it, vi as spy } from "vitest";
import { readLines, type StreamLine } from "@/lib/api/ndjson";
import { progressResponse } from "@/lib/api/progress-stream";

async function lines(response: Response): Promise<Record<string, unknown>[]> {
  return (await response.text())
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("progressResponse", () => {
  it("sends the first count at once, drops the burst after it, and still sends the latest count before a long last step", async () => {
    const response = progressResponse("test", async (send) => {
      for (let rows = 1; rows <= 1000; rows += 1) send({ rows });
      await pause(400); // the long final statement: the trailing count goes out meanwhile
      return { created: 1000 };
    });
    const sent = await lines(response);
    expect(sent).toEqual([
      { type: "progress", rows: 1 },
      { type: "progress", rows: 1000 },
      { type: "done", created: 1000 },
    ]);
  });

  it("drops a pending count when the work fails, and reports the failure in one line", async () => {
    const response = progressResponse("test", async (send) => {
      send({ rows: 1 });
      send({ rows: 2 });
      throw Object.assign(new Error("Lần nhập này không ở trạng thái chờ xác nhận."), { name: "ImportRefusedError" });
    });
    const sent = await lines(response);
    expect(sent).toEqual([
      { type: "progress", rows: 1 },
      { type: "error", code: "IMPORT_REFUSED", message: "Lần nhập này không ở trạng thái chờ xác nhận." },
    ]);
  });

  it("reports an unexpected failure with a code and a reference, not its raw text", async () => {
    spy.spyOn(console, "error").mockImplementation(() => undefined);
    const response = progressResponse("test", async () => {
      throw new Error("column \"x\" does not exist");
    });
    const [line] = await lines(response);
    expect(line).toMatchObject({ type: "error", code: "INTERNAL" });
    expect(String((line as { message: string }).message)).not.toContain("column");
  });

  it("is read back line by line by readLines, as the import page and the benchmark read it", async () => {
    const response = progressResponse("test", async (send) => {
      send({ rows: 5, bytes: 120 });
      return { runId: 7, ok: 1 };
    });
    const read: StreamLine[] = [];
    await readLines(response, (line) => read.push(line));
    expect(read).toEqual([
      { type: "progress", rows: 5, bytes: 120 },
      { type: "done", runId: 7, ok: 1 },
    ]);
  });
});
