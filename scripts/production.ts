// `npm run start:production`: the production set-up of README "Production" (issue 19) — N
// `next start` processes (default: one per core) behind nginx, on the database of DATABASE_URL
// as it is (migrations applied as DATABASE_OWNER_URL when set; nothing seeded). Needs a build
// (`npm run build`), nginx (`apt-get install -y nginx`) and NEXTAUTH_SECRET. Options: --port P
// (nginx; the apps take P+1 … P+N), --processes N, --connections C (PostgreSQL connections of all
// processes together, default 40), --max-in-flight M (per process, lib/http/load-shedding.ts).
// Stops everything on Ctrl-C / SIGTERM.
import os from "node:os";
import { parseArgs } from "node:util";
import { getToolEnv } from "../lib/env";
import { deployMigrations } from "./lib/process";
import { startCluster } from "./production/cluster";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "8080" },
      processes: { type: "string", default: String(os.availableParallelism()) },
      connections: { type: "string", default: "40" },
      "max-in-flight": { type: "string" },
    },
  });
  const env = getToolEnv();
  const secret = process.env.NEXTAUTH_SECRET;
  if (!env.DATABASE_URL) throw new Error("Đặt DATABASE_URL trỏ tới CSDL PostgreSQL của hệ thống.");
  if (!secret || secret.length < 32) throw new Error("Đặt NEXTAUTH_SECRET (ít nhất 32 ký tự, chung cho mọi tiến trình): openssl rand -base64 32");
  const processes = Number(values.processes);
  const port = Number(values.port);
  const connections = Number(values.connections);
  if (!(Number.isInteger(processes) && processes >= 1) || !(port > 0) || !(connections >= processes * 5)) {
    throw new Error("--processes ≥ 1, --port > 0, --connections ≥ 5 × số tiến trình.");
  }
  await deployMigrations(env.DATABASE_OWNER_URL ?? env.DATABASE_URL);
  const cluster = await startCluster({
    processes,
    port,
    connections,
    databaseUrl: env.DATABASE_URL,
    nextAuthSecret: secret,
    maxInFlight: values["max-in-flight"] === undefined ? undefined : Number(values["max-in-flight"]),
    log: console.log,
  });
  const stop = () => void cluster.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
