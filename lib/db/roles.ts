// The two database roles of a deployment (DESIGN §7, README "Database roles"):
// - the owner: owns the database, its schema and every object; runs migrations and the seed;
// - the app: what the running server connects as. It logs in, reads and writes rows, and nothing
//   more: no superuser, no ownership (so no ALTER TABLE … DISABLE TRIGGER, no
//   SET session_replication_role), no UPDATE, DELETE or TRUNCATE on the append-only tables (the
//   migrations' revoke_append_only_writes()), no access to the migration history.
// The owner's default privileges give the app its grants on every table a later migration adds,
// so the roles never need editing when another branch adds a table. scripts/db-roles.ts runs
// these statements (or prints them for a DBA); tests/integration/support/fresh-database.ts runs
// databaseStatements in each fresh test database, as the owner.
import { escapeIdentifier as ident, escapeLiteral as literal } from "pg";

/** The migrations' revoke_append_only_writes(), where the migrations have run. */
export const REVOKE_APPEND_ONLY_WRITES =
  "DO $$ BEGIN IF to_regproc('revoke_append_only_writes') IS NOT NULL THEN PERFORM revoke_append_only_writes(); END IF; END $$";

/** graphile-worker's schema (its default name). */
const QUEUE_SCHEMA = "graphile_worker";

export type RoleNames = { database: string; owner: string; app: string };

export type RoleSetup = RoleNames & {
  ownerPassword?: string;
  appPassword?: string;
  /** CI and development only: integration tests create a database of their own per file */
  ownerMayCreateDatabases?: boolean;
};

const password = (value: string | undefined) => (value === undefined ? "" : ` PASSWORD ${literal(value)}`);

/** The roles' attributes, for CREATE ROLE or ALTER ROLE (run by a superuser). */
export function roleAttributes(setup: RoleSetup): { owner: string; app: string } {
  const common = "LOGIN NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS";
  return {
    owner: `${common} ${setup.ownerMayCreateDatabases ? "CREATEDB" : "NOCREATEDB"}${password(setup.ownerPassword)}`,
    app: `${common} NOCREATEDB NOINHERIT${password(setup.appPassword)}`,
  };
}

/** Run on the server (any database) by a superuser: create or update both roles, create the database. */
export function clusterStatements(setup: RoleSetup, existing: { roles: ReadonlySet<string>; database: boolean }): string[] {
  const attributes = roleAttributes(setup);
  const role = (name: string, attrs: string) =>
    `${existing.roles.has(name) ? "ALTER" : "CREATE"} ROLE ${ident(name)} ${attrs}`;
  return [
    role(setup.owner, attributes.owner),
    role(setup.app, attributes.app),
    existing.database
      ? `ALTER DATABASE ${ident(setup.database)} OWNER TO ${ident(setup.owner)}`
      : `CREATE DATABASE ${ident(setup.database)} OWNER ${ident(setup.owner)}`,
  ];
}

/**
 * Run inside the database, by its owner or a superuser: who may connect, the schema, the app's
 * grants on what exists and (default privileges) on what the owner creates later.
 */
export function databaseStatements(names: RoleNames): string[] {
  const [database, owner, app] = [ident(names.database), ident(names.owner), ident(names.app)];
  const defaults = `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public`;
  return [
    `REVOKE ALL ON DATABASE ${database} FROM PUBLIC`,
    `GRANT CONNECT, TEMPORARY ON DATABASE ${database} TO ${app}`,
    `ALTER SCHEMA public OWNER TO ${owner}`,
    "REVOKE ALL ON SCHEMA public FROM PUBLIC",
    `GRANT USAGE ON SCHEMA public TO ${app}`,
    `${defaults} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
    `${defaults} GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
    // the job queue's schema (lib/db/queue.ts): made here by the owner, filled by graphile-worker's
    // migrations (as the owner, at deploy); the app adds, takes and finishes jobs, nothing more
    `CREATE SCHEMA IF NOT EXISTS ${QUEUE_SCHEMA} AUTHORIZATION ${owner}`,
    `GRANT USAGE ON SCHEMA ${QUEUE_SCHEMA} TO ${app}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${QUEUE_SCHEMA} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${QUEUE_SCHEMA} GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${QUEUE_SCHEMA} TO ${app}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${QUEUE_SCHEMA} TO ${app}`,
    // a database that already has its tables: take the append-only writes back (the function
    // comes with the migrations; absent on an empty database, where the migrations call it)
    REVOKE_APPEND_ONLY_WRITES,
  ];
}

/**
 * Run inside an existing database that a single role used to own (moving to two roles): give
 * every table, sequence, view, function and type of the public schema to the owner. Superuser only.
 */
export function adoptionStatements(owner: string): string {
  return `DO $$
DECLARE item record;
BEGIN
  FOR item IN SELECT format('ALTER %s %s OWNER TO %I', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                             WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, c.oid::regclass, ${literal(owner)}) AS sql
                FROM pg_class c
               WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                 AND pg_get_userbyid(c.relowner) <> ${literal(owner)}
                 AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
              UNION ALL
              SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, ${literal(owner)})
                FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND pg_get_userbyid(p.proowner) <> ${literal(owner)}
              UNION ALL
              SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, ${literal(owner)})
                FROM pg_type t
               WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd', 'c') AND t.typrelid = 0
                 AND pg_get_userbyid(t.typowner) <> ${literal(owner)}
  LOOP
    EXECUTE item.sql;
  END LOOP;
END $$`;
}
