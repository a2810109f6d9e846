// docs/PERFORMANCE.md from the benchmark's results (docs/bench/scale-*.json): one table per scale,
// the targets of issue 9 beside what was measured, and the scale-3 / scale-1 growth when both exist.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import type { SeedReport } from "../../lib/demo/seed";
import type { ImportBench } from "./import";
import type { WritersBench } from "./writers-section";
import { concurrencySection, readConcurrency } from "./concurrency-report";
import { publicPageSection, type PublicPageBench } from "./public-page";

export type RouteResult = { name: string; path: string; p50: number; p95: number; n: number; rawMs: number | null; rawLabel: string };

export type BenchResult = {
  date: string;
  command: string;
  database: string;
  scale: number;
  dossiers: number;
  requests: number;
  seed: SeedReport | null;
  routes: RouteResult[];
  firstLoadJsKiB: number;
  firstLoadJsFiles: number;
  serverPeakMiB: number;
  wallSeconds: number;
  /** the import benchmark (a CSV of dossiers uploaded and confirmed through the import endpoints), when run */
  importRun?: ImportBench | null;
  /** concurrent API writers (issue 18), when run */
  writers?: WritersBench;
  /** what a reader must know about how this run was taken (added by hand to the result file, e.g. machine load) */
  note?: string;
};

const ms = (value: number) => `${value.toFixed(1)} ms`;
const int = (value: number) => Math.round(value).toLocaleString("en-US").replaceAll(",", " ");
const verdict = (ok: boolean) => (ok ? "met" : "**not met**");

const ROUTE_TARGETS: [RegExp, number][] = [
  [/scorecard/, 150],
  [/^\/dossiers\/list/, 100],
  [/^\/dossiers/, 200],
];

function targetOf(path: string): number | null {
  return ROUTE_TARGETS.find(([pattern]) => pattern.test(path))?.[1] ?? null;
}

/**
 * Whether `result` was measured on another demo data set than `newest` (the Ninh Thuận-only data of
 * 2024 before issue 15 moved the demo to the merged province: about 3.8 M dossiers per unit of
 * scale, against 14.2 M since): dossiers per unit of scale differ by more than a third.
 */
function otherDataSet(result: BenchResult, newest: BenchResult): boolean {
  const perScale = (r: BenchResult) => r.dossiers / r.scale;
  return Math.abs(perScale(result) / perScale(newest) - 1) > 1 / 3;
}

function section(result: BenchResult, newest: BenchResult): string {
  const stale = otherDataSet(result, newest);
  const lines = [
    `## Scale ${result.scale}: ${int(result.dossiers)} dossiers${stale ? " (earlier demo data set)" : ""}`,
    "",
    ...(stale
      ? [
          `> Measured on the demo data set of that date (${int(result.dossiers / result.scale)} dossiers per unit of scale; ` +
            `the newest run has ${int(newest.dossiers / newest.scale)}): not comparable with the sections measured since, and not re-measured.`,
          "",
        ]
      : []),
    `Measured ${result.date.slice(0, 16).replace("T", " ")} UTC with \`${result.command}\` on ${result.database}, ` +
      `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ${result.requests} signed-in requests per page after 5 warm-ups, one at a time.`,
    "",
    "| page | p50 | p95 | target p95 | plain GROUP BY on `dossier` (same figures) | ratio (GROUP BY ÷ page p50) |",
    "|---|---:|---:|---|---|---:|",
  ];
  for (const route of result.routes) {
    const target = targetOf(route.path);
    const targetText = target === null ? "—" : `≤ ${target} ms: ${verdict(route.p95 <= target)}`;
    const raw = route.rawMs === null ? "—" : `${ms(route.rawMs)} (${route.rawLabel})`;
    const ratio = route.rawMs === null ? "—" : `${(route.rawMs / route.p50).toFixed(1)} ×`;
    lines.push(`| ${route.name} \`${route.path}\` | ${ms(route.p50)} | ${ms(route.p95)} | ${targetText} | ${raw} | ${ratio} |`);
  }
  lines.push("");
  if (result.seed) {
    const streamRate = result.seed.dossiers / result.seed.dossierStreamSeconds;
    const fullRate = result.seed.dossiers / result.seed.dossierSeconds;
    lines.push(
      `- Bulk loader (COPY): ${int(result.seed.dossiers)} dossiers streamed in ${result.seed.dossierStreamSeconds.toFixed(1)} s = ` +
        `**${int(streamRate)} dossiers/s** (target ≥ 50 000: ${verdict(streamRate >= 50_000)}); with the index rebuild and the rollups ` +
        `${result.seed.dossierSeconds.toFixed(1)} s = ${int(fullRate)} dossiers/s; whole demo data set ${result.seed.totalSeconds.toFixed(1)} s` +
        (result.scale === 1 ? ` (target < 180 s: ${verdict(result.seed.totalSeconds < 180)}).` : "."),
    );
  }
  lines.push(
    `- Next.js server peak memory while serving the pages above (process tree, sampled every 100 ms from /proc): **${result.serverPeakMiB.toFixed(0)} MiB** (target ≤ 500: ${verdict(result.serverPeakMiB <= 500)}).`,
    `- Scorecard first-load JavaScript: **${result.firstLoadJsKiB.toFixed(1)} KiB gzipped** in ${result.firstLoadJsFiles} module scripts (target ≤ 200: ${verdict(result.firstLoadJsKiB <= 200)}; ` +
      "Next's `nomodule` polyfills, which browsers with ES modules never download, are not counted).",
  );
  if (result.importRun) {
    const run = result.importRun;
    lines.push(
      `- Import of a ${int(run.rows)}-row dossier CSV (${run.fileMiB.toFixed(0)} MiB) uploaded to \`/api/imports\` and confirmed, as the import page does: ` +
        `dry run ${run.dryRunSeconds.toFixed(1)} s, write (one transaction, rollups included) ${run.writeSeconds.toFixed(1)} s, ` +
        `**${int(run.rowsPerSecond)} rows/s** overall; Next.js server ${run.serverBeforeMiB.toFixed(0)} MiB before the upload, ` +
        `**peak ${run.peakMiB.toFixed(0)} MiB** during it (process tree).`,
    );
  }
  lines.push(`- Whole run: ${result.wallSeconds.toFixed(0)} s.`, "");
  if (result.note) lines.push(`> ${result.note}`, "");
  if (result.writers) lines.push(...writersSection(result.writers));
  return lines.join("\n");
}

/** Issue 18's targets: 20 mixed writers ≥ 10 × the 1.7 batches/s measured before, and ≥ half of inserts only. */
const MIXED_BEFORE = 1.7;

function writersSection(bench: WritersBench): string[] {
  const at = (writers: number, mix: string) => bench.runs.find((r) => r.writers === writers && r.mix === mix);
  const lines = [
    `### Concurrent API writers (${int(bench.dossiers)} dossiers stored)`,
    "",
    `Measured ${bench.date.slice(0, 16).replace("T", " ")} UTC: each writer is a provincial system with its own token posting ` +
      `100-record batches to \`POST /api/v1/dossiers\` one after another for ${bench.seconds} s; "mixed" = 70 new + 30 stored dossiers ` +
      "(an INSERT … ON CONFLICT DO UPDATE), stored ones drawn from one shared pool of 3,000. The per-token rate limit was lifted for the run; " +
      "server, PostgreSQL and the writers share the machine" +
      (bench.load ? ` (1-minute load average ${bench.load[0].toFixed(1)} before, ${bench.load[1].toFixed(1)} after, on ${os.cpus().length} cores).` : "."),
    "",
    "| writers | inserts only: batches/s | mixed: batches/s | mixed ÷ inserts | mixed p95 | failed requests (inserts; mixed) |",
    "|---:|---:|---:|---:|---:|---|",
  ];
  for (const writers of [...new Set(bench.runs.map((r) => r.writers))]) {
    const inserts = at(writers, "inserts");
    const mixed = at(writers, "mixed");
    if (!inserts || !mixed) continue;
    const failed = (r: typeof inserts) => Object.values(r.failures).reduce((a, b) => a + b, 0);
    lines.push(
      `| ${writers} | ${inserts.batchesPerSecond.toFixed(1)} | ${mixed.batchesPerSecond.toFixed(1)} | ${(mixed.batchesPerSecond / inserts.batchesPerSecond).toFixed(2)} | ` +
        `${mixed.p95Ms.toFixed(0)} ms | ${failed(inserts)}; ${failed(mixed)} |`,
    );
  }
  const twenty = at(20, "mixed");
  const twentyInserts = at(20, "inserts");
  if (twenty && twentyInserts) {
    lines.push(
      "",
      `- 20 mixed writers: **${twenty.batchesPerSecond.toFixed(1)} batches/s**, ${(twenty.batchesPerSecond / MIXED_BEFORE).toFixed(1)} × the ${MIXED_BEFORE} measured before ` +
        `the rollups were applied once per transaction (target ≥ 10 ×: ${verdict(twenty.batchesPerSecond >= 10 * MIXED_BEFORE)}); ` +
        `${(twenty.batchesPerSecond / twentyInserts.batchesPerSecond).toFixed(2)} × inserts only (target ≥ 0.5: ${verdict(twenty.batchesPerSecond >= 0.5 * twentyInserts.batchesPerSecond)}).`,
    );
  }
  lines.push("");
  return lines;
}

export function readResults(dir: string): BenchResult[] {
  let files: string[] = [];
  try {
    files = readdirSync(`${dir}/bench`).filter((name) => /^scale-.*\.json$/.test(name));
  } catch {
    return [];
  }
  return files
    .map((name) => JSON.parse(readFileSync(`${dir}/bench/${name}`, "utf8")) as BenchResult)
    .sort((a, b) => a.scale - b.scale);
}

function newestOf(results: BenchResult[]): BenchResult {
  return results.reduce((newest, result) => (result.date > newest.date ? result : newest));
}

/** Writes `${dir}/PERFORMANCE.md` from every stored result and returns its path. */
export function writePerformanceReport(dir: string): string {
  const results = readResults(dir);
  const parts = [
    "# Performance",
    "",
    "Written by `npm run bench` (scripts/bench.ts) from its results in docs/bench/. Every figure below was measured",
    "by that command on the machine and date it names; times compare within one run (absolute times on a shared",
    "2-core machine are noisy). Pages read dossier figures from the rollups (DESIGN §7); the plain GROUP BY column",
    "is the same figures computed from the raw dossier table in the same run.",
    "",
    ...results.map((result) => section(result, newestOf(results))),
  ];
  const one = results.find((r) => r.scale === 1);
  const three = results.find((r) => r.scale === 3);
  const scorecard = (r: BenchResult) => r.routes.find((route) => /scorecard/.test(route.path));
  if (one && three && otherDataSet(three, one)) {
    parts.push(
      "## Growth from scale 1 to scale 3",
      "",
      "Not shown: the scale-3 figures were measured on an earlier demo data set than scale 1's, so their ratio compares different data.",
      "",
    );
  } else if (one && three && scorecard(one) && scorecard(three)) {
    const growth = scorecard(three)!.p95 / scorecard(one)!.p95;
    parts.push(
      "## Growth from scale 1 to scale 3",
      "",
      `Scorecard p95 ${ms(scorecard(one)!.p95)} at scale 1 and ${ms(scorecard(three)!.p95)} at scale 3: ×${growth.toFixed(2)} ` +
        `(target < 1.5: ${verdict(growth < 1.5)}). The two runs are separate invocations, so machine noise enters this ratio.`,
      "",
    );
  }
  const concurrency = readConcurrency(dir);
  if (concurrency) parts.push(...concurrencySection(concurrency));
  parts.push(...xlsxExportSection(dir));
  // the public page (issue 21): its own result file, measured by `npm run bench -- --only public`
  const publicPage = `${dir}/bench/public-page.json`;
  if (existsSync(publicPage)) parts.push(...publicPageSection(JSON.parse(readFileSync(publicPage, "utf8")) as PublicPageBench));
  const file = `${dir}/PERFORMANCE.md`;
  writeFileSync(file, parts.join("\n"));
  return file;
}

/** What scripts/bench-xlsx.ts measured (issue 20): the dossier-list workbook's writer at a million rows. */
export type XlsxExportBench = { date: string; command: string; rows: number; seconds: number; rowsPerSecond: number; fileMiB: number; peakRssMiB: number; peakHeapMiB: number; peakExternalMiB?: number; zlibLevel?: number; note: string };

export const XLSX_EXPORT_RESULT = "bench/xlsx-export.json";

function xlsxExportSection(dir: string): string[] {
  let result: XlsxExportBench;
  try {
    result = JSON.parse(readFileSync(`${dir}/${XLSX_EXPORT_RESULT}`, "utf8")) as XlsxExportBench;
  } catch {
    return [];
  }
  return [
    `## Excel export of a dossier list: ${int(result.rows)} rows`,
    "",
    `Measured ${result.date} by \`${result.command}\`. ${result.note}`,
    "",
    "| rows | zlib level | seconds | rows/s | file | peak resident memory | peak JS heap | peak external (buffers) |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| ${int(result.rows)} | ${result.zlibLevel ?? 6} | ${result.seconds.toFixed(1)} | ${int(result.rowsPerSecond)} | ${int(result.fileMiB)} MiB | ${int(result.peakRssMiB)} MiB | ${int(result.peakHeapMiB)} MiB | ${result.peakExternalMiB === undefined ? "—" : `${int(result.peakExternalMiB)} MiB`} |`,
    "",
  ];
}
