// Runs `prisma generate`. Prisma 6 falls back to downloading a native engine when the schema's
// env() cannot be resolved, so a placeholder URL is supplied when none is set; generate never
// connects to it.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.DATABASE_URL ||= "postgresql://placeholder:placeholder@127.0.0.1:5432/placeholder";
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  stdio: "inherit",
  env,
});
process.exit(result.status ?? 1);
