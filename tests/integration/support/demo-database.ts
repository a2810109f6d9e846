// A fresh database with the demo data at a small scale (seeded as the owner), its data layer on
// getDb() as in migrated-database.ts.
import type pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoData } from "@/lib/demo/seed";
import { DEMO_TEST_AS_OF } from "@/lib/demo/timeline";
import { openMigratedDatabase } from "./migrated-database";

export type DemoDatabase = { db: PrismaClient; pool: pg.Pool; close(): Promise<void> };

export async function openDemoDatabase(scale: number): Promise<DemoDatabase> {
  const { db, pool, close } = await openMigratedDatabase((database) => seedDemoData({ databaseUrl: database.url, scale, asOf: DEMO_TEST_AS_OF, log: () => {} }).then(() => undefined));
  return { db, pool, close };
}
