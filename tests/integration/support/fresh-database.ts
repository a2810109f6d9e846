// An empty database of the same kind as the one the suite runs on: a new database on the same
// PostgreSQL server when DATABASE_URL points at one, otherwise an in-memory PGlite server. With
// `migrated`, it holds the schema of the committed migrations: a copy of the template that the
// project's global set-up migrated once (PostgreSQL), or migrated here (PGlite).
// With two roles (DATABASE_OWNER_URL set, README "Database roles") the owner creates the database
// (and the template) and gets it, with the same grants as a deployment (lib/db/roles.ts): `url` is
// the owner's (for migrations, seeds and fixtures that alter tables), `appUrl` the app role's (for
// the data layer, as the server runs it). With one role both are the same.
import pg from "pg";
import { inject } from "vitest";
import { getToolEnv } from "@/lib/env";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { connectionFields } from "@/lib/db/pg-adapter";
import { databaseStatements } from "@/lib/db/roles";
import { deployMigrations } from "@/scripts/lib/process";

export type FreshDatabase = { url: string; appUrl: string; drop(): Promise<void> };

export async function isPostgresServer(url: string): Promise<boolean> {
  const client = new pg.Client({ ...connectionFields(url) });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    return !rows[0]?.version.includes("PGlite");
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, name: string): string {
  const copy = new URL(url);
  copy.pathname = `/${name}`;
  return copy.toString();
}

export async function onClient(url: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ ...connectionFields(url) });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** The suite's two connection strings: the owner's (creates and drops databases) and the app's. */
export function suiteUrls(): { ownerBase: string; appBase: string } | null {
  const env = getToolEnv();
  return env.DATABASE_URL ? { appBase: env.DATABASE_URL, ownerBase: env.DATABASE_OWNER_URL ?? env.DATABASE_URL } : null;
}

/** Creates database `name` as the owner (a copy of `template` when given) with the app role's grants. */
export async function createOwnedDatabase(name: string, template: string | null = null): Promise<{ url: string; appUrl: string }> {
  const urls = suiteUrls();
  if (!urls) throw new Error("DATABASE_URL is not set");
  const { ownerBase, appBase } = urls;
  await onClient(ownerBase, (client) => client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`).then(() => undefined));
  const url = withDatabase(ownerBase, name);
  const owner = connectionFields(ownerBase).user;
  const app = connectionFields(appBase).user;
  // database-level grants are not copied from a template: every database gets them
  if (owner !== app) {
    await onClient(url, async (client) => {
      for (const statement of databaseStatements({ database: name, owner, app })) await client.query(statement);
    });
  }
  return { url, appUrl: withDatabase(appBase, name) };
}

/** Drops database `name`, ending the app role's connections to it first. */
export async function dropOwnedDatabase(name: string): Promise<void> {
  const urls = suiteUrls();
  if (!urls) return;
  const { ownerBase, appBase } = urls;
  const twoRoles = connectionFields(ownerBase).user !== connectionFields(appBase).user;
  // A connection the app role opens between its last look and the owner's DROP (a pool still
  // answering an aborted stream) makes the DROP … WITH (FORCE) refuse (42501): look and drop again.
  for (let attempt = 1; ; attempt += 1) {
    if (twoRoles) await endAppConnections(appBase, name);
    try {
      await onClient(ownerBase, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined));
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "42501" || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/**
 * The owner may not end the app role's connections (a test's pool left open), but the app role may
 * end its own. Each backend is signalled on its own, and a refusal (42501) is not an error: a backend
 * may change hands between the view and the signal, and a parallel worker's may be refused (it ends
 * with its leader). Then look again, until none of the app role's backends is left.
 */
async function endAppConnections(appBase: string, name: string): Promise<void> {
  await onClient(appBase, async (client) => {
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      const { rows } = await client.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND usename = current_user AND pid <> pg_backend_pid()",
        [name],
      );
      if (rows.length === 0) return;
      for (const { pid } of rows) {
        await client.query("SELECT pg_terminate_backend($1)", [pid]).catch((error: { code?: string }) => {
          if (error.code !== "42501") throw error;
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  });
}

/** The migrated template's copies that hold seeded data are named after it: the set-up's teardown drops them too. */
export const seededTemplateName = (template: string, key = "") => `${template}_s${key}`;

/**
 * A template holding the migrated schema plus what `seed` writes, made once per run and key: the
 * first file that asks seeds it (the demo data at one scale takes seconds), the others copy it.
 * Files run in parallel workers, so an advisory lock on the owner's connection makes the others
 * wait for the first one's seed instead of seeding twice or copying a half-seeded database.
 */
async function seededTemplate(migrated: string, key: string, seed: (url: string) => Promise<void>): Promise<string> {
  const urls = suiteUrls();
  if (!urls) throw new Error("DATABASE_URL is not set");
  const name = seededTemplateName(migrated, key);
  await onClient(urls.ownerBase, async (client) => {
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [name]);
    try {
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (rowCount) return;
      // seeded under another name and renamed when complete: a failed seed leaves no template behind
      const building = `${name}_b`;
      await dropOwnedDatabase(building);
      const { url } = await createOwnedDatabase(building, migrated);
      try {
        await seed(url);
      } catch (error) {
        await dropOwnedDatabase(building);
        throw error;
      }
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [name]);
    }
  });
  return name;
}

let created = 0;

/**
 * `seeded`: data every file of the run that passes the same `key` starts from (on PostgreSQL a copy
 * of a template seeded once per run; on PGlite seeded here).
 */
export async function createFreshDatabase(
  options: { migrated?: boolean; seeded?: { key: string; seed: (url: string) => Promise<void> } } = {},
): Promise<FreshDatabase> {
  const urls = suiteUrls();
  const migrated = options.migrated || options.seeded !== undefined;
  if (urls && (await isPostgresServer(urls.appBase))) {
    // named after the suite's own database, so that parallel checkouts on one server never collide
    const name = `${connectionFields(urls.appBase).database.slice(0, 40)}_f${process.pid}_${(created += 1)}`;
    let template = migrated ? inject("migratedTemplate") : null;
    if (template && options.seeded) template = await seededTemplate(template, options.seeded.key, options.seeded.seed);
    const { url, appUrl } = await createOwnedDatabase(name, template);
    if (migrated && !template) await deployMigrations(url);
    if (options.seeded && !template) await options.seeded.seed(url);
    return { url, appUrl, drop: () => dropOwnedDatabase(name) };
  }
  // room for the data layer's pools and a job worker's (tests/integration/notifications)
  const embedded = await startEmbeddedDatabase({ maxConnections: 12 });
  if (migrated) await deployMigrations(embedded.url);
  if (options.seeded) await options.seeded.seed(embedded.url);
  return { url: embedded.url, appUrl: embedded.url, drop: () => embedded.stop() };
}
