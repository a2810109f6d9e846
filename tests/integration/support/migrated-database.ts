// A fresh migrated database whose Prisma client is the one lib/db's getDb() hands to the data
// layer (put on globalThis, with a pool this file closes before the database is dropped: a forced
// DROP would kill getDb's own idle connections). The data layer runs as the app role when there
// are two (fresh-database.ts), as the server does.
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPool } from "@/lib/db/pg-adapter";
import { deployMigrations } from "@/scripts/lib/process";
import { createFreshDatabase, type FreshDatabase } from "./fresh-database";

export type MigratedDatabase = { database: FreshDatabase; db: PrismaClient; pool: pg.Pool; close(): Promise<void> };

export async function openMigratedDatabase(prepare?: (database: FreshDatabase) => Promise<void>): Promise<MigratedDatabase> {
  const database = await createFreshDatabase();
  await deployMigrations(database.url);
  await prepare?.(database);
  const pool = createPool(database.appUrl, { max: 4 });
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = db;
  return {
    database,
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
