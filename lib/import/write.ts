// The write of an import or an API batch, inside the caller's transaction: rows go into a
// temporary staging table through the streaming bulk loader (COPY on PostgreSQL), then ONE
// INSERT … ON CONFLICT (code) DO UPDATE moves them into the target table; when a code comes more
// than once, the first row with it is the one written (the import's dry run rejects the others,
// an API batch refuses them). Plain SQL on purpose:
// the dossier rollups are statement-level triggers on `dossier`, so they are brought up to date
// by that statement, in the same transaction, and a rollback takes them back with the rows.
import { randomBytes } from "node:crypto";
import type { ClientBase } from "pg";
import { bulkLoad, quoteIdentifier, type Rows } from "@/lib/db/bulk-load";
import type { KindSpec } from "./kinds";

/** the staged row's position in the upload: the first row with a code wins */
const ORDINAL = "import_ordinal";

export type WriteCounts = { created: number; updated: number };

/** Rows staged so far; `upserting` once they all are and the one INSERT … ON CONFLICT runs. */
export type WriteProgress = (rows: number, upserting: boolean) => void;

async function* numbered(rows: Rows): AsyncGenerator<unknown[]> {
  let ordinal = 0;
  for await (const row of rows) yield [...row, ordinal++];
}

/** Must run inside a transaction (BEGIN … COMMIT) on `client`. */
export async function writeRows(
  client: ClientBase,
  spec: KindSpec,
  rows: Rows,
  onProgress?: WriteProgress,
): Promise<WriteCounts & { staged: number }> {
  const columns = spec.tableColumns.map(quoteIdentifier);
  // a name of its own: the embedded server multiplexes every connection onto one session
  const stage = `import_stage_${randomBytes(6).toString("hex")}`;
  await client.query(
    `CREATE TEMP TABLE ${stage} (${columns.map((column, i) => `${column} ${spec.tableTypes[i]}`).join(", ")}, ${ORDINAL} integer) ON COMMIT DROP`,
  );
  const staged = await bulkLoad(client, stage, [...spec.tableColumns, ORDINAL], numbered(rows), {
    onProgress: (count) => onProgress?.(count, false),
  });
  onProgress?.(staged, true);
  const updates = columns.slice(1).map((column) => `${column} = EXCLUDED.${column}`).join(", ");
  const result = await client.query<{ created: number; updated: number }>(
    `WITH up AS (
       INSERT INTO ${quoteIdentifier(spec.table)} (${columns.join(", ")})
       SELECT DISTINCT ON (code) ${columns.join(", ")} FROM ${stage} ORDER BY code, ${ORDINAL}
       ON CONFLICT (code) DO UPDATE SET ${updates}
       RETURNING (xmax = 0) AS inserted
     )
     SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`,
  );
  await client.query(`DROP TABLE IF EXISTS pg_temp.${stage}`);
  const counts = result.rows[0] ?? { created: 0, updated: 0 };
  return { ...counts, staged };
}
