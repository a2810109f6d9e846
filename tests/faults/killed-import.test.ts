// Fault (b), issue 18: the server is killed (SIGKILL) while a confirmed import is writing. Before,
// the run stayed "importing" forever, could not be confirmed again, its working copy stayed on disk
// and its PostgreSQL backend ran on for ~42 s. Now: nothing of the file is written, the backend
// stops within seconds, the run is failed once its lease runs out (the restarted server heals it),
// no working copy is left, and confirming again writes the whole file.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/organisation";
import { connectionFields } from "@/lib/db/pg-adapter";
import { workingDirectory, workingPath } from "@/lib/import/files";
import { signIn } from "@/scripts/bench/http";
import { confirmUpload, uploadCsv } from "@/scripts/bench/import";
import { writeDossierCsv } from "@/scripts/bench/import-file";
import { openFaultDatabase, rollupDifferences, sharedSecret, startApp, type AppServer, type FaultDatabase } from "./support";

const ROWS = 60_000;

let database: FaultDatabase;
let app: AppServer | undefined;
let dir: string;

beforeAll(async () => {
  database = await openFaultDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), "cchc-fault-b-"));
});
afterAll(async () => {
  await app?.kill();
  await database?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const count = async (sql: string, params: unknown[] = []) => Number((await database.pool.query<{ n: string }>(sql, params)).rows[0]!.n);

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return Date.now() - started;
}

describe("fault (b): the server killed during a confirmed import", () => {
  it("writes nothing, stops its backend, fails the run, leaves no working copy, and can be confirmed again", async () => {
    const secret = sharedSecret();
    app = await startApp(database.url, secret);
    const session = await signIn(app.baseUrl, "sonoivu", DEMO_PASSWORD);
    const file = path.join(dir, "ho-so-lon.csv");
    const { bytes } = await writeDossierCsv(database.pool, file, ROWS, { prefix: "FB-" });
    const checked = await uploadCsv(app.baseUrl, session, file, bytes);
    const runId = Number(checked.runId);
    const before = await count("SELECT count(*) AS n FROM dossier");
    const copy = workingPath(workingDirectory(connectionFields(database.url)), runId, "CSV");
    expect(existsSync(copy)).toBe(true);

    // confirm, and kill the server once every row is staged and the one upsert runs
    let killed = false;
    const server = app;
    const confirming = confirmUpload(app.baseUrl, session, runId, (line) => {
      if (!killed && line.type === "progress" && line.upserting === 1) {
        killed = true;
        void server.kill("SIGKILL");
      }
    }).catch((error: unknown) => error);
    await confirming;
    expect(killed).toBe(true);
    app = undefined;

    // its backend notices the dead client within seconds (client_connection_check_interval)
    const gone = await until(
      "the import's backend to stop",
      async () => (await count("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'cchc-import' AND state = 'active'")) === 0,
      15_000,
    );
    expect(gone).toBeLessThan(10_000);
    expect(await count("SELECT count(*) AS n FROM dossier")).toBe(before);
    expect(await count("SELECT count(*) AS n FROM dossier WHERE code LIKE 'FB-%'")).toBe(0);

    // the restarted server heals the run once its lease has run out
    app = await startApp(database.url, secret);
    await until("the run to be failed", async () => {
      const page = await fetch(`${app!.baseUrl}/admin/imports/${runId}`, { headers: { cookie: session.cookie } });
      await page.text();
      return (await database.pool.query("SELECT status FROM import_run WHERE id = $1", [runId])).rows[0]?.status === "FAILED";
    }, 60_000);
    expect(existsSync(copy)).toBe(false);
    expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'IMPORT_FAILED' AND entity_id = $1", [String(runId)])).toBe(1);

    const written = await confirmUpload(app.baseUrl, session, runId);
    expect(written).toMatchObject({ type: "done", created: ROWS, updated: 0 });
    expect(existsSync(copy)).toBe(false);
    expect(await count("SELECT count(*) AS n FROM dossier WHERE written_by_import_id = $1", [runId])).toBe(ROWS);
    expect(await rollupDifferences(database.pool)).toBe(0);
    expect(app.output()).not.toMatch(/uncaughtException|unhandledRejection/);
  });
});
