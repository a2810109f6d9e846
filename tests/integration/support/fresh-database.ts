// An empty database of the same kind as the one the suite runs on: a new database on the same
// PostgreSQL server when DATABASE_URL points at one, otherwise an in-memory PGlite server.
import pg from "pg";
import { getToolEnv } from "@/lib/env";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { connectionFields } from "@/lib/db/pg-adapter";

export type FreshDatabase = { url: string; drop(): Promise<void> };

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

export async function createFreshDatabase(): Promise<FreshDatabase> {
  const baseUrl = getToolEnv().DATABASE_URL;
  if (baseUrl && (await isPostgresServer(baseUrl))) {
    const fields = connectionFields(baseUrl);
    // named after the suite's own database, so that parallel checkouts never touch each other's
    const name = `${fields.database}_fresh_${process.pid}_${Date.now()}`.slice(0, 63);
    const admin = new pg.Client({ ...fields });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      async drop() {
        const dropper = new pg.Client({ ...fields });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      },
    };
  }
  const embedded = await startEmbeddedDatabase({ maxConnections: 4 });
  return { url: embedded.url, drop: () => embedded.stop() };
}
