// An empty database of the same kind as the one the suite runs on: a new database on the same
// PostgreSQL server when DATABASE_URL points at one, otherwise an in-memory PGlite server. With
// `migrated`, it holds the schema of the committed migrations: a copy of the template that the
// project's global set-up migrated once (PostgreSQL), or migrated here (PGlite).
import pg from "pg";
import { inject } from "vitest";
import { getToolEnv } from "@/lib/env";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { connectionFields } from "@/lib/db/pg-adapter";
import { deployMigrations } from "@/scripts/lib/process";

export type FreshDatabase = { url: string; drop(): Promise<void> };

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

let created = 0;

export async function createFreshDatabase(options: { migrated?: boolean } = {}): Promise<FreshDatabase> {
  const baseUrl = getToolEnv().DATABASE_URL;
  if (baseUrl && (await isPostgresServer(baseUrl))) {
    const fields = connectionFields(baseUrl);
    // named after the suite's own database, so that parallel checkouts on one server never collide
    const name = `${fields.database.slice(0, 40)}_f${process.pid}_${(created += 1)}`;
    const template = options.migrated ? inject("migratedTemplate") : null;
    const admin = new pg.Client({ ...fields });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
    await admin.end();
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    if (options.migrated && !template) await deployMigrations(url.toString());
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
  if (options.migrated) await deployMigrations(embedded.url);
  return { url: embedded.url, drop: () => embedded.stop() };
}
