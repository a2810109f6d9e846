// The "writers" section of `npm run bench` (issue 18): batches per second through POST
// /api/v1/dossiers at 1, 5 and 20 concurrent writers, inserts only beside mixed batches (70 new +
// 30 stored dossiers: the upsert that used to deadlock), in the same run on the same server; the
// rows written are deleted afterwards (their rollup counts go with them).
import os from "node:os";
import type { ClientBase } from "pg";
import { prepareWriters, runWriters, WRITER_PREFIX, type WritersResult } from "./writers";

export const WRITER_COUNTS = [1, 5, 20] as const;

/** `load`: the machine's 1-minute load average before and after (other work on a shared machine shows here) */
export type WritersBench = { date: string; dossiers: number; seconds: number; runs: WritersResult[]; load?: [number, number] };

export async function benchWriters(options: { client: ClientBase; baseUrl: string; seconds: number }): Promise<WritersBench> {
  const { client, baseUrl, seconds } = options;
  const run = Date.now().toString(36);
  const dossiers = Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM dossier")).rows[0]!.n);
  const fixture = await prepareWriters(client, Math.max(...WRITER_COUNTS), run);
  const runs: WritersResult[] = [];
  const loadBefore = os.loadavg()[0]!;
  try {
    for (const writers of WRITER_COUNTS) {
      for (const mix of ["inserts", "mixed"] as const) {
        const result = await runWriters({ baseUrl, fixture, writers, mix, seconds, run: `${run}${writers}${mix[0]}` });
        runs.push(result);
        console.log(
          `▶ ${writers} hệ thống, ${mix === "mixed" ? "lô trộn 70/30" : "chỉ thêm mới"}: ${result.batchesPerSecond.toFixed(1)} lô/s ` +
            `(p95 ${result.p95Ms.toFixed(0)} ms; lỗi ${JSON.stringify(result.failures)})`,
        );
      }
    }
  } finally {
    await client.query("DELETE FROM dossier WHERE code LIKE $1", [`${WRITER_PREFIX}${run}%`]);
  }
  return { date: new Date().toISOString(), dossiers, seconds, runs, load: [loadBefore, os.loadavg()[0]!] };
}
