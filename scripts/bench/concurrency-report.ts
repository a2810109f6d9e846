// The concurrency section of docs/PERFORMANCE.md (issue 19) from docs/bench/concurrency.json.
import { readFileSync } from "node:fs";
import os from "node:os";
import type { ConcurrencyBench, PageWeight } from "./concurrency";

const int = (value: number) => Math.round(value).toLocaleString("en-US").replaceAll(",", " ");
const verdict = (ok: boolean) => (ok ? "met" : "**not met**");
const msText = (value: number) => `${value.toFixed(0)} ms`;

/** Issue 19's targets, at scale 1 on 2 cores. */
export const TARGETS = { cpuMsPerPage: 10, p95Ms: 2_000, rssMiB: 1_024, pageKiB: 80 } as const;

export function readConcurrency(dir: string): ConcurrencyBench | null {
  try {
    return JSON.parse(readFileSync(`${dir}/bench/concurrency.json`, "utf8")) as ConcurrencyBench;
  } catch {
    return null;
  }
}

/** A page's HTML and RSC cells and its verdict: the heavier of the two against 80 KB (the HTML carries the RSC payload inline). */
function weightCells(weight: PageWeight | undefined): string {
  const heaviest = weight ? Math.max(weight.htmlKiB, weight.rscKiB) : NaN;
  return `${weight?.htmlKiB.toFixed(1)} KiB | ${weight?.rscKiB.toFixed(1)} KiB | ${verdict(heaviest * 1024 <= TARGETS.pageKiB * 1000)}`;
}

export function concurrencySection(bench: ConcurrencyBench): string[] {
  const errors = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);
  const lines = [
    `## Many viewers at once (${int(bench.dossiers)} dossiers)`,
    "",
    `Measured ${bench.date.slice(0, 16).replace("T", " ")} UTC with \`${bench.command}\` on ${bench.database}, ${os.cpus().length} cores: ` +
      `the production set-up (README "Production": ${bench.processes} app processes behind nginx, shared read cache, load shedding), ` +
      `signed-in viewers with no think time cycling through the four pages below for ${bench.seconds} s per row; the load generator, ` +
      `PostgreSQL and the app share the machine (1-minute load average ${bench.load[0].toFixed(1)} before, ${bench.load[1].toFixed(1)} after). ` +
      "CPU per page view = the app processes' user + system time divided by the pages served.",
    "",
    "| page | one viewer p50 | one viewer p95 | HTML | RSC payload (navigation) | target ≤ 80 KB |",
    "|---|---:|---:|---:|---:|---|",
  ];
  for (const page of bench.single) {
    const weight = bench.weights.find((w) => w.path === page.path);
    lines.push(`| ${page.name} \`${page.path}\` | ${page.p50.toFixed(1)} ms | ${page.p95.toFixed(1)} ms | ${weightCells(weight)} |`);
  }
  if (bench.otherWeights?.length) {
    lines.push("", "The other pages, each weighed once in the same run (not part of the load):", "", "| page | HTML | RSC payload (navigation) | target ≤ 80 KB |", "|---|---:|---:|---|");
    for (const weight of bench.otherWeights) lines.push(`| ${weight.name} \`${weight.path}\` | ${weightCells(weight)} |`);
  }
  lines.push(
    "",
    "| viewers | API writers | pages/s | p50 | p95 | p99 | errors | CPU per page view | peak RSS, all app processes | writers' batches/s (p95) |",
    "|---:|---:|---:|---:|---:|---:|---|---:|---:|---|",
  );
  for (const run of bench.runs) {
    const errorText = errors(run.errors) === 0 ? "0" : `${errors(run.errors)} (${Object.entries(run.errors).map(([k, v]) => `${k}: ${v}`).join(", ")})`;
    const writing = run.writing ? `${run.writing.batchesPerSecond.toFixed(1)} (${msText(run.writing.p95Ms)}; failed ${errors(run.writing.failures)})` : "—";
    lines.push(
      `| ${run.viewers} | ${run.writers} | ${run.pagesPerSecond.toFixed(1)} | ${msText(run.p50)} | ${msText(run.p95)} | ${msText(run.p99)} | ${errorText} | ` +
        `${run.cpuMsPerPage.toFixed(1)} ms | ${run.peakRssMiB.toFixed(0)} MiB | ${writing} |`,
    );
  }
  const top = bench.runs.filter((run) => run.writers === 0).at(-1);
  if (top) {
    lines.push(
      "",
      `- ${top.viewers} viewers: ${errors(top.errors)} errors (target 0: ${verdict(errors(top.errors) === 0)}), p95 ${msText(top.p95)} (target ≤ 2 s: ${verdict(top.p95 <= TARGETS.p95Ms)}), ` +
        `peak RSS ${top.peakRssMiB.toFixed(0)} MiB (target ≤ 1 GiB: ${verdict(top.peakRssMiB <= TARGETS.rssMiB)}), ` +
        `CPU ${top.cpuMsPerPage.toFixed(1)} ms per page view (target ≤ 10 ms: ${verdict(top.cpuMsPerPage <= TARGETS.cpuMsPerPage)}).`,
      `- Per page at ${top.viewers} viewers: ${top.byPage.map((p) => `${p.name} p50 ${msText(p.p50)} / p95 ${msText(p.p95)} (${int(p.n)})`).join("; ")}.`,
    );
  }
  lines.push("");
  return lines;
}
