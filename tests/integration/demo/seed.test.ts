// Seeding a migrated database stores exactly the figures the generators promise (old Ninh Thuận's
// calibration window, read as of its end: 30/08/2024 for dossiers, 31/08/2024 for tasks), twice in
// a row with the same result, restores the indexes and foreign keys it set aside, and refuses to wipe
// users or agencies that the append-only audit log points at.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { expectedDossierCounts, expectedTaskCounts } from "@/lib/demo/counts";
import { databaseIsEmpty, seedDemoData } from "@/lib/demo/seed";
import { compareRollups } from "@/lib/db/rollups";
import { AGENCIES, DEMO_USERS, NINH_THUAN_UNITS } from "@/lib/demo/organisation";
import { officialRoster } from "@/lib/demo/officials";
import { DEMO_TEST_AS_OF } from "@/lib/demo/timeline";
import { createFreshDatabase, type FreshDatabase } from "../support/fresh-database";

const SCALE = 0.002;

let database: FreshDatabase;
let client: pg.Client;

const NINH_THUAN = NINH_THUAN_UNITS.map((unit) => unit.code);

async function snapshot() {
  const one = async (sql: string, values: unknown[] = []) => (await client.query<Record<string, string | number>>(sql, values)).rows[0]!;
  return {
    dossiers: await one(`
      WITH windowed AS (
        SELECT (due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS due,
          CASE WHEN resolved_at <= timestamptz '2024-08-30 23:59:59.999+07' THEN (resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END AS resolved
        FROM dossier
        WHERE received_at BETWEEN timestamptz '2021-09-28 00:00+07' AND timestamptz '2024-08-30 23:59:59.999+07'
          AND agency_id IN (SELECT id FROM agency WHERE code = ANY($1))
      )
      SELECT count(*)::int AS received,
        count(*) FILTER (WHERE resolved < due)::int AS early,
        count(*) FILTER (WHERE resolved = due)::int AS "onTime",
        count(*) FILTER (WHERE resolved > due)::int AS late,
        count(*) FILTER (WHERE resolved IS NULL)::int AS pending
      FROM windowed`, [NINH_THUAN]),
    tasks: await one(`
      WITH windowed AS (
        SELECT due_at, CASE WHEN completed_at <= timestamptz '2024-08-31 23:59:59.999+07' THEN completed_at END AS completed_at
        FROM task
        WHERE assigned_at BETWEEN timestamptz '2021-09-28 00:00+07' AND timestamptz '2024-08-31 23:59:59.999+07'
          AND agency_id IN (SELECT id FROM agency WHERE code = ANY($1))
      )
      SELECT count(*)::int AS assigned,
        count(*) FILTER (WHERE completed_at <= due_at)::int AS "onTime",
        count(*) FILTER (WHERE completed_at > due_at)::int AS late,
        count(*) FILTER (WHERE completed_at IS NULL)::int AS "notCompleted"
      FROM windowed`, [NINH_THUAN]),
    catalogue: await one(`
      SELECT (SELECT count(*)::int FROM procedure) AS procedures,
        (SELECT count(*)::int FROM procedure WHERE online_level <> 'NONE') AS online,
        (SELECT count(*)::int FROM procedure WHERE online_level = 'FULL') AS full,
        (SELECT count(*)::int FROM official) AS officials,
        (SELECT count(*)::int FROM agency) AS agencies,
        (SELECT count(*)::int FROM app_user) AS users,
        (SELECT min(id)::int FROM dossier) AS "firstDossierId",
        (SELECT md5(string_agg(code || procedure_id || agency_id || received_at::text, ',' ORDER BY id)) FROM dossier) AS fingerprint,
        (SELECT count(*)::int FROM pg_indexes WHERE tablename = 'dossier') AS "dossierIndexes",
        (SELECT count(*)::int FROM pg_constraint WHERE conrelid = 'dossier'::regclass AND contype = 'f') AS "dossierForeignKeys"`),
  };
}

describe("demo seed", () => {
  beforeAll(async () => {
    database = await createFreshDatabase({ migrated: true });
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it("stores exactly the generator's figures, idempotently", async () => {
    expect(await databaseIsEmpty(database.url)).toBe(true);
    const indexesBefore = (await client.query("SELECT indexdef FROM pg_indexes WHERE tablename = 'dossier' ORDER BY indexname")).rows;

    const summary = await seedDemoData({ databaseUrl: database.url, scale: SCALE, asOf: DEMO_TEST_AS_OF });
    expect(summary).toMatch(/hồ sơ\/giây/);
    expect(await databaseIsEmpty(database.url)).toBe(false);
    const first = await snapshot();

    expect(first.dossiers).toEqual(expectedDossierCounts(SCALE));
    const tasks = expectedTaskCounts(SCALE);
    expect(first.tasks).toEqual({ assigned: tasks.assigned, onTime: tasks.onTime, late: tasks.late, notCompleted: tasks.notCompleted });
    expect(first.catalogue).toMatchObject({
      procedures: 1777, online: 1068, full: 540, officials: officialRoster().officials.length, agencies: AGENCIES.length, users: DEMO_USERS.length, firstDossierId: 1,
    });
    // the indexes and foreign keys set aside for the load are back, exactly as migrated
    expect((await client.query("SELECT indexdef FROM pg_indexes WHERE tablename = 'dossier' ORDER BY indexname")).rows).toEqual(indexesBefore);
    // procedure, agency, official, and the import run or API token that last wrote the row
    expect(first.catalogue.dossierForeignKeys).toBe(5);
    // the rollups were built after the load and agree with the raw rows; the triggers are back on
    expect(await compareRollups(client)).toEqual([]);
    const triggers = await client.query("SELECT tgname FROM pg_trigger WHERE tgrelid = 'dossier'::regclass AND tgname LIKE 'dossier_rollup_%' AND tgenabled = 'O'");
    expect(triggers.rowCount).toBe(3);

    await seedDemoData({ databaseUrl: database.url, scale: SCALE, asOf: DEMO_TEST_AS_OF });
    expect(await snapshot()).toEqual(first);
  });

  it("refuses to reseed over users the audit log refers to, and keeps the data", async () => {
    const before = await snapshot();
    await client.query("INSERT INTO audit_log (actor_id, action, entity) SELECT id, 'SIGN_IN', 'user' FROM app_user ORDER BY id LIMIT 1");
    await expect(seedDemoData({ databaseUrl: database.url, scale: SCALE, asOf: DEMO_TEST_AS_OF })).rejects.toThrow(/audit_log.*không được xóa/s);
    expect(await snapshot()).toEqual(before);
  });
});
