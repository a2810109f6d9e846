// Leases on import runs (issue 18): while a dry run or a confirmed write runs, its server renews the
// run's lease every few seconds (with the progress count). A server that dies stops renewing; once
// the lease has run out, unsafeSweepDeadRuns marks the run FAILED (the write's transaction died with its
// connection, so nothing of it was kept), records why, and removes its working copy; the write can
// then be confirmed again. The commit itself checks that its lease still holds, so a run declared
// dead can never be completed by a server that was only slow. Working copies of runs that need
// none and uploads that a dead server left half-written are removed by the same sweep.
// Unscoped: run by the import's own functions (runs.ts, behind "import.run") and by the server's
// housekeeping (instrumentation.ts), never on a user's request alone.
import "server-only";
import { randomUUID } from "node:crypto";
import type { ClientBase, Pool } from "pg";
import { inTransaction } from "@/lib/db/pg-client";
import type { ImportStatus } from "@/lib/generated/prisma/enums";
import { KeyedImportError } from "@/lib/import/file-error";
import { abandonedUploads, discard, listWorkingCopies, workingDirectory, workingPath } from "@/lib/import/files";
import type { FileFormat } from "@/lib/import/source";
import { appendAudit } from "@/lib/audit";
import { storedMessage } from "./failure";

/** How long a run stays claimed without a renewal. */
export const LEASE_MS = 20_000;
/** How often a running step renews its lease. */
export const RENEW_MS = 4_000;
/** Progress counts are written at most this often. */
const PROGRESS_MS = 1_000;
/** An upload file nobody has written to for this long was left by a server that died. */
const ABANDONED_UPLOAD_MS = 10 * 60_000;

export class LeaseLostError extends KeyedImportError {
  override name = "LeaseLostError";
  constructor() {
    super({ key: "import.error.leaseLost" });
  }
}

/** Where this pool's database keeps the working copies of its runs. */
export function runFile(pool: Pool, runId: number, format: FileFormat): string {
  return workingPath(workingDirectory(pool.options), runId, format);
}

/** The SQL that gives a run a new lease: `$n` is the owner; the interval is LEASE_MS. */
export const leaseUntil = `now() + interval '${LEASE_MS} milliseconds'`;

/**
 * One step's hold on a run. Renewals and progress go through the pool (the step's own connection
 * is busy with its transaction) and are never awaited by the work: on the embedded server, which
 * runs one transaction at a time, they wait for the step's transaction to end.
 */
export class RunLease {
  private rows = 0;
  private lastWrite = 0;
  private inFlight: Promise<unknown> | null = null;
  private readonly timer: ReturnType<typeof setInterval>;
  /** set when a renewal found the run no longer ours (declared dead by a sweep) */
  lost = false;

  constructor(
    private readonly pool: Pool,
    readonly runId: number,
    readonly owner: string,
  ) {
    this.timer = setInterval(() => this.renew(), RENEW_MS);
    this.timer.unref();
  }

  static newOwner(): string {
    return randomUUID();
  }

  /** Rows processed so far, shown on the run's page. */
  progress(rows: number): void {
    this.rows = rows;
    if (Date.now() - this.lastWrite >= PROGRESS_MS) this.renew();
  }

  private renew(): void {
    if (this.inFlight) return;
    this.lastWrite = Date.now();
    this.inFlight = this.pool
      .query(`UPDATE import_run SET lease_expires_at = ${leaseUntil}, processed_rows = $3 WHERE id = $1 AND lease_owner = $2`, [
        this.runId,
        this.owner,
        this.rows,
      ])
      .then((result) => {
        if (result.rowCount === 0) this.lost = true;
      })
      // a renewal that fails (the database restarting) is tried again at the next tick
      .catch((error: unknown) => console.error(`[import] lease of run ${this.runId} not renewed`, error))
      .finally(() => (this.inFlight = null));
  }

  /** Inside the step's final transaction: locks the run, and throws if the lease is no longer ours. */
  async hold(client: ClientBase): Promise<void> {
    const held = await client.query("SELECT 1 FROM import_run WHERE id = $1 AND lease_owner = $2 FOR UPDATE", [this.runId, this.owner]);
    if (held.rowCount === 0) throw new LeaseLostError();
  }

  /** Stops renewing; waits for a renewal under way. */
  async end(): Promise<void> {
    clearInterval(this.timer);
    await (this.inFlight ?? Promise.resolve());
  }
}

type DeadRun = { id: number; file_format: FileFormat; was: ImportStatus };

/**
 * Marks FAILED every run whose step lost its lease (its server died or hung), with an audit row
 * each, and removes their working copies; then removes working copies that no run needs and
 * abandoned uploads. Returns the ids of the runs declared dead.
 * Scope: the system's own housekeeping (at server start, every minute, before reading runs): every run alike.
 */
export async function unsafeSweepDeadRuns(pool: Pool): Promise<number[]> {
  const write = storedMessage({ key: "import.error.serverStoppedWrite" });
  const dryRun = storedMessage({ key: "import.error.serverStoppedDryRun" });
  const dead = await inTransaction(pool, async (client) => {
    const result = await client.query<DeadRun>(
      `UPDATE import_run r
          SET status = 'FAILED', finished_at = now(), lease_owner = NULL, lease_expires_at = NULL,
              message = CASE d.status WHEN 'IMPORTING' THEN $1 ELSE $2 END,
              message_key = CASE d.status WHEN 'IMPORTING' THEN $3 ELSE $4 END, message_values = NULL
         FROM (SELECT id, status FROM import_run
                WHERE status IN ('VALIDATING', 'IMPORTING') AND (lease_expires_at IS NULL OR lease_expires_at < now())
                FOR UPDATE SKIP LOCKED) d
        WHERE r.id = d.id
        RETURNING r.id, r.file_format, d.status AS was`,
      [write.text, dryRun.text, write.key, dryRun.key],
    );
    for (const run of result.rows) {
      await appendAudit(client, {
        actorId: null,
        event: "IMPORT_FAILED",
        entityId: String(run.id),
        details: { reason: "lease expired", step: run.was === "IMPORTING" ? "write" : "dryRun" },
      });
    }
    return result.rows;
  });
  for (const run of dead) await discard(runFile(pool, run.id, run.file_format));
  await removeUnneededFiles(pool);
  return dead.map((run) => run.id);
}

/** Working copies whose run is neither waiting nor running (or gone), and abandoned uploads. */
async function removeUnneededFiles(pool: Pool): Promise<void> {
  const copies = await listWorkingCopies(workingDirectory(pool.options));
  if (copies.length > 0) {
    const needed = await pool.query<{ id: number }>(
      "SELECT id FROM import_run WHERE id = ANY($1::int[]) AND status IN ('VALIDATING', 'VALIDATED', 'IMPORTING')",
      [copies.map((copy) => copy.runId)],
    );
    const keep = new Set(needed.rows.map((row) => row.id));
    for (const copy of copies) if (!keep.has(copy.runId)) await discard(copy.path);
  }
  for (const file of await abandonedUploads(ABANDONED_UPLOAD_MS)) await discard(file);
}
