// A plain `pg` pool beside Prisma's, for the work Prisma cannot do: streaming COPY of imports and
// API batches, each in its own transaction. Sized for the API's concurrent writers
// (DATABASE_API_POOL_MAX); a request waits at most CONNECT_TIMEOUT_MS for a connection and then
// fails as "busy" (503 with Retry-After), rather than hanging until the client gives up.
import "server-only";
import type pg from "pg";
import { createPool } from "@/lib/db/pg-adapter";
import { getEnv } from "@/lib/env";

const CONNECT_TIMEOUT_MS = 10_000;

const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };

export function getPgPool(): pg.Pool {
  globalForPool.pgPool ??= createPool(getEnv().DATABASE_URL, {
    max: getEnv().DATABASE_API_POOL_MAX,
    applicationName: "cchc-import",
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  return globalForPool.pgPool;
}
