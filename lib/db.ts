// The one Prisma client of the process (STYLE §2). Only lib/data/* imports it.
import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPgAdapter } from "@/lib/db/pg-adapter";
import { getEnv } from "@/lib/env";

function createClient(): PrismaClient {
  const env = getEnv();
  return new PrismaClient({
    adapter: createPgAdapter(env.DATABASE_URL, { max: env.DATABASE_POOL_MAX }),
  });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** Lazily created so that `next build` never needs a database. */
export function getDb(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}
