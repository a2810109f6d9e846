// A plain `pg` pool beside Prisma's, for the work Prisma cannot do: streaming COPY of imports and
// API batches, each in its own long transaction. Small: imports are rare, and one at a time.
import "server-only";
import type pg from "pg";
import { createPool } from "@/lib/db/pg-adapter";
import { getEnv } from "@/lib/env";

const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };

export function getPgPool(): pg.Pool {
  globalForPool.pgPool ??= createPool(getEnv().DATABASE_URL, { max: 4, applicationName: "cchc-import" });
  return globalForPool.pgPool;
}
