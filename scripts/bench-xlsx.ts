// The dossier-list Excel export's memory at a million rows (issue 20), without a database: rows
// of the list's shape come in batches of 5,000 (the export's keyset batch, lib/data/dossier-list.ts
// streamDossiers), between which the event loop runs as it does while the next batch is read, and
// go through the export's own columns (dossierXlsxColumns) and writer (writeWorkbook) into a sink
// that counts the bytes. Prints the rows per second, the file's size and this process's peak
// resident memory and heap, sampled every 50 ms.
//   npx tsx scripts/bench-xlsx.ts [--rows 1000000]
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { dossierXlsxColumns } from "../components/dossiers/dossier-table";
import type { DossierListRow } from "../lib/data/dossier-list";
import { sheet } from "../lib/export/xlsx/columns";
import { writeWorkbook } from "../lib/export/xlsx/workbook";

const BATCH = 5_000;
const OUTCOMES = ["EARLY", "ON_TIME", "LATE", "PENDING", "OVERDUE"] as const;
const CHANNELS = ["ONLINE", "IN_PERSON", "POSTAL"] as const;

async function* rows(count: number): AsyncGenerator<DossierListRow> {
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < count; i += 1) {
    if (i % BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
    const receivedAt = new Date(start + i * 30_000);
    yield {
      id: i + 1,
      code: `000.00.${String(i).padStart(9, "0")}`,
      agencyId: 1 + (i % 91),
      agencyName: `Ủy ban nhân dân xã Ninh Phước ${i % 91}`,
      procedureName: "Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
      channel: CHANNELS[i % 3]!,
      receivedAt,
      dueAt: new Date(receivedAt.getTime() + 10 * 86_400_000),
      resolvedAt: i % 7 === 0 ? null : new Date(receivedAt.getTime() + 8 * 86_400_000),
      apologyIssuedAt: null,
      rescheduleCount: i % 11 === 0 ? 1 : 0,
      officialName: "Nguyễn Thị Thu Hằng",
      outcome: OUTCOMES[i % 5]!,
    };
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: "string", default: "1000000" } } });
  const count = Number(values.rows);
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const sampler = setInterval(sample, 50);
  let bytes = 0;
  const sink = new Writable({ write(chunk: Buffer, _encoding, done) { bytes += chunk.length; done(); } });
  const title = { title: "Danh sách hồ sơ", province: "Khánh Hòa", unit: "Toàn tỉnh", period: "Năm 2024", dataAsOf: "31/12/2024", exportedBy: "bench", exportedAt: new Date() };
  const started = process.hrtime.bigint();
  const finished = new Promise<void>((resolve) => sink.on("finish", resolve));
  const [written] = await writeWorkbook({ title, sheets: [sheet("Hồ sơ", dossierXlsxColumns(true), rows(count))], notes: { filters: [], definitions: [] } }, sink);
  await finished;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  sample();
  clearInterval(sampler);
  const mib = (value: number) => (value / 1024 / 1024).toFixed(0);
  console.log(JSON.stringify({ rows: written, seconds: Number(seconds.toFixed(1)), rowsPerSecond: Math.round((written ?? 0) / seconds), fileMiB: Number(mib(bytes)), peakRssMiB: Number(mib(peakRss)), peakHeapMiB: Number(mib(peakHeap)) }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
