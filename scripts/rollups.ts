// `npm run rollups -- rebuild`: recompute the dossier rollups from the raw table.
// `npm run rollups -- check`: compare them with the raw table and print every difference; exits 1
// when there is one. Runs against DATABASE_OWNER_URL (else DATABASE_URL), or the embedded database
// (scripts/with-database.ts).
import pg from "pg";
import { getToolEnv } from "../lib/env";
import { connectionFields } from "../lib/db/pg-adapter";
import { compareRollups, rebuildRollups } from "../lib/db/rollups";

async function main(): Promise<number> {
  const command = process.argv[2];
  if (command !== "rebuild" && command !== "check") {
    console.error("Dùng: npm run rollups -- rebuild | check");
    return 2;
  }
  const { DATABASE_URL, DATABASE_OWNER_URL } = getToolEnv();
  if (!DATABASE_URL) throw new Error("DATABASE_URL chưa được đặt (chạy qua npm run rollups).");
  // maintenance: as the owner role when there are two (rebuild truncates the rollup tables)
  const client = new pg.Client({ ...connectionFields(DATABASE_OWNER_URL ?? DATABASE_URL), application_name: "cchc-rollups" });
  await client.connect();
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  try {
    if (command === "rebuild") {
      await client.query("BEGIN");
      await rebuildRollups(client);
      await client.query("COMMIT");
      console.log(`Đã dựng lại bảng tổng hợp hồ sơ từ bảng dossier (${elapsed()}).`);
      return 0;
    }
    const differences = await compareRollups(client, { limit: 10_000 });
    for (const d of differences) {
      const key = Object.entries(d.key).map(([name, value]) => `${name}=${value}`).join(" ");
      console.log(`${d.table} ${key} ${d.count}: đúng ra ${d.expected}, bảng tổng hợp ${d.actual}`);
    }
    console.log(`Chênh lệch giữa bảng tổng hợp và bảng hồ sơ: ${differences.length} (${elapsed()}).`);
    return differences.length === 0 ? 0 : 1;
  } finally {
    await client.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
