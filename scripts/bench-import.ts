// Import benchmark (issue 10): writes a CSV of valid dossiers (default 1,000,000 rows) and runs it
// through the upload's own code path — saveUpload → createRun → validateRun (dry run) → confirmRun
// (one transaction, staging COPY + upsert) — against DATABASE_URL, then prints rows per second for
// each step and the process's peak resident memory. The database needs reference data (agencies,
// procedures, a Home Affairs user): `npm run db:seed -- --scale 0.02` first. The imported rows are
// deleted afterwards unless --keep is given.
//   DATABASE_URL=postgresql://… npx tsx scripts/bench-import.ts [--rows N] [--keep] [--dry-run-only]
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { createPool } from "../lib/db/pg-adapter";
import { getToolEnv } from "../lib/env";
import { discard, saveUpload } from "../lib/import/files";
import { confirmRun, createRun, runFile, validateRun } from "../lib/import/runs";
import { csvLine } from "../lib/import/report";
import { KINDS } from "../lib/import/kinds";

const number = new Intl.NumberFormat("vi-VN");
const PREFIX = "BENCH-";

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
const mib = (bytes: number) => `${number.format(Math.round(bytes / 1024 / 1024))} MiB`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rows: { type: "string", default: "1000000" }, keep: { type: "boolean", default: false }, "dry-run-only": { type: "boolean", default: false } },
  });
  const rows = Number(values.rows);
  const url = getToolEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL chưa được đặt (cần một PostgreSQL đã có dữ liệu mẫu: npm run db:seed -- --scale 0.02).");
  const pool = createPool(url, { max: 4, applicationName: "cchc-bench-import", allowExitOnIdle: true });
  const dir = await mkdtemp(path.join(os.tmpdir(), "cchc-bench-import-"));
  try {
    const pick = async (sql: string) => (await pool.query<{ code: string }>(sql)).rows.map((r) => r.code);
    const procedures = await pick("SELECT code FROM procedure ORDER BY id LIMIT 500");
    const officials = await pool.query<{ code: string; agency: string }>(
      "SELECT o.code, a.code AS agency FROM official o JOIN agency a ON a.id = o.agency_id ORDER BY o.id LIMIT 500",
    );
    const user = await pool.query<{ id: number }>("SELECT id FROM app_user WHERE role = 'HOME_AFFAIRS' ORDER BY id LIMIT 1");
    if (procedures.length === 0 || officials.rows.length === 0 || !user.rows[0]) throw new Error("Cơ sở dữ liệu chưa có dữ liệu mẫu (thủ tục, cán bộ, người dùng Sở Nội vụ).");
    const actor = { userId: user.rows[0].id, ip: null };

    const file = path.join(dir, "ho-so-1-trieu.csv");
    let started = performance.now();
    const out = createWriteStream(file);
    out.write("\uFEFF" + csvLine(KINDS.DOSSIER.columns.map((c) => c.header)));
    const pad = (n: number) => String(n).padStart(2, "0");
    for (let i = 0; i < rows; i += 1) {
      const official = officials.rows[i % officials.rows.length]!;
      const day = new Date(Date.UTC(2023, 0, 1) + (i % 600) * 86_400_000);
      const dmy = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
      const due = new Date(day.getTime() + 10 * 86_400_000);
      const resolved = new Date(day.getTime() + ((i % 12) + 1) * 86_400_000);
      const line = csvLine([
        `${PREFIX}${String(i).padStart(7, "0")}`, procedures[i % procedures.length]!, official.agency, i % 3 === 0 ? "Trực tuyến" : "Trực tiếp",
        `${dmy(day)} 08:${pad(i % 60)}`, dmy(due), i % 50 === 0 ? "" : `${dmy(resolved)} 15:00`, official.code,
        i % 2 === 0 ? "Có" : "Không", "Có", i % 4 === 0 ? "Có" : "Không", "", "0",
      ]);
      if (!out.write(line)) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
    const generated = (performance.now() - started) / 1000;

    started = performance.now();
    const saved = await saveUpload(createReadStream(file));
    const runId = await createRun(pool, { kind: "DOSSIER", fileName: path.basename(file), format: "csv", size: saved.size, uploadPath: saved.path, userId: actor.userId });
    const uploaded = (performance.now() - started) / 1000;

    started = performance.now();
    const outcome = await validateRun(pool, runId, actor);
    const dry = (performance.now() - started) / 1000;
    if (!outcome.ok) throw new Error(outcome.message);
    if (outcome.summary.rejected > 0) throw new Error(`bench: ${outcome.summary.rejected} dòng bị loại, ví dụ ${JSON.stringify(outcome.summary.sample[0])}`);

    const rate = (seconds: number) => `${number.format(Math.round(rows / seconds))} dòng/s`;
    if (values["dry-run-only"]) {
      clearInterval(sampler);
      await discard(runFile(pool, runId, "csv"));
      console.log(`Kiểm tra thử tệp CSV ${number.format(rows)} dòng hồ sơ (${mib(saved.size)}): ${dry.toFixed(1)} s, ${rate(dry)}; bộ nhớ đỉnh (RSS) ${mib(Math.max(peakRss, process.resourceUsage().maxRSS * 1024))}`);
      return;
    }

    started = performance.now();
    const counts = await confirmRun(pool, runId, actor);
    const write = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const maxRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

    console.log(`Nhập tệp CSV ${number.format(rows)} dòng hồ sơ (${mib(saved.size)}), cùng đường đi với tải lên:`);
    console.log(`  tạo tệp:          ${generated.toFixed(1)} s`);
    console.log(`  tải lên (lưu tạm): ${uploaded.toFixed(1)} s`);
    console.log(`  kiểm tra thử:     ${dry.toFixed(1)} s  ${rate(dry)}`);
    console.log(`  ghi (1 giao dịch): ${write.toFixed(1)} s  ${rate(write)}  (thêm ${number.format(counts.created)}, cập nhật ${number.format(counts.updated)})`);
    console.log(`  tổng kiểm tra + ghi: ${(dry + write).toFixed(1)} s  ${rate(dry + write)}`);
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
