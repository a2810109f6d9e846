// The write of an import or an API batch, inside the caller's transaction: rows go into a
// temporary staging table (a copy of the target table's columns, so the SQL types are the table's
// own) through the streaming bulk loader (COPY on PostgreSQL), then ONE INSERT … ON CONFLICT (code)
// DO UPDATE moves them into the target table, in code order. When a code comes more than once, the
// first row with it is the one written (the import's dry run rejects the others, an API batch
// refuses them). Dossier and task rows record who wrote them last (the import run or the API token).
// Plain SQL on purpose: the dossier rollups are kept by triggers on `dossier` and applied at commit
// (prisma/migrations/*_writes_without_deadlocks), so a rollback takes them back with the rows.
// Unscoped: the callers (startImport/confirmImport, writeBatch) checked the permission or the token.
import "server-only";
import { randomBytes } from "node:crypto";
import type { ClientBase, Pool, PoolClient } from "pg";
import { bulkLoad, isEmbedded, quoteIdentifier, type Rows } from "@/lib/db/bulk-load";
import { inTransaction } from "@/lib/db/pg-client";
import { retryConflicts } from "@/lib/db/retry";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { KINDS, type KindSpec } from "@/lib/import/kinds";
import { validRows, type ImportFile } from "@/lib/import/pipeline";
import { ImportRefusedError } from "./failure";
import { LeaseLostError, type RunLease } from "./lease";
import { unsafeLoadReferences } from "./references";

/** the staged row's position in the upload: the first row with a code wins */
const ORDINAL = "import_ordinal";

export type WriteCounts = { created: number; updated: number };

/** Rows staged so far; `upserting` once they all are and the one INSERT … ON CONFLICT runs. */
export type WriteProgress = (rows: number, upserting: boolean) => void;

/** Who writes the rows: recorded on dossier and task rows (written_by_import_id / written_by_token_id). */
export type RowWriter = { importRunId: number } | { apiTokenId: number };

async function* numbered(rows: Rows): AsyncGenerator<unknown[]> {
  let ordinal = 0;
  for await (const row of rows) yield [...row, ordinal++];
}

/**
 * Must run inside a transaction (BEGIN … COMMIT) on `client`.
 * Scope: the caller checked "import.run" (runs.ts importsFor); imported rows are province-wide.
 */
export async function unsafeWriteRows(
  client: ClientBase,
  spec: KindSpec,
  rows: Rows,
  writer: RowWriter,
  onProgress?: WriteProgress,
): Promise<WriteCounts & { staged: number }> {
  const columns = spec.tableColumns.map(quoteIdentifier);
  const table = quoteIdentifier(spec.table);
  // a name of its own: the embedded server multiplexes every connection onto one session
  const stage = `import_stage_${randomBytes(6).toString("hex")}`;
  await client.query(`CREATE TEMP TABLE ${stage} ON COMMIT DROP AS SELECT ${columns.join(", ")}, NULL::integer AS ${ORDINAL} FROM ${table} WITH NO DATA`);
  const staged = await bulkLoad(client, stage, [...spec.tableColumns, ORDINAL], numbered(rows), {
    onProgress: (count) => onProgress?.(count, false),
  });
  onProgress?.(staged, true);
  const written = spec.recordsWriter ? ["written_by_import_id", "written_by_token_id"] : [];
  const writerValues = spec.recordsWriter
    ? ["importRunId" in writer ? writer.importRunId : null, "apiTokenId" in writer ? writer.apiTokenId : null]
    : [];
  const targets = [...columns, ...written];
  const updates = targets.slice(1).map((column) => `${column} = EXCLUDED.${column}`).join(", ");
  const result = await client.query<{ created: number; updated: number }>(
    `WITH up AS (
       INSERT INTO ${table} (${targets.join(", ")})
       SELECT DISTINCT ON (code) ${[...columns, ...written.map((_, i) => `$${i + 1}::int`)].join(", ")} FROM ${stage} ORDER BY code, ${ORDINAL}
       ON CONFLICT (code) DO UPDATE SET ${updates}
       RETURNING (xmax = 0) AS inserted
     )
     SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`,
    writerValues,
  );
  await client.query(`DROP TABLE IF EXISTS pg_temp.${stage}`);
  const counts = result.rows[0] ?? { created: 0, updated: 0 };
  return { ...counts, staged };
}

/**
 * The same upsert for rows already in memory (an API batch, ≤ 10,000, codes already unique): one
 * statement, the rows passed as JSON and typed by the table's own row type
 * (json_populate_recordset), in code order. No staging table: creating one costs catalog writes
 * that every concurrent writer then waits on. Must run inside a transaction on `client`.
 * Scope: the caller checked the token's scope for the kind (api-records.ts writeBatch).
 */
export async function unsafeUpsertRows(client: ClientBase, spec: KindSpec, rows: readonly unknown[][], writer: RowWriter): Promise<WriteCounts> {
  const table = quoteIdentifier(spec.table);
  const columns = spec.tableColumns.map(quoteIdentifier);
  const written = spec.recordsWriter ? ["written_by_import_id", "written_by_token_id"] : [];
  const writerValues = spec.recordsWriter
    ? ["importRunId" in writer ? writer.importRunId : null, "apiTokenId" in writer ? writer.apiTokenId : null]
    : [];
  const records = rows.map((row) => Object.fromEntries(spec.tableColumns.map((column, i) => [column, row[i] instanceof Date ? (row[i] as Date).toISOString() : row[i]])));
  const targets = [...columns, ...written];
  const updates = targets.slice(1).map((column) => `${column} = EXCLUDED.${column}`).join(", ");
  const result = await client.query<{ created: number; updated: number }>(
    `WITH up AS (
       INSERT INTO ${table} (${targets.join(", ")})
       SELECT ${[...columns.map((c) => `r.${c}`), ...written.map((_, i) => `$${i + 2}::int`)].join(", ")}
         FROM json_populate_recordset(NULL::${table}, $1::json) r ORDER BY r.code
       ON CONFLICT (code) DO UPDATE SET ${updates}
       RETURNING (xmax = 0) AS inserted
     )
     SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`,
    [JSON.stringify(records), ...writerValues],
  );
  return result.rows[0] ?? { created: 0, updated: 0 };
}

export type CommitTarget = { runId: number; kind: ImportKind; file: ImportFile; expected: number; lease: RunLease };

/**
 * Writes the file's valid rows in one transaction, then `finish` (status and audit) in the same one.
 * The valid count must still be the dry run's. A transaction that loses a deadlock or serialisation
 * race is run again (rolled back whole, so nothing is written twice); the file is simply read again.
 * Scope: the caller checked "import.run" (runs.ts importsFor); imported rows are province-wide.
 */
export async function unsafeCommitFile(
  pool: Pool,
  target: CommitTarget,
  finish: (tx: PoolClient, written: WriteCounts) => Promise<void>,
  onProgress?: WriteProgress,
): Promise<WriteCounts> {
  return retryConflicts(
    () =>
      inTransaction(pool, async (tx) => {
        // a server killed mid-statement must not leave its statement running for a minute: the
        // backend checks every second that its client is still there (PostgreSQL ≥ 14)
        if (!(await isEmbedded(tx))) await tx.query("SET LOCAL client_connection_check_interval = '1s'");
        const spec = KINDS[target.kind];
        // references first: once the COPY below has started, this connection answers nothing else
        const refs = await unsafeLoadReferences(tx, target.kind);
        const written = await unsafeWriteRows(tx, spec, validRows(spec, refs, target.file), { importRunId: target.runId }, (rows, upserting) => {
          if (target.lease.lost) throw new LeaseLostError();
          onProgress?.(rows, upserting);
        });
        const valid = written.created + written.updated;
        if (valid !== target.expected) throw new ImportRefusedError({ key: "import.error.changed", values: { before: target.expected, after: valid } });
        const counts = { created: written.created, updated: written.updated };
        await finish(tx, counts);
        return counts;
      }),
    { attempts: 3, onRetry: (error, attempt) => console.error(`[import] run ${target.runId}: write lost a race (attempt ${attempt}), retrying`, error) },
  );
}
