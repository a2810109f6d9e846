// The life of one import (table import_run), as Home Affairs drives it ("import.run", checked once
// here): upload → created with its file and a lease → dry run (VALIDATED, or REFUSED when the file
// as a whole is unreadable) → confirmed write (COMPLETED, or FAILED with nothing kept; a FAILED
// write may be confirmed again). Each step holds the run's lease (lease.ts) while it runs. Plain
// `pg` connections: COPY needs one, and a long import must not sit in an ORM transaction with a
// timeout. Audit rows are written in the same transactions as the statuses.
import "server-only";
import { readFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import type { Pool, PoolClient } from "pg";
import { can, type Viewer } from "@/lib/auth/permissions";
import { getPgPool } from "@/lib/db/pg-pool";
import { inTransaction, withClient } from "@/lib/db/pg-client";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { DEFAULT_LOCALE, translate, type Locale } from "@/lib/i18n/locales";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import { wordsOf } from "@/lib/notifications/words";
import { ImportFileError, KeyedImportError } from "@/lib/import/file-error";
import type { KeyedMessage } from "@/lib/validations/messages";
import { discard, exists, moveTo, restore, saveUpload, STORED_FILE_LIMIT_BYTES } from "@/lib/import/files";
import type { DryRunSummary, Progress } from "@/lib/import/pipeline";
import type { FileFormat } from "@/lib/import/source";
import { appendAudit } from "@/lib/audit";
import { unsafeDryRun } from "./dry-run";
import { leaseUntil, RunLease, runFile, unsafeSweepDeadRuns } from "./lease";
import { unsafeStoredFile, unsafeStoreFile } from "./stored-files";
import { unsafeCommitFile, type WriteProgress } from "./write";
import { describeFailure, ImportRefusedError, storedMessage } from "./failure";

export { ImportRefusedError };

export type Actor = { userId: number; ip: string | null };

/** The uploader's language and formats: what the import tells them (refusals, the error report) is in it. */
export type ImportWords = { locale: Locale; f: LocaleFormat };

export class ImportForbiddenError extends KeyedImportError {
  override name = "ImportForbiddenError";
}

/** The one permission check of the import: who may upload and confirm. */
function mustRun(viewer: Viewer, ip: string | null, words: ImportWords): Actor {
  if (!can(viewer, "import.run")) throw new ImportForbiddenError({ key: "action.forbidden" }).wordedIn(words.locale, words.f);
  return { userId: viewer.userId, ip };
}

/** A refused file: why, as stored with the run, and in the uploader's words. */
export type ValidateOutcome = { ok: true; summary: DryRunSummary } | { ok: false; reason: KeyedMessage; message: string };

export type Upload = { kind: ImportKind; fileName: string; format: FileFormat; body: ReadableStream<Uint8Array> | Readable };

/**
 * The imports `viewer` may run: the one permission check ("import.run"), made before any work (a
 * route handler asks for it before it starts streaming, so a refusal is a plain 403).
 */
export function importsFor(viewer: Viewer, ip: string | null, words: ImportWords = wordsOf(DEFAULT_LOCALE)): Importer {
  return new Importer(getPgPool(), mustRun(viewer, ip, words), words);
}

export class Importer {
  constructor(
    private readonly pool: Pool,
    private readonly actor: Actor,
    private readonly words: ImportWords,
  ) {}

  /** An import error with its message in the uploader's language (what the route answers with). */
  private worded(error: unknown): unknown {
    return error instanceof KeyedImportError ? error.wordedIn(this.words.locale, this.words.f) : error;
  }

  /** Upload and dry run: the file is streamed to disk, its run created, then checked in full. */
  async start(upload: Upload, onProgress?: (progress: Progress) => void): Promise<{ runId: number; outcome: ValidateOutcome }> {
    try {
      const saved = await saveUpload(upload.body);
      let lease: RunLease;
      try {
        lease = await createRun(this.pool, { ...upload, size: saved.size, uploadPath: saved.path, userId: this.actor.userId });
      } catch (error) {
        // no run owns the file: it must not stay behind
        await discard(saved.path);
        throw error;
      }
      const outcome = await validateRun(this.pool, lease, upload.format, this.actor, this.words, onProgress);
      return { runId: lease.runId, outcome };
    } catch (error) {
      throw this.worded(error);
    }
  }

  /**
   * Takes a run for its confirmed write: one that waits for it, or a FAILED write (also one whose
   * server died, healed here first). Refused with ImportRefusedError otherwise.
   */
  async claim(runId: number): Promise<ClaimedImport> {
    try {
      return await this.take(runId);
    } catch (error) {
      throw this.worded(error);
    }
  }

  private async take(runId: number): Promise<ClaimedImport> {
    await unsafeSweepDeadRuns(this.pool);
    const owner = RunLease.newOwner();
    const claimed = await this.pool.query<ClaimedRun>(
      `UPDATE import_run SET status = 'IMPORTING', confirmed_at = now(), processed_rows = 0, finished_at = NULL,
         message = NULL, message_key = NULL, message_values = NULL, lease_owner = $2, lease_expires_at = ${leaseUntil}
       WHERE id = $1 AND create_rows + update_rows > 0 AND (status = 'VALIDATED' OR (status = 'FAILED' AND confirmed_at IS NOT NULL))
       RETURNING kind, file_format, create_rows, update_rows`,
      [runId, owner],
    );
    const run = claimed.rows[0];
    if (!run) {
      // Refused with nothing changed: a validated run without one valid row says so.
      const seen = await this.pool.query<{ status: string; valid: number }>("SELECT status, create_rows + update_rows AS valid FROM import_run WHERE id = $1", [runId]);
      const empty = seen.rows[0]?.status === "VALIDATED" && Number(seen.rows[0].valid) === 0;
      throw new ImportRefusedError({ key: empty ? "import.error.nothingValid" : "import.error.notReady" });
    }
    const lease = new RunLease(this.pool, runId, owner);
    return new ClaimedImport(this.pool, this.actor, runId, run, lease, (error) => this.worded(error));
  }

  async confirm(runId: number, onProgress?: WriteProgress, options: ConfirmOptions = {}): Promise<{ created: number; updated: number }> {
    return (await this.claim(runId)).write(onProgress, options);
  }
}

async function createRun(pool: Pool, input: Upload & { size: number; uploadPath: string; userId: number }): Promise<RunLease> {
  const owner = RunLease.newOwner();
  const result = await pool.query<{ id: number }>(
    `INSERT INTO import_run (kind, file_name, file_format, file_size, status, created_by_id, lease_owner, lease_expires_at)
     VALUES ($1, $2, $3, $4, 'VALIDATING', $5, $6, ${leaseUntil}) RETURNING id`,
    [input.kind, input.fileName.normalize("NFC").slice(0, 255), input.format, input.size, input.userId, owner],
  );
  const lease = new RunLease(pool, result.rows[0]!.id, owner);
  try {
    await moveTo(input.uploadPath, runFile(pool, lease.runId, input.format));
  } catch (error) {
    await lease.end();
    throw error;
  }
  return lease;
}

/** The dry run of a created run: counts, rejections, stored original and error report. */
async function validateRun(
  pool: Pool,
  lease: RunLease,
  format: FileFormat,
  actor: Actor,
  words: ImportWords,
  onProgress?: (progress: Progress) => void,
): Promise<ValidateOutcome> {
  const runId = lease.runId;
  const file = { path: runFile(pool, runId, format), format };
  try {
    const run = await pool.query<{ kind: ImportKind; file_size: string }>("SELECT kind, file_size FROM import_run WHERE id = $1", [runId]);
    const kind = run.rows[0]!.kind;
    const original = Number(run.rows[0]!.file_size) <= STORED_FILE_LIMIT_BYTES ? await readFile(file.path) : null;
    let outcome: ValidateOutcome;
    try {
      const summary = await withClient(pool, (client) =>
        unsafeDryRun(client, kind, file, words.locale, (p) => {
          lease.progress(p.rows);
          onProgress?.(p);
        }),
      );
      outcome = { ok: true, summary };
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      outcome = { ok: false, reason: error.said, message: translate(words.locale, error.said.key, error.said.values) };
    }
    await lease.end();
    await inTransaction(pool, async (tx) => {
      await lease.hold(tx);
      if (original) await unsafeStoreFile(tx, runId, "ORIGINAL", original);
      if (outcome.ok) {
        const s = outcome.summary;
        if (s.report && s.report.length <= STORED_FILE_LIMIT_BYTES) await unsafeStoreFile(tx, runId, "ERROR_REPORT", s.report);
        await tx.query(
          `UPDATE import_run SET status = 'VALIDATED', total_rows = $2, create_rows = $3, update_rows = $4, rejected_rows = $5,
             processed_rows = $2, error_sample = $6, lease_owner = NULL, lease_expires_at = NULL WHERE id = $1`,
          [runId, s.total, s.create, s.update, s.rejected, JSON.stringify(s.sample)],
        );
        const details = { kind, total: s.total, create: s.create, update: s.update, rejected: s.rejected };
        await appendAudit(tx, { actorId: actor.userId, event: "IMPORT_VALIDATED", entityId: String(runId), details, ip: actor.ip });
      } else {
        const message = storedMessage(outcome.reason);
        await tx.query(
          `UPDATE import_run SET status = 'REFUSED', message = $2, message_key = $3, message_values = $4, finished_at = now(),
             lease_owner = NULL, lease_expires_at = NULL WHERE id = $1`,
          [runId, message.text, message.key, message.values],
        );
        const details = { kind, message: message.text };
        await appendAudit(tx, { actorId: actor.userId, event: "IMPORT_REFUSED", entityId: String(runId), details, ip: actor.ip });
      }
    });
    if (!outcome.ok) await discard(file.path);
    return outcome;
  } catch (error) {
    await lease.end();
    const reason = describeFailure(error, runId, "dryRun");
    await failRun(pool, runId, actor, reason, "dryRun");
    await discard(file.path);
    throw error instanceof ImportRefusedError ? error : new ImportRefusedError(reason);
  }
}

/**
 * Marks the run FAILED with the reason (if its step still holds it), with the audit row. When even
 * that cannot be written (the database is gone), the sweep fails the run once its lease runs out.
 */
async function failRun(pool: Pool, runId: number, actor: Actor, reason: KeyedMessage, step: "dryRun" | "write"): Promise<void> {
  const message = storedMessage(reason);
  await inTransaction(pool, async (tx) => {
    const failed = await tx.query(
      `UPDATE import_run SET status = 'FAILED', message = $2, message_key = $3, message_values = $4, finished_at = now(),
         lease_owner = NULL, lease_expires_at = NULL WHERE id = $1 AND status IN ('VALIDATING', 'IMPORTING')`,
      [runId, message.text, message.key, message.values],
    );
    if (failed.rowCount === 0) return; // a sweep declared it dead first, and recorded it
    const details = { step, reason: message.text };
    await appendAudit(tx, { actorId: actor.userId, event: "IMPORT_FAILED", entityId: String(runId), details, ip: actor.ip });
  }).catch((error: unknown) => console.error(`[import] run ${runId}: could not be marked failed now; its lease will run out`, error));
}

export type ConfirmOptions = {
  /** test hook: runs inside the transaction after the rows are written, before the commit */
  beforeCommit?: (client: PoolClient) => Promise<void>;
};

type ClaimedRun = { kind: ImportKind; file_format: FileFormat; create_rows: number; update_rows: number };

/**
 * The confirmed write: one transaction holding the rows, the run's new status and the audit row.
 * On any failure it is rolled back whole, then the run is marked FAILED with the reason; a FAILED
 * write (its server died, or the write failed) may be confirmed again.
 */
export class ClaimedImport {
  constructor(
    private readonly pool: Pool,
    private readonly actor: Actor,
    readonly runId: number,
    private readonly run: ClaimedRun,
    private readonly lease: RunLease,
    /** words an import error in the uploader's language */
    private readonly worded: (error: unknown) => unknown,
  ) {}

  async write(onProgress?: WriteProgress, options: ConfirmOptions = {}): Promise<{ created: number; updated: number }> {
    const { pool, actor, runId, run, lease } = this;
    const file = { path: runFile(pool, runId, run.file_format), format: run.file_format };
    try {
      if (!(await exists(file.path))) {
        const bytes = await unsafeStoredFile(pool, runId, "ORIGINAL");
        if (!bytes) throw new ImportRefusedError({ key: "import.error.fileGone" });
        await restore(file.path, bytes);
      }
      const target = { runId, kind: run.kind, file, expected: run.create_rows + run.update_rows, lease };
      const counts = await unsafeCommitFile(
        pool,
        target,
        async (tx, written) => {
          await options.beforeCommit?.(tx);
          await lease.hold(tx);
          await tx.query(
            `UPDATE import_run SET status = 'COMPLETED', create_rows = $2, update_rows = $3, processed_rows = $4, finished_at = now(),
               lease_owner = NULL, lease_expires_at = NULL WHERE id = $1`,
            [runId, written.created, written.updated, written.created + written.updated],
          );
          const details = { kind: run.kind, created: written.created, updated: written.updated };
          await appendAudit(tx, { actorId: actor.userId, event: "IMPORT_COMPLETED", entityId: String(runId), details, ip: actor.ip });
        },
        (rows, upserting) => {
          lease.progress(rows);
          onProgress?.(rows, upserting);
        },
      );
      await lease.end();
      await discard(file.path);
      return counts;
    } catch (error) {
      await lease.end();
      const reason = describeFailure(error, runId, "write");
      await failRun(pool, runId, actor, reason, "write");
      await discard(file.path);
      throw this.worded(error instanceof ImportRefusedError ? error : new ImportRefusedError(reason));
    }
  }
}
