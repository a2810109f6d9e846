// The database clients of the process (STYLE §2): one Prisma client, and one small plain `pg`
// pool for the work Prisma cannot do (streaming COPY of imports and API batches, each in its own
// long transaction). Only lib/data imports them (an ESLint rule enforces it).
//
// Both are made lazily for DATABASE_URL — so `next build` never needs a database — or for the
// database chosen with connectDatabase(): the one way to point the data layer elsewhere (integration
// tests give each file a fresh database). The clients sit on globalThis so that `next dev`'s module
// reloads reuse them instead of opening a pool per reload.
import "server-only";
import type pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPgAdapter, createPool } from "@/lib/db/pg-adapter";
import { getEnv } from "@/lib/env";

type Clients = { url: string; poolMax: number; prisma?: PrismaClient; pgPool?: pg.Pool };

const holder = globalThis as unknown as { cchcDatabase?: Clients };

function clients(): Clients {
  if (!holder.cchcDatabase) {
    const env = getEnv();
    holder.cchcDatabase = { url: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX };
  }
  return holder.cchcDatabase;
}

export function getDb(): PrismaClient {
  const current = clients();
  current.prisma ??= new PrismaClient({ adapter: createPgAdapter(current.url, { max: current.poolMax }) });
  return current.prisma;
}

/** Small: imports are rare, and one at a time. */
export function getPgPool(): pg.Pool {
  const current = clients();
  current.pgPool ??= createPool(current.url, { max: 4, applicationName: "cchc-import" });
  return current.pgPool;
}

/**
 * From now on the data layer of this process uses the database at `url` (instead of
 * DATABASE_URL); the clients of the previous one are closed first. Tests call it once per file,
 * and closeDatabase() before they drop that database (a forced DROP would kill idle connections).
 */
export async function connectDatabase(url: string, options: { poolMax?: number } = {}): Promise<void> {
  await closeDatabase();
  holder.cchcDatabase = { url, poolMax: options.poolMax ?? 4 };
}

/** Closes the clients; the next getDb() opens them again (for DATABASE_URL unless connectDatabase said otherwise). */
export async function closeDatabase(): Promise<void> {
  const current = holder.cchcDatabase;
  holder.cchcDatabase = undefined;
  await current?.prisma?.$disconnect();
  await current?.pgPool?.end();
}
