// The write of an import or an API batch, inside the caller's transaction: rows go into a
// temporary staging table through the streaming bulk loader (COPY on PostgreSQL), then ONE
// INSERT … ON CONFLICT (code) DO UPDATE moves them into the target table; when a code comes more
// than once, the first row with it is the one written (the import's dry run rejects the others,
// an API batch refuses them). Plain SQL on purpose:
// the dossier rollups are statement-level triggers on `dossier`, so they are brought up to date
// by that statement, in the same transaction, and a rollback takes them back with the rows.
import type { ClientBase } from "pg";
import { bulkLoad, quoteIdentifier, type Rows } from "@/lib/db/bulk-load";
import type { KindSpec } from "./kinds";

const STAGE = "import_stage";
/** the staged row's position in the upload: the first row with a code wins */
const ORDINAL = "import_ordinal";

export type WriteCounts = { created: number; updated: number };

async function* numbered(rows: Rows): AsyncGenerator<unknown[]> {
  let ordinal = 0;
  for await (const row of rows) yield [...row, ordinal++];
}

/** Must run inside a transaction (BEGIN … COMMIT) on `client`. */
export async function writeRows(
  client: ClientBase,
  spec: KindSpec,
  rows: Rows,
  onProgress?: (rows: number) => void,
): Promise<WriteCounts & { staged: number }> {
  const columns = spec.tableColumns.map(quoteIdentifier);
  await client.query(`DROP TABLE IF EXISTS pg_temp.${STAGE}`);
  await client.query(
    `CREATE TEMP TABLE ${STAGE} (${columns.map((column, i) => `${column} ${spec.tableTypes[i]}`).join(", ")}, ${ORDINAL} integer) ON COMMIT DROP`,
  );
  const staged = await bulkLoad(client, STAGE, [...spec.tableColumns, ORDINAL], numbered(rows), { onProgress });
  const updates = columns.slice(1).map((column) => `${column} = EXCLUDED.${column}`).join(", ");
  const result = await client.query<{ created: number; updated: number }>(
    `WITH up AS (
       INSERT INTO ${quoteIdentifier(spec.table)} (${columns.join(", ")})
       SELECT DISTINCT ON (code) ${columns.join(", ")} FROM ${STAGE} ORDER BY code, ${ORDINAL}
       ON CONFLICT (code) DO UPDATE SET ${updates}
       RETURNING (xmax = 0) AS inserted
     )
     SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`,
  );
  await client.query(`DROP TABLE IF EXISTS pg_temp.${STAGE}`);
  const counts = result.rows[0] ?? { created: 0, updated: 0 };
  return { ...counts, staged };
}
