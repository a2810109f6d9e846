// Loading millions of rows is faster into a bare table: PostgreSQL then builds each index with
// one sort instead of millions of insertions, and checks each foreign key with one join instead
// of a lookup per row. Run inside a transaction: if anything fails, the rollback restores the
// indexes and constraints exactly as they were.
import type { ClientBase } from "pg";
import { quoteIdentifier } from "./bulk-load";

type Definition = { name: string; definition: string };

/**
 * Drops the secondary indexes and foreign keys of `table`, runs `load`, then recreates them from
 * their catalogue definitions (so migrations stay the only source of truth for what they are).
 * The primary key and indexes that back constraints are kept.
 */
export async function withDeferredIndexes<T>(client: ClientBase, table: string, load: () => Promise<T>): Promise<T> {
  const relation = quoteIdentifier(table);
  const indexes = await client.query<Definition>(
    `SELECT quote_ident(c.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = $1::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY c.relname`,
    [relation],
  );
  const foreignKeys = await client.query<Definition>(
    `SELECT quote_ident(conname) AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f' ORDER BY conname`,
    [relation],
  );
  for (const fk of foreignKeys.rows) await client.query(`ALTER TABLE ${relation} DROP CONSTRAINT ${fk.name}`);
  for (const index of indexes.rows) await client.query(`DROP INDEX ${index.name}`);
  const result = await load();
  for (const index of indexes.rows) await client.query(index.definition);
  for (const fk of foreignKeys.rows) await client.query(`ALTER TABLE ${relation} ADD CONSTRAINT ${fk.name} ${fk.definition}`);
  return result;
}
