// The integration project's set-up, once per run.
// 1. It needs a database: without one it fails at once with what to do, rather than skipping files
//    and reporting a green run that tested nothing. `npm run test:integration` starts an in-memory
//    PGlite server for it; `npm test` uses DATABASE_URL or starts one too.
// 2. On a real PostgreSQL it migrates one template database (as the owner when there are two roles), so that each test file's fresh
//    database is a copy (CREATE DATABASE … TEMPLATE, a fraction of a second) rather than a run of
//    `prisma migrate deploy` (seconds each). Files that start from the demo data or the report
//    catalogue copy a template seeded once per run from this one (fresh-database.ts); the teardown
//    drops them all. PGlite serves one database per server: there every file migrates and seeds its own.
import type { TestProject } from "vitest/node";
import { getToolEnv } from "@/lib/env";
import { connectionFields } from "@/lib/db/pg-adapter";
import { deployMigrations } from "@/scripts/lib/process";
import { createOwnedDatabase, dropOwnedDatabase, isPostgresServer, onClient, seededTemplateName, suiteUrls } from "./fresh-database";

declare module "vitest" {
  interface ProvidedContext {
    /** The migrated template database's name, or null on PGlite. */
    migratedTemplate: string | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const baseUrl = getToolEnv().DATABASE_URL;
  if (!baseUrl) {
    throw new Error(
      "Kiểm thử tích hợp cần một CSDL: chạy `npm run test:integration` (PGlite trong bộ nhớ) hoặc đặt DATABASE_URL=postgresql://… (một PostgreSQL để tạo CSDL kiểm thử).",
    );
  }
  if (!(await isPostgresServer(baseUrl))) {
    project.provide("migratedTemplate", null);
    return undefined;
  }
  // created by the owner (with the app role's grants, which the copies inherit) and migrated as it
  const name = `${connectionFields(baseUrl).database.slice(0, 40)}_t${process.pid}`;
  await dropOwnedDatabase(name);
  const { url } = await createOwnedDatabase(name);
  await deployMigrations(url);
  project.provide("migratedTemplate", name);
  return async () => {
    // the templates seeded from it during the run (seededTemplate in fresh-database.ts), then it
    for (const seeded of await databasesNamed(seededTemplateName(name))) await dropOwnedDatabase(seeded);
    await dropOwnedDatabase(name);
  };
}

async function databasesNamed(prefix: string): Promise<string[]> {
  const names: string[] = [];
  const urls = suiteUrls();
  if (!urls) return names;
  await onClient(urls.ownerBase, async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
    names.push(...rows.map((row) => row.datname));
  });
  return names;
}
