// The server's import housekeeping: unsafeSweepDeadRuns (lease.ts) at start and every minute, so that a
// run whose server died is failed, and its working copy removed, even if nobody opens the imports
// page. Never blocks start-up and never throws: a database that is down is tried again next time.
import "server-only";
import { getPgPool } from "@/lib/db/pg-pool";
import { unsafeSweepDeadRuns } from "./lease";

const EVERY_MS = 60_000;

const globalForHousekeeping = globalThis as unknown as { importHousekeeping?: ReturnType<typeof setInterval> };

async function sweepOnce(): Promise<void> {
  try {
    const dead = await unsafeSweepDeadRuns(getPgPool());
    if (dead.length > 0) console.error(`[import] runs whose server stopped, marked failed: ${dead.join(", ")}`);
  } catch (error) {
    console.error("[import] housekeeping could not run; trying again in a minute", error);
  }
}

export function startImportHousekeeping(): void {
  if (globalForHousekeeping.importHousekeeping) return;
  void sweepOnce();
  globalForHousekeeping.importHousekeeping = setInterval(() => void sweepOnce(), EVERY_MS);
  globalForHousekeeping.importHousekeeping.unref();
}
