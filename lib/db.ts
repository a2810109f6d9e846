// The Prisma clients of the process (STYLE §2). Only lib/data/* and the action wrapper import them.
// Two pools: page reads share DATABASE_POOL_MAX connections; server-action saves get their own
// DATABASE_WRITE_POOL_MAX, so a save never waits behind a queue of page reads (issue 18: with 200
// viewers, saves gave up after Prisma's default 2 s wait for a connection).
import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPgAdapter } from "@/lib/db/pg-adapter";
import { getEnv } from "@/lib/env";

function createClient(max: number, applicationName: string): PrismaClient {
  return new PrismaClient({ adapter: createPgAdapter(getEnv().DATABASE_URL, { max, applicationName }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; prismaWrites?: PrismaClient };

/** Lazily created so that `next build` never needs a database. */
export function getDb(): PrismaClient {
  globalForPrisma.prisma ??= createClient(getEnv().DATABASE_POOL_MAX, "cchc-dashboard");
  return globalForPrisma.prisma;
}

/** The client of server-action transactions (lib/auth/action.ts). */
export function getWriteDb(): PrismaClient {
  globalForPrisma.prismaWrites ??= createClient(getEnv().DATABASE_WRITE_POOL_MAX, "cchc-dashboard-writes");
  return globalForPrisma.prismaWrites;
}
