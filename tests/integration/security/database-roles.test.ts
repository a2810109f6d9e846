// The app's database role as a deployment sets it up (lib/db/roles.ts on a fresh database, then
// the migrations as the owner): it reads and writes rows and nothing more. The append-only audit
// log cannot be rewritten by it, not even by switching triggers off, and a table a later
// migration adds gets the app's grants without touching the roles. Needs two roles
// (DATABASE_OWNER_URL and DATABASE_URL, as .ci/run sets them); the embedded database has one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { getToolEnv } from "@/lib/env";
import { connectionFields } from "@/lib/db/pg-adapter";
import { deployMigrations } from "@/scripts/lib/process";
import { createFreshDatabase, type FreshDatabase } from "../support/fresh-database";

const env = getToolEnv();
const twoRoles =
  env.DATABASE_URL !== undefined &&
  env.DATABASE_OWNER_URL !== undefined &&
  connectionFields(env.DATABASE_URL).user !== connectionFields(env.DATABASE_OWNER_URL).user;
if (!twoRoles) console.warn("database-roles.test.ts bỏ qua: cần hai vai trò (DATABASE_OWNER_URL và DATABASE_URL, xem README).");

let database: FreshDatabase;
let app: pg.Client;
let owner: pg.Client;

async function refused(sql: string): Promise<string | undefined> {
  const error = await app.query(sql).then(
    () => undefined,
    (caught: unknown) => caught as pg.DatabaseError,
  );
  return error?.code;
}

describe.skipIf(!twoRoles)("the app's database role", () => {
  beforeAll(async () => {
    database = await createFreshDatabase();
    await deployMigrations(database.url);
    owner = new pg.Client(connectionFields(database.url));
    app = new pg.Client(connectionFields(database.appUrl));
    await Promise.all([owner.connect(), app.connect()]);
  });
  afterAll(async () => {
    await Promise.all([app?.end(), owner?.end()]);
    await database?.drop();
  });

  it("is no superuser and owns nothing", async () => {
    const { rows } = await app.query<{ rolsuper: boolean; rolcreatedb: boolean; rolcreaterole: boolean; rolbypassrls: boolean; owned: number }>(
      `SELECT r.rolsuper, r.rolcreatedb, r.rolcreaterole, r.rolbypassrls,
              (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) + (SELECT count(*)::int FROM pg_proc p WHERE p.proowner = r.oid) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolbypassrls: false, owned: 0 });
  });

  it("cannot switch the audit log's triggers off, by ALTER TABLE or session_replication_role", async () => {
    expect(await refused("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")).toBe("42501");
    expect(await refused("SET session_replication_role = replica")).toBe("42501");
    expect(await refused("DROP TRIGGER audit_log_append_only ON audit_log")).toBe("42501");
  });

  it("appends to the audit log but cannot update, delete or truncate it", async () => {
    await app.query("INSERT INTO audit_log (action, entity) VALUES ('TEST', 'security')");
    expect(await refused("UPDATE audit_log SET action = 'CHANGED'")).toBe("42501");
    expect(await refused("DELETE FROM audit_log")).toBe("42501");
    expect(await refused("TRUNCATE audit_log")).toBe("42501");
    const { rows } = await owner.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'TEST'");
    expect(rows[0]!.n).toBe(1);
  });

  it("has no UPDATE, DELETE or TRUNCATE on any append-only table, and no access to the migration history", async () => {
    const { rows } = await app.query<{ relname: string; writable: boolean }>(
      `SELECT c.relname,
              has_table_privilege(c.oid, 'UPDATE') OR has_table_privilege(c.oid, 'DELETE') OR has_table_privilege(c.oid, 'TRUNCATE') AS writable
         FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace
          AND EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname LIKE '%\\_append\\_only')`,
    );
    expect(rows.map((row) => row.relname).sort()).toEqual(expect.arrayContaining(["audit_log", "report_event", "report_value_change"]));
    expect(rows.filter((row) => row.writable)).toEqual([]);
    expect(await refused("SELECT * FROM _prisma_migrations")).toBe("42501");
  });

  it("reads and writes the domain tables, and creates nothing", async () => {
    await app.query("INSERT INTO agency (code, name, kind, level, valid_from) VALUES ('SEC', 'Kiểm thử', 'DEPARTMENT', 'PROVINCE', '2021-01-01')");
    await app.query("UPDATE agency SET name = 'Kiểm thử 2' WHERE code = 'SEC'");
    await app.query("DELETE FROM agency WHERE code = 'SEC'");
    expect(await refused("CREATE TABLE sneaky (id int)")).toBe("42501");
    expect(await refused("CREATE FUNCTION sneaky() RETURNS int LANGUAGE sql AS 'SELECT 1'")).toBe("42501");
  });

  it("gets its grants on a table a later migration adds, through the owner's default privileges", async () => {
    await owner.query("CREATE TABLE later_table (id serial PRIMARY KEY, note text)");
    await app.query("INSERT INTO later_table (note) VALUES ('ok')");
    const { rows } = await app.query<{ note: string }>("SELECT note FROM later_table");
    expect(rows).toEqual([{ note: "ok" }]);
    await owner.query("DROP TABLE later_table");
  });
});
