// The life of one import (table import_run): created with its uploaded file → dry run (VALIDATED,
// or REFUSED when the file as a whole is unreadable) → confirmed write (COMPLETED, or FAILED with
// nothing kept). The upload route, the confirm route and scripts/bench-import.ts all go through
// these functions, on plain `pg` connections: COPY needs one, and a long import must not sit in
// an ORM transaction with a timeout. Audit rows are written in the same transactions.
import { readFile } from "node:fs/promises";
import type { Pool, PoolClient } from "pg";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { vi } from "@/lib/i18n/messages/vi";
import { userFacingMessage } from "@/lib/db/errors";
import { ImportFileError } from "./file-error";
import { discard, exists, moveTo, restore, STORED_FILE_LIMIT_BYTES, workingDirectory, workingPath } from "./files";
import { commitFile, dryRun, type DryRunSummary, type Progress } from "./pipeline";
import type { FileFormat } from "./source";
import type { WriteProgress } from "./write";

export type Actor = { userId: number; ip: string | null };

/** Where this pool's database keeps the working copies of its runs. */
export function runFile(pool: Pool, runId: number, format: FileFormat): string {
  return workingPath(workingDirectory(pool.options), runId, format);
}

export const IMPORT_AUDIT = {
  validated: "IMPORT_VALIDATED",
  refused: "IMPORT_REFUSED",
  completed: "IMPORT_COMPLETED",
  failed: "IMPORT_FAILED",
} as const;

export async function audit(client: Pool | PoolClient, actor: Actor, action: string, runId: number, details: Record<string, unknown>): Promise<void> {
  await client.query(
    "INSERT INTO audit_log (actor_id, action, entity, entity_id, details, ip) VALUES ($1, $2, 'import', $3, $4, $5)",
    [actor.userId, action, String(runId), JSON.stringify(details), actor.ip],
  );
}

async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Writes the processed count now and then from another connection, without waiting for it: the
 * import's own transaction is not visible to others, and on the embedded server (one session)
 * this update waits for that transaction, so nothing may depend on it finishing.
 */
function progressRecorder(pool: Pool, runId: number) {
  let inFlight: Promise<unknown> | null = null;
  let last = 0;
  return {
    record(rows: number) {
      const now = Date.now();
      if (inFlight || now - last < 1000) return;
      last = now;
      inFlight = pool
        .query("UPDATE import_run SET processed_rows = $2 WHERE id = $1", [runId, rows])
        .catch(() => undefined)
        .finally(() => (inFlight = null));
    },
    settle: () => inFlight ?? Promise.resolve(),
  };
}

/** Creates the run and moves the uploaded file to its working place. */
export async function createRun(
  pool: Pool,
  input: { kind: ImportKind; fileName: string; format: FileFormat; size: number; uploadPath: string; userId: number },
): Promise<number> {
  const result = await pool.query<{ id: number }>(
    `INSERT INTO import_run (kind, file_name, file_format, file_size, status, created_by_id)
     VALUES ($1, $2, $3, $4, 'VALIDATING', $5) RETURNING id`,
    [input.kind, input.fileName.normalize("NFC").slice(0, 255), input.format, input.size, input.userId],
  );
  const id = result.rows[0]!.id;
  await moveTo(input.uploadPath, runFile(pool, id, input.format));
  return id;
}

type RunRow = { id: number; kind: ImportKind; file_format: FileFormat; file_size: string; status: string; create_rows: number; update_rows: number };

async function findRun(client: Pool | PoolClient, runId: number, lock = false): Promise<RunRow | null> {
  const result = await client.query<RunRow>(
    `SELECT id, kind, file_format, file_size, status, create_rows, update_rows FROM import_run WHERE id = $1${lock ? " FOR UPDATE" : ""}`,
    [runId],
  );
  return result.rows[0] ?? null;
}

export type ValidateOutcome = { ok: true; summary: DryRunSummary } | { ok: false; message: string };

/** The dry run of a created run: counts, rejections, stored original and error report. */
export async function validateRun(pool: Pool, runId: number, actor: Actor, onProgress?: (progress: Progress) => void): Promise<ValidateOutcome> {
  const run = await findRun(pool, runId);
  if (!run || run.status !== "VALIDATING") throw new Error(`import ${runId} is not waiting for its dry run`);
  const file = { path: runFile(pool, runId, run.file_format), format: run.file_format };
  const progress = progressRecorder(pool, runId);
  const original = Number(run.file_size) <= STORED_FILE_LIMIT_BYTES ? await readFile(file.path) : null;
  const client = await pool.connect();
  let outcome: ValidateOutcome;
  try {
    const summary = await dryRun(client, run.kind, file, (p) => {
      progress.record(p.rows);
      onProgress?.(p);
    });
    outcome = { ok: true, summary };
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    outcome = { ok: false, message: error.message };
  } finally {
    client.release();
  }
  await progress.settle();
  await inTransaction(pool, async (tx) => {
    if (outcome.ok) {
      const s = outcome.summary;
      const report = s.report && s.report.length <= STORED_FILE_LIMIT_BYTES ? s.report : null;
      await tx.query(
        `UPDATE import_run SET status = 'VALIDATED', total_rows = $2, create_rows = $3, update_rows = $4, rejected_rows = $5,
           processed_rows = $2, error_sample = $6, original = $7, error_report = $8 WHERE id = $1`,
        [runId, s.total, s.create, s.update, s.rejected, JSON.stringify(s.sample), original, report],
      );
      await audit(tx, actor, IMPORT_AUDIT.validated, runId, { kind: run.kind, total: s.total, create: s.create, update: s.update, rejected: s.rejected });
    } else {
      await tx.query("UPDATE import_run SET status = 'REFUSED', message = $2, original = $3, finished_at = now() WHERE id = $1", [
        runId,
        outcome.message,
        original,
      ]);
      await audit(tx, actor, IMPORT_AUDIT.refused, runId, { kind: run.kind, message: outcome.message });
    }
  });
  if (!outcome.ok) await discard(file.path);
  return outcome;
}

export class ImportRefusedError extends Error {
  override name = "ImportRefusedError";
}

export type ConfirmOptions = {
  onProgress?: WriteProgress;
  /** test hook: runs inside the transaction after the rows are written, before the commit */
  beforeCommit?: (client: PoolClient) => Promise<void>;
};

/**
 * The confirmed write: one transaction holding the rows, the run's new status and the audit row.
 * On any failure it is rolled back whole, then the run is marked FAILED with the reason.
 */
export async function confirmRun(pool: Pool, runId: number, actor: Actor, options: ConfirmOptions = {}): Promise<{ created: number; updated: number }> {
  const claimed = await pool.query<RunRow>(
    "UPDATE import_run SET status = 'IMPORTING', confirmed_at = now(), processed_rows = 0 WHERE id = $1 AND status = 'VALIDATED' RETURNING id, kind, file_format, file_size, status, create_rows, update_rows",
    [runId],
  );
  const run = claimed.rows[0];
  if (!run) throw new ImportRefusedError(vi["import.error.notReady"]);
  const expected = run.create_rows + run.update_rows;
  const file = { path: runFile(pool, runId, run.file_format), format: run.file_format };
  const progress = progressRecorder(pool, runId);
  try {
    if (expected === 0) throw new ImportRefusedError(vi["import.error.nothingValid"]);
    if (!(await exists(file.path))) {
      const stored = await pool.query<{ original: Buffer | null }>("SELECT original FROM import_run WHERE id = $1", [runId]);
      const bytes = stored.rows[0]?.original;
      if (!bytes) throw new ImportRefusedError(vi["import.error.fileGone"]);
      await restore(file.path, bytes);
    }
    const counts = await inTransaction(pool, async (tx) => {
      const written = await commitFile(tx, run.kind, file, (rows, upserting) => {
        progress.record(rows);
        options.onProgress?.(rows, upserting);
      });
      if (written.valid !== expected) {
        throw new ImportRefusedError(vi["import.error.changed"].replace("{before}", String(expected)).replace("{after}", String(written.valid)));
      }
      await options.beforeCommit?.(tx);
      await tx.query(
        "UPDATE import_run SET status = 'COMPLETED', create_rows = $2, update_rows = $3, processed_rows = $4, finished_at = now() WHERE id = $1",
        [runId, written.created, written.updated, written.valid],
      );
      await audit(tx, actor, IMPORT_AUDIT.completed, runId, { kind: run.kind, created: written.created, updated: written.updated });
      return { created: written.created, updated: written.updated };
    });
    await progress.settle();
    await discard(file.path);
    return counts;
  } catch (error) {
    await progress.settle();
    // the database's own words are logged, never stored or shown (they name tables and columns)
    if (!(error instanceof ImportRefusedError || error instanceof ImportFileError)) console.error(`[import] run ${runId} failed`, error);
    const reason = error instanceof ImportRefusedError || error instanceof ImportFileError ? error.message : vi["import.error.failed"].replace("{reason}", errorText(error));
    await inTransaction(pool, async (tx) => {
      await tx.query("UPDATE import_run SET status = 'FAILED', message = $2, finished_at = now() WHERE id = $1", [runId, reason]);
      await audit(tx, actor, IMPORT_AUDIT.failed, runId, { kind: run.kind, reason });
    });
    await discard(file.path);
    throw error instanceof ImportRefusedError ? error : new ImportRefusedError(reason);
  }
}

function errorText(error: unknown): string {
  return userFacingMessage(error, vi["import.error.unexpected"]).slice(0, 300);
}
