// The database clients of the process (STYLE §2). Only lib/data imports them (an ESLint rule
// enforces it). Three pools: page reads share DATABASE_POOL_MAX connections; server-action saves
// get their own DATABASE_WRITE_POOL_MAX, so a save never waits behind a queue of page reads (issue
// 18: with 200 viewers, saves gave up after Prisma's default 2 s wait for a connection); and a
// plain `pg` pool (DATABASE_API_POOL_MAX) for the work Prisma cannot do — streaming COPY of imports
// and API batches, each in its own transaction.
//
// All are made lazily for DATABASE_URL — so `next build` never needs a database — or for the
// database chosen with connectDatabase(): the one way to point the data layer elsewhere (integration
// tests give each file a fresh database). The clients sit on globalThis so that `next dev`'s module
// reloads reuse them instead of opening pools per reload.
import "server-only";
import type pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPgAdapter, createPool } from "@/lib/db/pg-adapter";
import { getEnv } from "@/lib/env";
import { listenForChanges, type ChangeListener } from "@/lib/db/changes";

/** A pg request waits at most this long for a connection, then fails as "busy" (503 with Retry-After) rather than hanging. */
const CONNECT_TIMEOUT_MS = 10_000;

type PoolSizes = { reads: number; writes: number; pg: number };
type Clients = { url: string; sizes: PoolSizes; prisma?: PrismaClient; prismaWrites?: PrismaClient; pgPool?: pg.Pool; changes?: ChangeListener; queuePool?: pg.Pool };

const holder = globalThis as unknown as { cchcDatabase?: Clients };

function clients(): Clients {
  if (!holder.cchcDatabase) {
    const env = getEnv();
    holder.cchcDatabase = {
      url: env.DATABASE_URL,
      sizes: { reads: env.DATABASE_POOL_MAX, writes: env.DATABASE_WRITE_POOL_MAX, pg: env.DATABASE_API_POOL_MAX },
    };
  }
  return holder.cchcDatabase;
}

function createClient(url: string, max: number, applicationName: string): PrismaClient {
  return new PrismaClient({ adapter: createPgAdapter(url, { max, applicationName }) });
}

export function getDb(): PrismaClient {
  const current = clients();
  current.prisma ??= createClient(current.url, current.sizes.reads, "cchc-dashboard");
  return current.prisma;
}

/** The client of server-action transactions (lib/data/transaction.ts). */
export function getWriteDb(): PrismaClient {
  const current = clients();
  current.prismaWrites ??= createClient(current.url, current.sizes.writes, "cchc-dashboard-writes");
  return current.prismaWrites;
}

/** Sized for the API's concurrent writers; imports are rare, and one at a time. */
export function getPgPool(): pg.Pool {
  const current = clients();
  current.pgPool ??= createPool(current.url, { max: current.sizes.pg, applicationName: "cchc-import", connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  return current.pgPool;
}

/** The LISTEN connection of the shared read cache (lib/data/province/cache.ts); one per process and database. */
export function getChangeListener(onChange: (domain: string) => void, onLost: () => void): ChangeListener {
  const current = clients();
  current.changes ??= listenForChanges(current.url, onChange, onLost);
  return current.changes;
}

/** The job worker's connections (lib/db/queue.ts): a few, apart from the pages' and saves' pools. */
export function getQueuePool(): pg.Pool {
  const current = clients();
  current.queuePool ??= createPool(current.url, { max: 4, applicationName: "cchc-jobs", connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  return current.queuePool;
}

/**
 * From now on the data layer of this process uses the database at `url` (instead of
 * DATABASE_URL); the clients of the previous one are closed first. Tests call it once per file,
 * and closeDatabase() before they drop that database (a forced DROP would kill idle connections).
 */
export async function connectDatabase(url: string, options: { poolMax?: number } = {}): Promise<void> {
  await closeDatabase();
  const max = options.poolMax ?? 4;
  holder.cchcDatabase = { url, sizes: { reads: max, writes: max, pg: max } };
}

/** Closes the clients; the next getDb() opens them again (for DATABASE_URL unless connectDatabase said otherwise). */
export async function closeDatabase(): Promise<void> {
  const current = holder.cchcDatabase;
  holder.cchcDatabase = undefined;
  await Promise.all([current?.prisma?.$disconnect(), current?.prismaWrites?.$disconnect(), current?.pgPool?.end(), current?.changes?.close(), current?.queuePool?.end()]);
}
