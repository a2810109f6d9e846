// A fresh database with the demo data at a small scale, whose Prisma client is the one lib/db's
// getDb() hands to the data layer (put on globalThis, with a pool this file closes before the
// database is dropped: a forced DROP would kill getDb's own idle connections).
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPool } from "@/lib/db/pg-adapter";
import { seedDemoData } from "@/lib/demo/seed";
import { DEMO_TEST_AS_OF } from "@/lib/demo/timeline";
import { deployMigrations } from "@/scripts/lib/process";
import { createFreshDatabase, type FreshDatabase } from "./fresh-database";

export type DemoDatabase = { db: PrismaClient; pool: pg.Pool; close(): Promise<void> };

export async function openDemoDatabase(scale: number): Promise<DemoDatabase> {
  const database: FreshDatabase = await createFreshDatabase();
  await deployMigrations(database.url);
  await seedDemoData({ databaseUrl: database.url, scale, asOf: DEMO_TEST_AS_OF, log: () => {} });
  const pool = createPool(database.url, { max: 4 });
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = db;
  return {
    db,
    pool,
    async close() {
      await db.$disconnect();
      await pool.end();
      (globalThis as unknown as { prisma?: PrismaClient }).prisma = undefined;
      await database.drop();
    },
  };
}
