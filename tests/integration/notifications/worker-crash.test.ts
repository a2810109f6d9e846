// A crashed worker's job is retried soon (issue 22): a worker process killed (SIGKILL) in the middle
// of a job leaves the job locked; graphile-worker alone would hand it out again after 4 hours. The
// heartbeat (lib/db/worker-heartbeat.ts) finds the worker silent past its stale limit, unlocks its
// jobs with graphile_worker.force_unlock_workers, and the surviving worker runs the job.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import pg from "pg";
import type { Runner } from "graphile-worker";
import { connectionFields } from "@/lib/db/pg-adapter";
import { startJobWorker } from "@/lib/db/queue";
import { getToolEnv } from "@/lib/env";
import { openTestDatabase, type TestDatabase } from "../support/database";
import { waitFor } from "./support";

// a second process with sessions of its own needs a PostgreSQL server: the in-memory PGlite of
// `npm run test:integration` multiplexes every connection onto one session
const onServer = getToolEnv().DATABASE_URL !== undefined;
if (!onServer) console.warn("worker-crash.test.ts bỏ qua: cần một PostgreSQL thật (DATABASE_URL).");

let database: TestDatabase;
let child: ChildProcess | undefined;
let survivor: { runner: Runner; pool: pg.Pool } | undefined;

type JobRow = { id: string; locked_by: string | null; attempts: number };
const jobs = async () => (await database.pool.query<JobRow>("SELECT id::text, locked_by, attempts FROM graphile_worker.jobs")).rows;

beforeAll(async () => {
  if (onServer) database = await openTestDatabase();
});

afterAll(async () => {
  child?.kill("SIGKILL");
  await survivor?.runner.stop();
  await survivor?.pool.end();
  await database?.close();
});

it.skipIf(!onServer)("a job whose worker was killed mid-job runs on another worker within seconds, not after the 4-hour lock", { timeout: 60_000 }, async () => {
  await database.pool.query("SELECT graphile_worker.add_job('hang', '{}'::json, max_attempts => 3)");
  // node itself with tsx's loader (the tsx CLI would run the worker in a grandchild the kill misses)
  child = spawn(process.execPath, ["--import", "tsx", path.resolve(__dirname, "fixtures/hanging-worker.ts"), database.appUrl], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(async () => output.includes("holding"), 30_000);

  const [held] = await jobs();
  expect(held!.locked_by).toMatch(/^worker-/);
  expect((await database.pool.query("SELECT worker_id FROM job_worker")).rows.map((row) => row.worker_id)).toContain(held!.locked_by);

  const exited = new Promise((resolve) => child!.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
  const killedAt = Date.now();
  // the lock outlives the process
  expect((await jobs())[0]!.locked_by).toBe(held!.locked_by);

  const ran: string[] = [];
  const pool = new pg.Pool({ ...connectionFields(database.appUrl), max: 3 });
  const runner = await startJobWorker({
    pool,
    tasks: { hang: async (_payload, helpers) => void ran.push(helpers.job.id) },
    crontab: false,
    concurrency: 1,
    pollInterval: 200,
    heartbeat: { everyMs: 300, staleMs: 1_500 },
  });
  survivor = { runner, pool };
  await waitFor(async () => ran.length > 0 && (await jobs()).length === 0, 20_000);
  const recoveredMs = Date.now() - killedAt;
  console.log(`[worker-crash] job ${held!.id} ran again ${recoveredMs} ms after its worker was killed (stale limit 1500 ms)`);
  expect(ran).toEqual([held!.id]);
  // not before the dead worker's heartbeat went stale, and nowhere near four hours
  expect(recoveredMs).toBeGreaterThanOrEqual(1_000);
  expect(recoveredMs).toBeLessThan(15_000);
  // the dead worker is forgotten; the survivor's own row stays while it runs
  const rows = (await database.pool.query<{ worker_id: string }>("SELECT worker_id FROM job_worker")).rows.map((row) => row.worker_id);
  expect(rows).not.toContain(held!.locked_by);
  expect(rows).toHaveLength(1);
});
