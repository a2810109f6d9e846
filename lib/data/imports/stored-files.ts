// A run's original and error report kept in the database (table import_file, each up to
// STORED_FILE_LIMIT_BYTES): for download, and to bring a working copy back so that a run can be
// confirmed after a restart or a failed write.
import "server-only";
import type { ClientBase, Pool } from "pg";
import type { ImportFileRole } from "@/lib/generated/prisma/enums";

/** Scope: the caller checked "import.run" (runs.ts importsFor); runs are the province's. */
export async function unsafeStoreFile(client: ClientBase, runId: number, role: ImportFileRole, bytes: Buffer): Promise<void> {
  await client.query(
    `INSERT INTO import_file (run_id, role, bytes, byte_size) VALUES ($1, $2, $3, $4)
     ON CONFLICT (run_id, role) DO UPDATE SET bytes = EXCLUDED.bytes, byte_size = EXCLUDED.byte_size, created_at = now()`,
    [runId, role, bytes, bytes.length],
  );
}

/** Scope: the caller checked "import.run" (runs.ts importsFor, read.ts importFile). */
export async function unsafeStoredFile(client: ClientBase | Pool, runId: number, role: ImportFileRole): Promise<Buffer | null> {
  const result = await client.query<{ bytes: Buffer }>("SELECT bytes FROM import_file WHERE run_id = $1 AND role = $2", [runId, role]);
  return result.rows[0]?.bytes ?? null;
}
