// Shared set-up of the import and API tests: a fresh migrated database with a few agencies, a
// procedure field, procedures, an official and a Home Affairs user; files written to a temp dir.
import { createReadStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { closeDatabase, connectDatabase, getPgPool } from "@/lib/db";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/permissions";
import { workingDirectory } from "@/lib/import/files";
import { formatOf } from "@/lib/import/source";
import { createFreshDatabase, type FreshDatabase } from "../support/fresh-database";

type Runs = typeof import("@/lib/data/imports/runs");

export type Fixture = {
  database: FreshDatabase;
  pool: pg.Pool;
  viewer: Viewer;
  dir: string;
  runs: Runs;
  /** DDL a test needs (a failing trigger): as the owner, since the pool is the app's role when there are two */
  asOwner(sql: string): Promise<void>;
  close(): Promise<void>;
};

export async function createFixture(): Promise<Fixture> {
  const database = await createFreshDatabase({ migrated: true });
  // the import runs as the server runs it: as the app role when there are two, on lib/db's pool
  await connectDatabase(database.appUrl, { poolMax: 6 });
  const pool = getPgPool();
  await pool.query(`
    INSERT INTO agency (code, name, kind, level, valid_from) VALUES
      ('STP', 'Sở Tư pháp', 'DEPARTMENT', 'PROVINCE', '2021-01-01'),
      ('UBND-NS', 'UBND huyện Ninh Sơn', 'DISTRICT', 'DISTRICT', '2021-01-01');
    INSERT INTO procedure_field (code, name) VALUES ('LLTP', 'Lý lịch tư pháp');
    INSERT INTO procedure (code, name, field_id, level, statutory_days)
      SELECT '1.001612', 'Cấp Phiếu lý lịch tư pháp', id, 'PROVINCE', 10 FROM procedure_field;
    INSERT INTO official (code, full_name, agency_id) SELECT 'CB001', 'Nguyễn Văn An', id FROM agency WHERE code = 'STP';
    INSERT INTO app_user (username, full_name, password_hash, role, updated_at) VALUES ('sonoivu', 'Sở Nội vụ', 'x', 'HOME_AFFAIRS', now());
  `);
  const user = await pool.query<{ id: number }>("SELECT id FROM app_user WHERE username = 'sonoivu'");
  const dir = await mkdtemp(path.join(os.tmpdir(), "cchc-import-test-"));
  return {
    database,
    pool,
    viewer: { userId: user.rows[0]!.id, role: "HOME_AFFAIRS", agencyId: null },
    dir,
    runs: await import("@/lib/data/imports/runs"),
    async asOwner(sql: string) {
      const owner = new pg.Client({ connectionString: database.url });
      await owner.connect();
      try {
        await owner.query(sql);
      } finally {
        await owner.end();
      }
    },
    async close() {
      const working = workingDirectory(pool.options);
      await closeDatabase();
      await rm(dir, { recursive: true, force: true });
      await rm(working, { recursive: true, force: true });
      await database.drop();
    },
  };
}

export const DOSSIER_HEADER = [
  "Mã hồ sơ", "Mã thủ tục", "Mã cơ quan", "Hình thức nộp", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả",
  "Mã cán bộ xử lý", "Đồng bộ DVCQG", "Số hóa", "Kết quả điện tử", "Ngày gửi thư xin lỗi", "Số lần hẹn lại",
];

/** Row i of a valid dossier file (dd/mm/yyyy and ISO dates mixed). */
export function dossierRow(i: number, prefix = "HS"): string[] {
  const day = String((i % 28) + 1).padStart(2, "0");
  return [
    `${prefix}-${String(i).padStart(6, "0")}`, "1.001612", i % 2 === 0 ? "STP" : "UBND-NS", i % 3 === 0 ? "Trực tuyến" : "Trực tiếp",
    i % 2 === 0 ? `${day}/03/2024 08:15` : `2024-03-${day}T08:15:00`, `${day}/04/2024`, i % 5 === 0 ? "" : `${day}/03/2024 16:00`,
    i % 2 === 0 ? "CB001" : "", "Có", "x", "0", "", "0",
  ];
}

export function csvText(rows: readonly (readonly string[])[], delimiter = ","): string {
  const field = (value: string) => (value.includes(delimiter) || value.includes('"') || /[\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return rows.map((row) => row.map(field).join(delimiter)).join("\r\n") + "\r\n";
}

export async function writeTestFile(fixture: Fixture, name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(fixture.dir, name);
  await writeFile(file, content);
  return file;
}

/** The imports of the fixture's Home Affairs user, as the routes get them. */
export function importer(fixture: Fixture) {
  return fixture.runs.importsFor(fixture.viewer, "127.0.0.1");
}

/** Upload as the route does: stream to a temporary file, create the run, dry run. */
export async function upload(fixture: Fixture, kind: ImportKind, file: string) {
  return importer(fixture).start({ kind, fileName: path.basename(file), format: formatOf(file)!, body: createReadStream(file) });
}

export async function scalar<T>(pool: pg.Pool, sql: string, params: unknown[] = []): Promise<T> {
  const result = await pool.query<{ value: T }>(sql, params);
  return result.rows[0]!.value;
}
