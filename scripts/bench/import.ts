// The import part of `npm run bench` (issue 10): a CSV of valid dossiers (default 1,000,000 rows)
// uploaded to the running server exactly as the import page does — POST /api/imports (streamed
// body, dry run with NDJSON progress), then POST /api/imports/:id/confirm (the one-transaction
// write) — signed in as Home Affairs. Times each step and samples the server's memory meanwhile.
// The imported rows are deleted afterwards (the rollup triggers take them back out).
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { ClientBase } from "pg";
import { readLines, type StreamLine } from "../../lib/api/ndjson";
import type { Session } from "./http";
import { BENCH_IMPORT_PREFIX, writeDossierCsv } from "./import-file";
import { MemorySampler } from "./memory";

export type ImportBench = {
  rows: number;
  fileMiB: number;
  dryRunSeconds: number;
  writeSeconds: number;
  seconds: number;
  rowsPerSecond: number;
  /** the server's process tree just before the upload, and its peak during the upload and write */
  serverBeforeMiB: number;
  peakMiB: number;
};

/** Reads an NDJSON progress response to its last line; fails on an error line or a non-200. */
async function finalLine(response: Response, what: string, onLine?: (line: StreamLine) => void): Promise<StreamLine> {
  if (response.status !== 200 || !response.body) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
  let last: StreamLine | null = null;
  await readLines(response, (line) => {
    last = line;
    onLine?.(line);
  });
  const final = last as StreamLine | null;
  if (!final || final.type !== "done") throw new Error(`${what}: ${String(final?.message ?? "không có kết quả")}`);
  return final;
}

/** Uploads a CSV as the import page does; the final NDJSON line of its dry run. */
export async function uploadCsv(baseUrl: string, session: Session, file: string, bytes: number): Promise<StreamLine> {
  const upload = await fetch(`${baseUrl}/api/imports`, {
    method: "POST",
    headers: {
      cookie: session.cookie,
      origin: session.origin,
      "content-type": "text/csv",
      "content-length": String(bytes),
      "x-import-kind": "DOSSIER",
      "x-file-name": encodeURIComponent(path.basename(file)),
    },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  return finalLine(upload, "Kiểm tra thử");
}

/** Confirms a run as the import page does; `onLine` sees every progress line. */
export async function confirmUpload(baseUrl: string, session: Session, runId: number, onLine?: (line: StreamLine) => void): Promise<StreamLine> {
  const confirm = await fetch(`${baseUrl}/api/imports/${runId}/confirm`, { method: "POST", headers: { cookie: session.cookie, origin: session.origin } });
  return finalLine(confirm, "Ghi dữ liệu", onLine);
}

export async function benchImport(options: { client: ClientBase; baseUrl: string; session: Session; serverPid: number; rows: number }): Promise<ImportBench> {
  const { client, baseUrl, session, rows } = options;
  const dir = await mkdtemp(path.join(os.tmpdir(), "cchc-bench-import-"));
  const sampler = new MemorySampler(options.serverPid);
  try {
    const file = path.join(dir, "ho-so-nhap.csv");
    const { bytes } = await writeDossierCsv(client, file, rows);
    await client.query("DELETE FROM dossier WHERE code LIKE $1", [`${BENCH_IMPORT_PREFIX}%`]);
    const serverBeforeMiB = MemorySampler.currentMiB(options.serverPid);
    sampler.start();

    let started = performance.now();
    const checked = await uploadCsv(baseUrl, session, file, bytes);
    const dryRunSeconds = (performance.now() - started) / 1000;
    const runId = Number(checked.runId);
    const run = await client.query<{ total_rows: number; create_rows: number; rejected_rows: number }>(
      "SELECT total_rows, create_rows, rejected_rows FROM import_run WHERE id = $1",
      [runId],
    );
    const counts = run.rows[0];
    if (!checked.ok || !counts || counts.total_rows !== rows || counts.rejected_rows !== 0) {
      throw new Error(`Kiểm tra thử lần nhập ${runId}: ${JSON.stringify(counts ?? checked)}`);
    }

    started = performance.now();
    const written = await confirmUpload(baseUrl, session, runId);
    const writeSeconds = (performance.now() - started) / 1000;
    if (Number(written.created) + Number(written.updated) !== rows) throw new Error(`Ghi dữ liệu: ${JSON.stringify(written)}`);
    const peak = sampler.stop();
    const seconds = dryRunSeconds + writeSeconds;
    return {
      rows,
      fileMiB: bytes / 2 ** 20,
      dryRunSeconds,
      writeSeconds,
      seconds,
      rowsPerSecond: rows / seconds,
      serverBeforeMiB,
      peakMiB: peak.peakMiB,
    };
  } finally {
    sampler.stop();
    await client.query("DELETE FROM dossier WHERE code LIKE $1", [`${BENCH_IMPORT_PREFIX}%`]);
    await rm(dir, { recursive: true, force: true });
  }
}
