// Empties the domain tables before a (re)seed. audit_log is append-only (a trigger rejects
// UPDATE, DELETE and TRUNCATE) and points at app_user and agency, so those two are emptied with
// DELETE, everything else with one TRUNCATE that does not cascade into the audit log.
import type { ClientBase } from "pg";
import { quoteIdentifier } from "../db/bulk-load";

const KEPT = ["_prisma_migrations", "audit_log"];
const REFERENCED_BY_AUDIT = ["app_user", "agency"];

export class ReseedBlockedError extends Error {
  override name = "ReseedBlockedError";
}

export async function resetDomainTables(client: ClientBase): Promise<void> {
  const audit = await client.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM audit_log WHERE actor_id IS NOT NULL OR agency_id IS NOT NULL",
  );
  const referencing = audit.rows[0]?.n ?? 0;
  if (referencing > 0) {
    throw new ReseedBlockedError(
      `Không thể nạp lại dữ liệu mẫu: nhật ký kiểm toán (audit_log) có ${referencing} bản ghi gắn với người dùng ` +
        `hoặc cơ quan hiện có. Nhật ký chỉ được ghi thêm, không được xóa, nên những người dùng và cơ quan đó cũng ` +
        `không xóa được. Hãy nạp dữ liệu mẫu vào một cơ sở dữ liệu mới (CSDL nhúng: xóa thư mục PGLITE_DATA_DIR).`,
    );
  }
  const tables = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables
      WHERE schemaname = current_schema() AND NOT (tablename = ANY($1::text[]))
      ORDER BY tablename`,
    [[...KEPT, ...REFERENCED_BY_AUDIT]],
  );
  if (tables.rows.length > 0) {
    await client.query(`TRUNCATE TABLE ${tables.rows.map((t) => quoteIdentifier(t.name)).join(", ")} RESTART IDENTITY`);
  }
  await client.query("DELETE FROM app_user");
  // the tree and succession links point inside the table; cut them so the order of deletion is free
  await client.query("UPDATE agency SET parent_id = NULL, successor_id = NULL WHERE parent_id IS NOT NULL OR successor_id IS NOT NULL");
  await client.query("DELETE FROM agency");
  for (const table of REFERENCED_BY_AUDIT) {
    await client.query("SELECT setval(pg_get_serial_sequence($1, 'id'), 1, false)", [quoteIdentifier(table)]);
  }
}
