// The quarter pack's memory as the server builds it for Home Affairs (issue 20 item 5), in one
// process per way, on the database of DATABASE_URL (demo data): the pack's files are produced by
// buildQuarterPack (lib/api/quarter-pack.ts) and zipped by packZip into a sink that counts the
// bytes, as the download does. `--mode streamed`: as the route does now, one file at a time, each
// workbook written straight into the ZIP. `--mode buffered`: as before the change, every file built
// into memory first, then the ZIP. Prints the process's resident memory before the pack and its
// peak during it (sampled every 20 ms), the pack's bytes and files.
//   DATABASE_URL=… NODE_OPTIONS="-r ./scripts/lib/server-only-stub.cjs" npx tsx scripts/bench-pack.ts --mode streamed|buffered [--period 2025-Q3]
import { buffer } from "node:stream/consumers";
import { Writable, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { selectPeriod } from "../app/(app)/reports/periods";
import { buildQuarterPack } from "../lib/api/quarter-pack";
import { fixedIntl } from "../lib/i18n/fixed";
import { closeDatabase, connectDatabase } from "../lib/db";
import { listPeriods } from "../lib/data/province/periods";
import { getDataSpan } from "../lib/data/province/settings";
import { packZip, type PackFile } from "../lib/export/pack/quarter-pack";
import { quarterPeriod } from "../lib/metrics/periods";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { mode: { type: "string", default: "streamed" }, period: { type: "string" } } });
  const asked = /^(\d{4})-Q([1-4])$/.exec(values.period ?? "");
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  await connectDatabase(url);
  const span = await getDataSpan();
  const now = new Date();
  const selected = selectPeriod(await listPeriods(), asked ? quarterPeriod(Number(asked[1]), Number(asked[2])) : undefined, now);
  if (!selected) throw new Error("no reporting period");
  const viewer = { userId: 0, role: "HOME_AFFAIRS" as const, agencyId: null };
  const user = { fullName: "Đo bộ nhớ", username: "bench" };

  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = Date.now();
  const pack = await buildQuarterPack(viewer, user, selected, span.asOf, now, fixedIntl("vi"));
  if (!pack) throw new Error("no pack");
  let files: AsyncIterable<PackFile> | PackFile[] = pack.files;
  if (values.mode === "buffered") {
    const all: PackFile[] = [];
    for await (const file of pack.files) all.push({ ...file, body: Buffer.isBuffer(file.body) ? file.body : await buffer(file.body as Readable) });
    files = all;
  }
  let bytes = 0;
  await pipeline(packZip(files, pack.meta), new Writable({ write: (chunk: Buffer, _encoding, done) => ((bytes += chunk.length), done()) }));
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
  console.log(JSON.stringify({ mode: values.mode, period: `${selected.year}-Q${selected.quarter}`, files: pack.fileCount + 1, zipMiB: mib(bytes), seconds: ((Date.now() - started) / 1000).toFixed(1), rssBeforeMiB: mib(before), peakRssMiB: mib(peak), growthMiB: mib(peak - before) }));
  await closeDatabase();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
