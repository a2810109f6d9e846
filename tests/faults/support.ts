// Shared set-up of the fault suite (issue 18): a fresh database on the suite's real PostgreSQL with
// the demo data at a small scale, and the production build served by `next start` as a process
// group of its own, so that a case can kill it (SIGKILL) and start it again. Its output is kept to
// check that nothing reached Node's uncaughtException handler.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPool } from "@/lib/db/pg-adapter";
import { compareRollups } from "@/lib/db/rollups";
import { getToolEnv } from "@/lib/env";
import { seedDemoData } from "@/lib/demo/seed";
import { deployMigrations } from "@/scripts/lib/process";
import { createFreshDatabase, type FreshDatabase } from "../integration/support/fresh-database";

export const FAULT_SCALE = 0.001;

export type FaultDatabase = FreshDatabase & { pool: pg.Pool; close(): Promise<void> };

export async function openFaultDatabase(): Promise<FaultDatabase> {
  const database = await createFreshDatabase();
  await deployMigrations(database.url);
  await seedDemoData({ databaseUrl: database.url, scale: FAULT_SCALE, log: () => undefined });
  const pool = createPool(database.url, { max: 4 });
  return {
    ...database,
    pool,
    async close() {
      await pool.end();
      await database.drop();
    },
  };
}

export async function rollupDifferences(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    return (await compareRollups(client)).length;
  } finally {
    client.release();
  }
}

export type AppServer = { baseUrl: string; pid: number; output(): string; kill(signal?: NodeJS.Signals): Promise<void> };

const port = () => getToolEnv().E2E_PORT;

/** `next start` of the existing build against `databaseUrl`, ready to answer. */
export async function startApp(databaseUrl: string, secret = randomBytes(32).toString("base64")): Promise<AppServer> {
  const baseUrl = `http://127.0.0.1:${port()}`;
  // the port is free once the previous server (of the e2e step or of a case) has gone
  for (let waited = 0; await fetch(baseUrl).then(() => true, () => false); waited += 200) {
    if (waited > 15_000) throw new Error(`port ${port()} is still in use`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  let output = "";
  const child: ChildProcess = spawn("node_modules/.bin/next", ["start", "--port", String(port()), "--hostname", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: secret, API_RATE_LIMIT_PER_MINUTE: "1000000" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start stopped (${child.exitCode}):\n${output}`);
    const ready = await fetch(`${baseUrl}/sign-in`).then((r) => r.status < 500, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    baseUrl,
    pid: child.pid!,
    output: () => output,
    async kill(signal = "SIGTERM") {
      // the whole group: `next start` and the server it runs
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
      await exited;
    },
  };
}

/** The secret must outlive a restart for the signed-in session to stay valid. */
export const sharedSecret = () => randomBytes(32).toString("base64");
