// Fault (a), issue 18: 20 provincial systems post mixed batches (new and stored dossiers) for 30 s
// while Home Affairs confirms an import of mixed rows over the same dossiers. Before, 39 % of such
// batches died with "deadlock detected" and surfaced as bare HTTP 500s. Now: every request
// succeeds (no client retry), no deadlock is logged, and the rollups equal the raw table.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/organisation";
import { signIn } from "@/scripts/bench/http";
import { confirmUpload, uploadCsv } from "@/scripts/bench/import";
import { writeDossierCsv } from "@/scripts/bench/import-file";
import { prepareWriters, runWriters } from "@/scripts/bench/writers";
import { openFaultDatabase, rollupDifferences, startApp, type AppServer, type FaultDatabase } from "./support";

let database: FaultDatabase;
let app: AppServer;
let dir: string;

beforeAll(async () => {
  database = await openFaultDatabase();
  app = await startApp(database.url);
  dir = await mkdtemp(path.join(os.tmpdir(), "cchc-fault-a-"));
});
afterAll(async () => {
  await app?.kill();
  await database?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("fault (a): concurrent writers", () => {
  it("20 API writers of mixed batches for 30 s beside a mixed import: no failed request, no deadlock, rollups exact", async () => {
    const homeAffairs = await signIn(app.baseUrl, "sonoivu", DEMO_PASSWORD);
    const existing = (await database.pool.query<{ code: string }>("SELECT code FROM dossier ORDER BY id LIMIT 3000")).rows.map((r) => r.code);
    const file = path.join(dir, "ho-so-tron.csv");
    const { bytes } = await writeDossierCsv(database.pool, file, 20_000, { prefix: "FA-", existing });
    const checked = await uploadCsv(app.baseUrl, homeAffairs, file, bytes);
    expect(checked).toMatchObject({ type: "done", ok: true });
    const fixture = await prepareWriters(database.pool, 20, "A");

    const importDone = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      return confirmUpload(app.baseUrl, homeAffairs, Number(checked.runId));
    })();
    const [writers, written] = await Promise.all([
      runWriters({ baseUrl: app.baseUrl, fixture, writers: 20, mix: "mixed", seconds: 30, run: "A" }),
      importDone,
    ]);

    expect(writers.failures).toEqual({});
    expect(writers.batches).toBeGreaterThan(20);
    expect(written).toMatchObject({ type: "done", created: 20_000 - existing.length, updated: existing.length });
    expect(app.output()).not.toMatch(/deadlock detected|40P01|uncaughtException|unhandledRejection/);
    expect(await rollupDifferences(database.pool)).toBe(0);
    console.log(`fault (a): ${writers.batches} mixed batches in ${writers.seconds.toFixed(1)} s (${writers.batchesPerSecond.toFixed(1)}/s, p95 ${writers.p95Ms.toFixed(0)} ms) beside a 20,000-row import`);
  });
});
