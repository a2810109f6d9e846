// The integration tests' database: a fresh migrated one per test file (optionally with the demo
// data), which the data layer uses through lib/db's one seam, connectDatabase(), as the app role
// when there are two (as the server runs). `db` and `pool` are the data layer's own clients, for
// setting up rows and checking what a call wrote; `url` is the owner's, for seeds and fixtures
// that need more than the app role may do.
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { closeDatabase, connectDatabase, getDb, getPgPool } from "@/lib/db";
import { loadReportCatalogue } from "@/lib/demo/load-reports";
import { seedDemoData } from "@/lib/demo/seed";
import { DEMO_TEST_AS_OF } from "@/lib/demo/timeline";
import { createFreshDatabase, onClient } from "./fresh-database";

/** The report tests' day: the catalogue's quarters 2021-Q4 … 2024-Q3. */
export const REPORT_CATALOGUE_AS_OF = "2024-09-30";

export type TestDatabase = {
  /** The owner's connection string (the app role's when there is one role). */
  url: string;
  /** The app role's: what the data layer uses. */
  appUrl: string;
  db: PrismaClient;
  pool: pg.Pool;
  /** Closes the data layer's clients, then drops the database. */
  close(): Promise<void>;
};

/** The report's indicators, rules and periods (those opened by `asOf`), loaded as the owner (`url`). */
export async function loadReportCatalogueAt(url: string, asOf = REPORT_CATALOGUE_AS_OF): Promise<void> {
  await onClient(url, async (client) => void (await loadReportCatalogue(client, asOf)));
}

/** `demoScale`: the whole demo data at that scale; `reportCatalogue`: only the report's indicators, rules and periods. */
export async function openTestDatabase(options: { demoScale?: number; reportCatalogue?: boolean } = {}): Promise<TestDatabase> {
  // the demo data (at DEMO_TEST_AS_OF) and the catalogue are the same for every file that asks for
  // them: seeded once per run into a template that these files copy (fresh-database.ts)
  const { demoScale, reportCatalogue = false } = options;
  const seeded =
    demoScale !== undefined || reportCatalogue
      ? {
          // short: PostgreSQL cuts names at 63 bytes
          key: `${demoScale === undefined ? "" : `d${Math.round(demoScale * 1e6)}`}${reportCatalogue ? "r" : ""}`,
          async seed(url: string) {
            if (demoScale !== undefined) await seedDemoData({ databaseUrl: url, scale: demoScale, asOf: DEMO_TEST_AS_OF, log: () => {} });
            if (reportCatalogue) await loadReportCatalogueAt(url);
          },
        }
      : undefined;
  const database = await createFreshDatabase({ migrated: true, seeded });
  await connectDatabase(database.appUrl);
  return {
    url: database.url,
    appUrl: database.appUrl,
    db: getDb(),
    pool: getPgPool(),
    async close() {
      await closeDatabase();
      await database.drop();
    },
  };
}
