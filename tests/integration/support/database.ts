// The integration tests' database: a fresh migrated one per test file (optionally with the demo
// data), which the data layer uses through lib/db's one seam, connectDatabase(). `db` and `pool` are
// the data layer's own clients, for setting up rows and checking what a call wrote.
import type pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { closeDatabase, connectDatabase, getDb, getPgPool } from "@/lib/db";
import { loadReportCatalogue } from "@/lib/demo/load-reports";
import { seedDemoData } from "@/lib/demo/seed";
import { createFreshDatabase } from "./fresh-database";

export type TestDatabase = {
  url: string;
  db: PrismaClient;
  pool: pg.Pool;
  /** Closes the data layer's clients, then drops the database. */
  close(): Promise<void>;
};

/** `demoScale`: the whole demo data at that scale; `reportCatalogue`: only the report's indicators, rules and periods. */
export async function openTestDatabase(options: { demoScale?: number; reportCatalogue?: boolean } = {}): Promise<TestDatabase> {
  const database = await createFreshDatabase({ migrated: true });
  if (options.demoScale !== undefined) await seedDemoData({ databaseUrl: database.url, scale: options.demoScale, log: () => {} });
  await connectDatabase(database.url);
  if (options.reportCatalogue) {
    const client = await getPgPool().connect();
    try {
      await loadReportCatalogue(client);
    } finally {
      client.release();
    }
  }
  return {
    url: database.url,
    db: getDb(),
    pool: getPgPool(),
    async close() {
      await closeDatabase();
      await database.drop();
    },
  };
}
