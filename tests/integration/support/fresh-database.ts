// An empty database of the same kind as the one the suite runs on: a new database on the same
// PostgreSQL server when DATABASE_URL points at one, otherwise an in-memory PGlite server.
// With two roles (DATABASE_OWNER_URL set, README "Database roles") the owner creates the database
// and gets it, with the same grants as a deployment (lib/db/roles.ts): `url` is the owner's (for
// migrations, seeds and fixtures that alter tables), `appUrl` the app role's (for the data layer,
// as the server runs it). With one role both are the same.
import pg from "pg";
import { getToolEnv } from "@/lib/env";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { connectionFields } from "@/lib/db/pg-adapter";
import { databaseStatements } from "@/lib/db/roles";

export type FreshDatabase = { url: string; appUrl: string; drop(): Promise<void> };

async function isPostgresServer(url: string): Promise<boolean> {
  const client = new pg.Client({ ...connectionFields(url) });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    return !rows[0]?.version.includes("PGlite");
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, name: string): string {
  const copy = new URL(url);
  copy.pathname = `/${name}`;
  return copy.toString();
}

async function onClient(url: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ ...connectionFields(url) });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

export async function createFreshDatabase(): Promise<FreshDatabase> {
  const env = getToolEnv();
  const appBase = env.DATABASE_URL;
  if (appBase && (await isPostgresServer(appBase))) {
    const ownerBase = env.DATABASE_OWNER_URL ?? appBase;
    // named after the suite's own database, so that parallel checkouts never touch each other's
    const name = `${connectionFields(appBase).database}_fresh_${process.pid}_${Date.now()}`.slice(0, 63);
    await onClient(ownerBase, (client) => client.query(`CREATE DATABASE "${name}"`).then(() => undefined));
    const url = withDatabase(ownerBase, name);
    const owner = connectionFields(ownerBase).user;
    const app = connectionFields(appBase).user;
    if (owner !== app) {
      await onClient(url, async (client) => {
        for (const statement of databaseStatements({ database: name, owner, app })) await client.query(statement);
      });
    }
    return {
      url,
      appUrl: withDatabase(appBase, name),
      async drop() {
        // The owner may not end the app role's connections (a test's pool left open), but the app
        // role may end its own: it does, then the owner drops the database.
        if (owner !== app) {
          await onClient(appBase, (client) =>
            client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND usename = current_user", [name]).then(() => undefined),
          );
        }
        await onClient(ownerBase, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined));
      },
    };
  }
  const embedded = await startEmbeddedDatabase({ maxConnections: 4 });
  return { url: embedded.url, appUrl: embedded.url, drop: () => embedded.stop() };
}
