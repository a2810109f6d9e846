// The committed migrations build the whole schema on an empty database, and the database itself
// refuses impossible data (DESIGN §4–§5: constraints live in the database too).
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { deployMigrations } from "@/scripts/lib/process";
import { createFreshDatabase, type FreshDatabase } from "../support/fresh-database";

let database: FreshDatabase;
let client: pg.Client;

async function expectRejected(sql: string, params: unknown[], code: string, constraint?: string) {
  const error = await client.query(sql, params).then(
    () => undefined,
    (caught: unknown) => caught as pg.DatabaseError,
  );
  expect(error, `expected the database to reject: ${sql}`).toBeDefined();
  expect(error?.code).toBe(code);
  if (constraint) expect(error?.constraint).toBe(constraint);
}

beforeAll(async () => {
  database = await createFreshDatabase();
  await deployMigrations(database.url);
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`INSERT INTO agency (code, name, kind, level, valid_from)
                      VALUES ('STP', 'Sở Tư pháp', 'DEPARTMENT', 'PROVINCE', '2021-01-01')`);
  await client.query(`INSERT INTO procedure_field (code, name) VALUES ('HT', 'Hộ tịch')`);
  await client.query(`INSERT INTO procedure (code, name, field_id, level, statutory_days)
                      SELECT 'P1', 'Đăng ký khai sinh', id, 'COMMUNE', 1 FROM procedure_field`);
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

describe("migrations on an empty database", () => {
  it("create every table of the domain", async () => {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    const tables = rows.map((row) => row.table_name);
    for (const table of [
      "agency", "app_user", "official", "reporting_period", "task", "procedure_field", "procedure",
      "dossier", "staffing_quota", "target", "service_unit_autonomy", "index_definition",
      "index_component", "index_score", "index_component_score", "index_component_owner",
      "rating_band", "assessment_criterion", "agency_assessment", "assessment_criterion_score",
      "audit_log", "setting", "_prisma_migrations",
    ]) {
      expect(tables).toContain(table);
    }
  });

  it("store instants as timestamptz", async () => {
    const { rows } = await client.query<{ data_type: string }>(
      `SELECT data_type FROM information_schema.columns
        WHERE table_name = 'dossier' AND column_name IN ('received_at', 'due_at', 'resolved_at')`,
    );
    expect(rows.map((row) => row.data_type)).toEqual(Array(3).fill("timestamp with time zone"));
  });
});

describe("the database refuses impossible data", () => {
  const dossierInsert = `INSERT INTO dossier (code, procedure_id, agency_id, channel, received_at, due_at, resolved_at)
    SELECT $1, p.id, a.id, 'ONLINE', $2::timestamptz, $3::timestamptz, $4::timestamptz
      FROM procedure p, agency a WHERE p.code = 'P1' AND a.code = 'STP'`;

  it("accepts a dossier resolved on the day it was received", async () => {
    await client.query(dossierInsert, [
      "HS-OK", "2024-03-01T01:00:00Z", "2024-03-01T10:00:00Z", "2024-03-01T01:00:00Z",
    ]);
    const { rows } = await client.query("SELECT code FROM dossier WHERE code = 'HS-OK'");
    expect(rows).toHaveLength(1);
  });

  it("rejects a dossier resolved before it was received", async () => {
    await expectRejected(
      dossierInsert,
      ["HS-BAD", "2024-03-01T01:00:00Z", "2024-03-05T10:00:00Z", "2024-02-29T23:59:59Z"],
      "23514",
      "dossier_resolved_check",
    );
  });

  it("rejects a second dossier with the same code", async () => {
    await expectRejected(
      dossierInsert,
      ["HS-OK", "2024-03-01T01:00:00Z", "2024-03-01T10:00:00Z", null],
      "23505",
    );
  });

  it("rejects a negative staffing quota, headcount or streamlining count", async () => {
    const insert = `INSERT INTO staffing_quota (agency_id, year, category, quota, actual_headcount, streamlined)
      SELECT id, 2024, 'CIVIL_SERVANT', $1, $2, $3 FROM agency WHERE code = 'STP'`;
    await expectRejected(insert, [-1, 10, 0], "23514", "staffing_quota_counts_check");
    await expectRejected(insert, [10, -1, 0], "23514", "staffing_quota_counts_check");
    await expectRejected(insert, [10, 10, -2], "23514", "staffing_quota_counts_check");
  });

  it("rejects a negative reschedule count", async () => {
    await expectRejected(
      `UPDATE dossier SET reschedule_count = -1 WHERE code = 'HS-OK'`,
      [],
      "23514",
      "dossier_reschedule_count_check",
    );
  });

  it("rejects an index score above its maximum and a rank beyond the number ranked", async () => {
    await client.query(`INSERT INTO index_definition (code, name, name_en, unit, max_score)
                        VALUES ('PAPI', 'Chỉ số PAPI', 'PAPI', 'POINTS', 80)`);
    const insert = `INSERT INTO index_score (index_id, year, score, rank, rank_of, source)
      SELECT id, $1, $2, $3, $4, 'test' FROM index_definition WHERE code = 'PAPI'`;
    await expectRejected(insert, [2023, 80.5, 10, 63], "23514");
    await expectRejected(insert, [2023, 42, 64, 63], "23514", "index_score_rank_check");
    await client.query(insert, [2023, 80, 1, 63]);
  });

  it("rejects an agency user without an agency", async () => {
    await expectRejected(
      `INSERT INTO app_user (username, full_name, password_hash, role, updated_at)
       VALUES ('x', 'X', 'hash', 'AGENCY', now())`,
      [],
      "23514",
      "app_user_agency_role_check",
    );
  });

  it("keeps the audit log append-only", async () => {
    await client.query(`INSERT INTO audit_log (action, entity) VALUES ('TEST', 'dossier')`);
    await expectRejected(`UPDATE audit_log SET action = 'CHANGED'`, [], "42501");
    await expectRejected(`DELETE FROM audit_log`, [], "42501");
  });
});

describe("the migration that makes index and target units enums", () => {
  const migration = readFileSync(path.join(process.cwd(), "prisma/migrations/20261201000100_issue24_unit_enums/migration.sql"), "utf8");
  const columnType = async (table: string) =>
    (await client.query<{ udt_name: string }>(`SELECT udt_name FROM information_schema.columns WHERE table_name = $1 AND column_name = 'unit'`, [table])).rows[0]?.udt_name;

  /** The columns as they were before it: free text. */
  async function asBefore() {
    await client.query(`
      ALTER TABLE index_definition ALTER COLUMN unit TYPE varchar(16) USING unit::text;
      ALTER TABLE target ALTER COLUMN unit TYPE varchar(16) USING unit::text;
      DROP TYPE "IndexUnit";
      DROP TYPE "TargetUnit";`);
  }

  it("carries the stored units over, trimmed and upper-cased", async () => {
    await asBefore();
    await client.query(`INSERT INTO index_definition (code, name, name_en, unit, max_score) VALUES
      ('SIPAS', 'SIPAS', 'SIPAS', ' percent', 100), ('DTI', 'DTI', 'DTI', 'RATIO', 1)`);
    await client.query(`INSERT INTO target (code, target_year, value, unit, description) VALUES
      ('CUT', 2026, 5, 'Percent ', 'giảm 5 %'), ('LEVEL', 2026, 1571, 'COUNT', '1.571 biên chế')`);
    await client.query(migration);
    expect([await columnType("index_definition"), await columnType("target")]).toEqual(["IndexUnit", "TargetUnit"]);
    const units = await client.query<{ code: string; unit: string }>(
      `SELECT code, unit::text FROM index_definition UNION ALL SELECT code, unit::text FROM target ORDER BY code`,
    );
    expect(units.rows).toEqual([
      { code: "CUT", unit: "PERCENT" },
      { code: "DTI", unit: "RATIO" },
      { code: "LEVEL", unit: "COUNT" },
      { code: "PAPI", unit: "POINTS" },
      { code: "SIPAS", unit: "PERCENT" },
    ]);
  });

  it("refuses a unit it does not know, names the row, and changes nothing", async () => {
    await asBefore();
    await client.query(`INSERT INTO target (code, target_year, value, unit, description) VALUES ('AREA', 2030, 3, 'HECTARE', 'x')`);
    await expect(client.query(migration)).rejects.toThrow(/target\.unit.*AREA\/2030 \('HECTARE'\)/);
    expect(await columnType("target")).toBe("varchar");
    expect((await client.query(`SELECT count(*)::int AS n FROM pg_type WHERE typname IN ('IndexUnit', 'TargetUnit')`)).rows[0].n).toBe(0);
    // as it was, for any test after this one
    await client.query(`DELETE FROM target WHERE code = 'AREA'`);
    await client.query(migration);
    expect(await columnType("target")).toBe("TargetUnit");
  });
});
