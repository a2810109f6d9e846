// Child processes for the command-line scripts. Always asynchronous: the embedded database
// lives in the parent process, and a synchronous spawn would starve it and deadlock.
import { spawn } from "node:child_process";
import pg from "pg";
import { connectionFields } from "../../lib/db/pg-adapter";
import { REVOKE_APPEND_ONLY_WRITES } from "../../lib/db/roles";
import { migrateJobQueue } from "../../lib/db/queue";

export type RunOptions = { env?: NodeJS.ProcessEnv; quiet?: boolean };

/** Runs a command to completion; rejects with its output when it fails. */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} thất bại (${signal ?? code})\n${output.slice(-4000)}`));
    });
  });
}

/** Runs a long-lived command, forwarding Ctrl-C / SIGTERM; resolves with its exit code. */
export function runForeground(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const prismaCli = "node_modules/prisma/build/index.js";
const unrefLongTimers = "./scripts/lib/unref-long-timers.cjs";

/**
 * `prisma migrate deploy` against the given database (as its owner role, when there are two),
 * then the job queue's own migrations, then the append-only tables' privileges re-asserted for every other role (lib/db/roles.ts), in
 * case a migration added such a table without doing it.
 */
export async function deployMigrations(databaseUrl: string): Promise<void> {
  await run(process.execPath, ["--require", unrefLongTimers, prismaCli, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    quiet: true,
  });
  // the job queue's schema (graphile_worker), by its own migrations, as the same owner (lib/db/queue.ts)
  await migrateJobQueue(databaseUrl);
  const client = new pg.Client(connectionFields(databaseUrl));
  await client.connect();
  try {
    await client.query(REVOKE_APPEND_ONLY_WRITES);
  } finally {
    await client.end();
  }
}
