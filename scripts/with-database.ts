// Starts what the app needs and then runs a command against it:
//   tsx scripts/with-database.ts [--seed-if-empty] [--reseed] [--scale N] [--memory] [-- command …]
// With DATABASE_URL set, that PostgreSQL is used; without it, the embedded PGlite server is
// started (data in PGLITE_DATA_DIR, default .data/pglite; --memory keeps nothing). Migrations
// are applied, demo data is loaded when asked, and the command runs with DATABASE_URL set.
// With DATABASE_OWNER_URL also set (two database roles, README), migrations and the seed run as
// that owner and the command as DATABASE_URL's app role; the embedded database has one role.
// Without a command it stops after migrating (and seeding): that is `npm run db:deploy`.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { getToolEnv } from "../lib/env";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded";
import { deployMigrations, runForeground } from "./lib/process";
import { databaseIsEmpty, seedDemoData } from "../lib/demo/seed";

async function main(): Promise<number> {
  const separator = process.argv.indexOf("--");
  const ownArgs = separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator);
  const command = separator === -1 ? [] : process.argv.slice(separator + 1);
  const { values } = parseArgs({
    args: ownArgs,
    options: {
      "seed-if-empty": { type: "boolean", default: false },
      reseed: { type: "boolean", default: false },
      scale: { type: "string" },
      memory: { type: "boolean", default: false },
    },
  });
  const env = getToolEnv();
  const scale = values.scale === undefined ? env.DEMO_SCALE : getToolEnv({ DEMO_SCALE: values.scale }).DEMO_SCALE;

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = env.DATABASE_URL;
  const started = Date.now();
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase(values.memory ? {} : { dataDir: env.PGLITE_DATA_DIR });
    databaseUrl = embedded.url;
    console.log(`▶ CSDL nhúng PGlite: ${values.memory ? "trong bộ nhớ" : env.PGLITE_DATA_DIR} (${databaseUrl})`);
  } else {
    console.log(`▶ PostgreSQL: ${databaseUrl.replace(/:[^:@/]*@/, ":***@")}`);
  }

  const ownerUrl = embedded ? databaseUrl : (env.DATABASE_OWNER_URL ?? databaseUrl);
  try {
    await deployMigrations(ownerUrl);
    console.log(`▶ Đã áp dụng migration (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (values.reseed || (values["seed-if-empty"] && (await databaseIsEmpty(ownerUrl)))) {
      const summary = await seedDemoData({ databaseUrl: ownerUrl, scale, log: (line) => console.log(`  ${line}`) });
      console.log(`▶ Đã nạp dữ liệu mẫu (quy mô ${scale}): ${summary}`);
    }
    if (command.length === 0) return 0;
    const [program, ...args] = command as [string, ...string[]];
    const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, DATABASE_OWNER_URL: ownerUrl };
    // `next start` on the embedded database is the demo (`npm run demo`). Production mode
    // requires NEXTAUTH_SECRET (lib/env.ts); the demo gets a fresh one per start, so its
    // sessions end when it stops. A real deployment has its own PostgreSQL and its own secret.
    if (embedded && !env.NEXTAUTH_SECRET && command.includes("start")) {
      childEnv.NEXTAUTH_SECRET = randomBytes(32).toString("base64");
    }
    return await runForeground(program, args, childEnv);
  } finally {
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
