// Import benchmark without a server (issue 10): writes a CSV of valid dossiers (default 1,000,000
// rows) and runs it through the functions behind the upload endpoints — importsFor(…).start
// (upload, run, dry run) then .confirm (one transaction, staging COPY + upsert) — in this process,
// against DATABASE_URL, as the first Home Affairs user; then prints rows per second for each step
// and this process's peak resident memory. `npm run bench` measures the same through the running
// server's endpoints (scripts/bench/import.ts). The database needs reference data (agencies,
// procedures, a Home Affairs user): `npm run db:seed -- --scale 0.02` first. The imported rows are
// deleted afterwards unless --keep is given. The data layer is server-only, hence the condition:
//   DATABASE_URL=postgresql://… npx tsx --conditions=react-server scripts/bench-import.ts [--rows N] [--keep]
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { getPgPool } from "../lib/db/pg-pool";
import { getToolEnv } from "../lib/env";
import { importsFor } from "../lib/data/imports/runs";
import { BENCH_IMPORT_PREFIX as PREFIX, writeDossierCsv } from "./bench/import-file";

const number = new Intl.NumberFormat("vi-VN");

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
const mib = (bytes: number) => `${number.format(Math.round(bytes / 1024 / 1024))} MiB`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: "string", default: "1000000" }, keep: { type: "boolean", default: false } } });
  const rows = Number(values.rows);
  if (!getToolEnv().DATABASE_URL) throw new Error("DATABASE_URL chưa được đặt (cần một PostgreSQL đã có dữ liệu mẫu: npm run db:seed -- --scale 0.02).");
  const pool = getPgPool();
  const dir = await mkdtemp(path.join(os.tmpdir(), "cchc-bench-import-"));
  try {
    const user = await pool.query<{ id: number }>("SELECT id FROM app_user WHERE role = 'HOME_AFFAIRS' ORDER BY id LIMIT 1");
    if (!user.rows[0]) throw new Error("Cơ sở dữ liệu chưa có người dùng Sở Nội vụ (npm run db:seed -- --scale 0.02).");
    const importer = importsFor({ userId: user.rows[0].id, role: "HOME_AFFAIRS", agencyId: null }, null);

    const file = path.join(dir, "ho-so-1-trieu.csv");
    let started = performance.now();
    const { bytes } = await writeDossierCsv(pool, file, rows);
    const generated = (performance.now() - started) / 1000;

    started = performance.now();
    const { runId, outcome } = await importer.start({ kind: "DOSSIER", fileName: path.basename(file), format: "CSV", body: createReadStream(file) });
    const dry = (performance.now() - started) / 1000;
    if (!outcome.ok) throw new Error(outcome.message);
    if (outcome.summary.rejected > 0) throw new Error(`bench: ${outcome.summary.rejected} dòng bị loại, ví dụ ${JSON.stringify(outcome.summary.sample[0])}`);

    started = performance.now();
    const counts = await importer.confirm(runId);
    const write = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const maxRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
    const rate = (seconds: number) => `${number.format(Math.round(rows / seconds))} dòng/s`;

    console.log(`Nhập tệp CSV ${number.format(rows)} dòng hồ sơ (${mib(bytes)}), cùng đường đi với tải lên:`);
    console.log(`  tạo tệp:                         ${generated.toFixed(1)} s`);
    console.log(`  tải lên (lưu tạm) + kiểm tra thử: ${dry.toFixed(1)} s  ${rate(dry)}`);
    console.log(`  ghi (1 giao dịch):               ${write.toFixed(1)} s  ${rate(write)}  (thêm ${number.format(counts.created)}, cập nhật ${number.format(counts.updated)})`);
    console.log(`  tổng:                            ${(dry + write).toFixed(1)} s  ${rate(dry + write)}`);
    console.log(`  bộ nhớ đỉnh (RSS): ${mib(maxRss)}`);
    console.log(`BENCH import_rows_per_second=${Math.round(rows / (dry + write))} import_peak_rss_mib=${Math.round(maxRss / 1024 / 1024)}`);

    if (!values.keep) await pool.query("DELETE FROM dossier WHERE code LIKE $1", [`${PREFIX}%`]);
  } finally {
    clearInterval(sampler);
    await rm(dir, { recursive: true, force: true });
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
