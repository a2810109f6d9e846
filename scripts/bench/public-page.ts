// The public page's section of `npm run bench` (issue 21): --public-viewers anonymous visitors at once
// (default 200), each loading /cong-khai --per-viewer times in a row, timed to the last byte; and the
// database transactions committed meanwhile (pg_stat_database), which show that views are served
// from the cached page, not rendered from the database.
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { ClientBase } from "pg";
import { summarise } from "./http";

export const PUBLIC_PATH = "/cong-khai";

export type PublicPageBench = {
  date: string;
  command: string;
  dossiers: number;
  viewers: number;
  perViewer: number;
  p50: number;
  p95: number;
  max: number;
  requestsPerSecond: number;
  failures: number;
  /** transactions committed or rolled back in the database during the timed views (all sessions) */
  databaseTransactions: number;
  load: [number, number];
};

async function transactions(client: ClientBase): Promise<number> {
  // other sessions' counts reach pg_stat_database when they flush (at most about a second later)
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const row = (await client.query<{ n: string }>("SELECT (xact_commit + xact_rollback)::text AS n FROM pg_stat_database WHERE datname = current_database()")).rows[0]!;
  return Number(row.n);
}

export async function benchPublicPage(options: { client: ClientBase; baseUrl: string; viewers: number; perViewer: number; command: string }): Promise<PublicPageBench> {
  const { client, baseUrl, viewers, perViewer } = options;
  const url = `${baseUrl}${PUBLIC_PATH}`;
  const dossiers = Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM dossier")).rows[0]!.n);
  // the first view of a period computes it and fills the cache; a few more warm the server
  for (let i = 0; i < 5; i += 1) await (await fetch(url)).text();
  const loadBefore = os.loadavg()[0]!;
  const before = await transactions(client);
  const samples: number[] = [];
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: viewers }, async () => {
      for (let i = 0; i < perViewer; i += 1) {
        const t0 = performance.now();
        try {
          const response = await fetch(url, { redirect: "manual" });
          await response.text();
          if (response.status !== 200) failures += 1;
        } catch {
          failures += 1;
        }
        samples.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  // the bench's own two reads of pg_stat_database are transactions too
  const databaseTransactions = (await transactions(client)) - before - 1;
  const timing = summarise(samples);
  return {
    date: new Date().toISOString(),
    command: options.command,
    dossiers,
    viewers,
    perViewer,
    p50: timing.p50,
    p95: timing.p95,
    max: Math.max(...samples),
    requestsPerSecond: samples.length / seconds,
    failures,
    databaseTransactions,
    load: [loadBefore, os.loadavg()[0]!],
  };
}

const int = (value: number) => Math.round(value).toLocaleString("en-US").replaceAll(",", " ");

/** The section of docs/PERFORMANCE.md. */
export function publicPageSection(bench: PublicPageBench): string[] {
  const views = bench.viewers * bench.perViewer;
  return [
    `## Public page \`${PUBLIC_PATH}\` under ${bench.viewers} concurrent anonymous viewers (${int(bench.dossiers)} dossiers)`,
    "",
    `Measured ${bench.date.slice(0, 16).replace("T", " ")} UTC with \`${bench.command}\`, ${os.cpus().length} cores; ${bench.viewers} anonymous ` +
      `visitors at once, each loading the page ${bench.perViewer} times in a row (${int(views)} views), after 5 warm-up views. ` +
      `1-minute load average ${bench.load[0].toFixed(1)} before, ${bench.load[1].toFixed(1)} after (the server, the viewers and PostgreSQL share the machine).`,
    "",
    "| p50 | p95 | max | views/s | failed views | database transactions during the views |",
    "|---:|---:|---:|---:|---:|---:|",
    `| ${bench.p50.toFixed(0)} ms | **${bench.p95.toFixed(0)} ms** | ${bench.max.toFixed(0)} ms | ${bench.requestsPerSecond.toFixed(0)} | ${bench.failures} | ${int(bench.databaseTransactions)} |`,
    "",
    "The page is kept rendered in Next's full-route cache (app/cong-khai/[ky]/page.tsx: incremental static regeneration, at most one " +
      "render a minute per period; its CSP allows no script, so it needs no per-request nonce). " +
      "The database transactions column counts every session's transactions in those seconds, so a figure near 0 for " +
      `${int(views)} views shows that a view neither renders the page nor reads the database.`,
    "",
  ];
}
