// `npm run bench`: the performance figures of issue 9, measured in one run on real PostgreSQL.
//   1. demo data at --scale (default 1: 3.76 million dossiers) through the bulk loader (its rate)
//   2. a production build (`next build`) and `next start`, its peak memory sampled from /proc
//   3. for each page: p50 / p95 of --requests signed-in GETs, beside the time of the same figures
//      by a plain GROUP BY over the raw dossier table, and the ratio
//   4. the scorecard's first-load JavaScript (gzipped), as the browser receives it
//   5. a CSV of --import-rows dossiers (default 1,000,000; 0 skips) uploaded and confirmed through
//      the import page's own endpoints: rows per second and the server's peak memory meanwhile
//   6. concurrent API writers (issue 18): batches/s at 1, 5 and 20 writers, inserts only and mixed
//      (70 new + 30 stored dossiers), each for --writer-seconds, through POST /api/v1/dossiers
//   7. many viewers at once (issue 19): the production set-up (one app process per core behind
//      nginx) under 50 and 200 signed-in viewers, then 200 with 20 API writers (scripts/bench/concurrency.ts)
//   8. results written to docs/bench/scale-<scale>.json, docs/bench/concurrency.json and docs/PERFORMANCE.md
//   `--only public` (issue 21): instead, --public-viewers anonymous visitors at once (default 200) load the
//   public page --per-viewer times each (default 10), on the database as it is; written to
//   docs/bench/public-page.json and its section of docs/PERFORMANCE.md
// DATABASE_URL must name a PostgreSQL database; its domain data is REPLACED by the demo data
// (as `npm run db:seed` does) unless --skip-seed. Options: --scale N, --requests N, --skip-seed,
// --skip-build, --port P, --import-rows N, --writer-seconds N, --only writers (only step 6, on the
// database as it is: no seed; the other figures of that scale are kept from the last full run),
// --only concurrency (only step 7, on the database as it is: no migration, no seed), --concurrency-seconds N
// (0 skips step 7), --viewers 50,200, --concurrent-writers N (0: nothing is written), --processes N.
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import pg from "pg";
import { getToolEnv } from "../lib/env";
import { connectionFields } from "../lib/db/pg-adapter";
import { DEMO_PASSWORD } from "../lib/demo/organisation";
import { seedDemoDataMeasured, type SeedReport } from "../lib/demo/seed";
import { deployMigrations, run } from "./lib/process";
import { signIn, timeRoute, timedGet, type Session } from "./bench/http";
import { MemorySampler } from "./bench/memory";
import { timeRawQueries } from "./bench/raw-queries";
import { benchImport } from "./bench/import";
import { benchWriters } from "./bench/writers-section";
import { benchPublicPage } from "./bench/public-page";
import { BENCH_ROUTES, type RouteContext } from "./bench/routes";
import { readResults, writePerformanceReport, type BenchResult } from "./bench/report";
import { benchConcurrency } from "./bench/concurrency";
import { waitForServer } from "./production/cluster";
import os from "node:os";

/**
 * The scripts a browser loads for `path`, each gzipped as the server sends it: total KiB. Scripts
 * marked `nomodule` (Next's polyfills for browsers without ES modules) are left out: every browser
 * that runs the application's module scripts skips them without downloading.
 */
async function firstLoadJsKiB(baseUrl: string, path: string, session: Session): Promise<{ kib: number; files: number }> {
  const { body } = await timedGet(`${baseUrl}${path}`, session);
  const tags = [...body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const sources = new Set(tags.flatMap((tag) => /\ssrc="([^"]+\.js[^"]*)"/.exec(tag)?.[1] ?? []));
  let bytes = 0;
  for (const src of sources) {
    const response = await fetch(new URL(src, baseUrl));
    bytes += gzipSync(Buffer.from(await response.arrayBuffer())).length;
  }
  return { kib: bytes / 1024, files: sources.size };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "1" },
      requests: { type: "string", default: "60" },
      port: { type: "string", default: "3200" },
      "import-rows": { type: "string", default: "1000000" },
      "skip-seed": { type: "boolean", default: false },
      "skip-build": { type: "boolean", default: false },
      "writer-seconds": { type: "string", default: "20" },
      only: { type: "string" },
      "concurrency-seconds": { type: "string", default: "60" },
      viewers: { type: "string", default: "50,200" },
      "concurrent-writers": { type: "string", default: "20" },
      processes: { type: "string", default: String(os.availableParallelism()) },
      "public-viewers": { type: "string", default: "200" },
      "per-viewer": { type: "string", default: "10" },
    },
  });
  const onlyWriters = values.only === "writers";
  const onlyConcurrency = values.only === "concurrency";
  const onlyPublic = values.only === "public";
  if (values.only !== undefined && !onlyWriters && !onlyConcurrency && !onlyPublic) throw new Error("--only nhận: writers, concurrency, public");
  const concurrencySeconds = Number(values["concurrency-seconds"]);
  const viewerCounts = values.viewers!.split(",").map(Number);
  const concurrentWriters = Number(values["concurrent-writers"]);
  const processes = Number(values.processes);
  if (!(concurrencySeconds >= 0) || viewerCounts.some((n) => !(Number.isInteger(n) && n > 0)) || !(concurrentWriters >= 0) || !(processes >= 1)) {
    throw new Error("--concurrency-seconds ≥ 0, --viewers là các số nguyên dương cách nhau bởi dấu phẩy, --concurrent-writers ≥ 0, --processes ≥ 1.");
  }
  const writerSeconds = Number(values["writer-seconds"]);
  if (!(writerSeconds > 0)) throw new Error("--writer-seconds phải là số dương.");
  const scale = Number(values.scale);
  const requests = Number(values.requests);
  const importRows = Number(values["import-rows"]);
  if (!(scale > 0) || !(requests >= 1)) throw new Error("--scale và --requests phải là số dương.");
  if (!(Number.isInteger(importRows) && importRows >= 0)) throw new Error("--import-rows phải là số nguyên không âm.");
  const { DATABASE_URL: databaseUrl, DATABASE_OWNER_URL } = getToolEnv();
  // two roles (README "Database roles"): migrations and the seed as the owner, the server as the app
  const ownerUrl = DATABASE_OWNER_URL ?? databaseUrl;
  if (!databaseUrl || !ownerUrl) throw new Error("Đặt DATABASE_URL trỏ tới một CSDL PostgreSQL (dữ liệu nghiệp vụ trong đó sẽ bị thay bằng dữ liệu mẫu).");
  const client = new pg.Client({ ...connectionFields(databaseUrl), application_name: "cchc-bench" });
  await client.connect();
  const version = (await client.query<{ v: string }>("SELECT version() AS v")).rows[0]!.v;
  if (version.includes("PGlite")) throw new Error("Bench đo trên PostgreSQL thật, không phải PGlite.");

  const started = Date.now();
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
  const concurrency = async () => {
    if (concurrencySeconds === 0) return;
    console.log(`▶ Nhiều người xem cùng lúc: ${viewerCounts.join(", ")} người, ${concurrencySeconds} s mỗi lần, ${processes} tiến trình sau nginx…`);
    const bench = await benchConcurrency({
      client, databaseUrl, database: version.split(",")[0]!, command, port: Number(values.port), processes,
      seconds: concurrencySeconds, viewerCounts, writers: concurrentWriters, log: (line) => console.log(line),
    });
    mkdirSync("docs/bench", { recursive: true });
    writeFileSync("docs/bench/concurrency.json", JSON.stringify(bench, null, 2) + "\n");
    console.log(`▶ Đã ghi ${writePerformanceReport("docs")} và docs/bench/concurrency.json`);
  };
  if (onlyConcurrency) {
    if (!values["skip-build"]) await run("node_modules/.bin/next", ["build"], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    try {
      await concurrency();
    } finally {
      await client.end();
    }
    return;
  }
  console.log(`▶ ${version.split(",")[0]}; quy mô ${scale}; ${requests} yêu cầu mỗi trang`);
  await deployMigrations(ownerUrl);
  let seed: SeedReport | null = null;
  if (!values["skip-seed"] && !onlyWriters && !onlyPublic) {
    seed = await seedDemoDataMeasured({ databaseUrl: ownerUrl, scale, log: (line) => console.log(`  ${line}`) });
    console.log(`▶ Dữ liệu mẫu: ${seed.summary}`);
  }
  const dossiers = Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM dossier")).rows[0]!.n);

  if (!values["skip-build"]) await run("node_modules/.bin/next", ["build"], { env: { ...process.env, DATABASE_URL: databaseUrl } });
  const baseUrl = `http://127.0.0.1:${values.port}`;
  const server = spawn("node_modules/.bin/next", ["start", "--port", values.port!, "--hostname", "127.0.0.1"], {
    // the per-token rate limit (60 a minute) would cap the writers' section: lifted for the bench
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: randomBytes(32).toString("base64"), API_RATE_LIMIT_PER_MINUTE: "1000000" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const memory = new MemorySampler(server.pid!);
  memory.start();
  try {
    await waitForServer(`${baseUrl}/sign-in`, 60_000);
    if (onlyPublic) {
      const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
      const bench = await benchPublicPage({ client, baseUrl, viewers: Number(values["public-viewers"]), perViewer: Number(values["per-viewer"]), command });
      console.log(`▶ Trang công khai, ${bench.viewers} người xem đồng thời: p50 ${bench.p50.toFixed(0)} ms, p95 ${bench.p95.toFixed(0)} ms, ${bench.requestsPerSecond.toFixed(0)} lượt/s, ${bench.failures} lỗi, ${bench.databaseTransactions} giao dịch CSDL`);
      mkdirSync("docs/bench", { recursive: true });
      writeFileSync("docs/bench/public-page.json", JSON.stringify(bench, null, 2) + "\n");
      console.log(`▶ Đã ghi ${writePerformanceReport("docs")} và docs/bench/public-page.json`);
      return;
    }
    const previous = readResults("docs").find((r) => r.scale === scale);
    if (onlyWriters && !previous) throw new Error(`--only writers cần một lần đo đầy đủ trước ở quy mô ${scale} (docs/bench/scale-${scale}.json).`);
    let measured: Pick<BenchResult, "routes" | "firstLoadJsKiB" | "firstLoadJsFiles" | "serverPeakMiB" | "importRun"> | null = null;
    if (!onlyWriters) {
      const sessions = {
        leader: await signIn(baseUrl, "lanhdao", DEMO_PASSWORD),
        inspector: await signIn(baseUrl, "thanhtra", DEMO_PASSWORD),
      };
      const context: RouteContext = { client, baseUrl, session: (role) => sessions[role] };
      const routes: BenchResult["routes"] = [];
      for (const route of BENCH_ROUTES) {
        const spec = await route.prepare(context);
        const timing = await timeRoute(`${baseUrl}${spec.path}`, sessions[route.role], requests);
        const rawMs = spec.raw.length > 0 ? await timeRawQueries(client, spec.raw) : null;
        routes.push({ name: route.name, path: spec.path, ...timing, rawMs, rawLabel: spec.rawLabel });
        const ratio = rawMs === null ? "" : `; GROUP BY thô ${rawMs.toFixed(0)} ms (×${(rawMs / timing.p50).toFixed(1)})`;
        console.log(`▶ ${route.name}: p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms${ratio}`);
      }
      const firstLoad = await firstLoadJsKiB(baseUrl, BENCH_ROUTES[0]!.firstLoadPath ?? "/scorecard", sessions.leader);
      const serverMemory = memory.stop();
      let importRun: BenchResult["importRun"] = null;
      if (importRows > 0) {
        console.log(`▶ Nhập tệp CSV ${importRows.toLocaleString("vi-VN")} dòng hồ sơ qua trang nhập dữ liệu…`);
        const homeAffairs = await signIn(baseUrl, "sonoivu", DEMO_PASSWORD);
        importRun = await benchImport({ client, baseUrl, session: homeAffairs, serverPid: server.pid!, rows: importRows });
        console.log(
          `▶ Nhập dữ liệu: kiểm tra thử ${importRun.dryRunSeconds.toFixed(1)} s, ghi ${importRun.writeSeconds.toFixed(1)} s, ` +
            `${Math.round(importRun.rowsPerSecond).toLocaleString("vi-VN")} dòng/s; bộ nhớ máy chủ ${importRun.serverBeforeMiB.toFixed(0)} → đỉnh ${importRun.peakMiB.toFixed(0)} MiB`,
        );
      }
      measured = { routes, firstLoadJsKiB: firstLoad.kib, firstLoadJsFiles: firstLoad.files, serverPeakMiB: serverMemory.peakMiB, importRun };
    }
    console.log(`▶ Ghi đồng thời qua /api/v1/dossiers: 1, 5, 20 hệ thống, mỗi lần ${writerSeconds} s…`);
    const writers = await benchWriters({ client, baseUrl, seconds: writerSeconds });
    const result: BenchResult = measured
      ? {
          date: new Date().toISOString(), command, database: version.split(",")[0]!, scale, dossiers, requests, seed, ...measured,
          writers, wallSeconds: (Date.now() - started) / 1000,
        }
      : { ...previous!, writers };
    if (!measured) console.log(`▶ Chỉ đo phần ghi đồng thời (${command}); các số khác giữ từ lần đo ${previous!.date}`);
    mkdirSync("docs/bench", { recursive: true });
    writeFileSync(`docs/bench/scale-${scale}.json`, JSON.stringify(result, null, 2) + "\n");
    const file = writePerformanceReport("docs");
    console.log(`▶ Bộ nhớ đỉnh của máy chủ Next.js: ${result.serverPeakMiB.toFixed(0)} MiB; JS tải lần đầu của bảng tổng hợp: ${result.firstLoadJsKiB.toFixed(1)} KiB (gzip, ${result.firstLoadJsFiles} tệp)`);
    console.log(`▶ Đã ghi ${file} và docs/bench/scale-${scale}.json (${result.wallSeconds.toFixed(0)} s)`);
  } catch (error) {
    await client.end();
    throw error;
  } finally {
    memory.stop();
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  try {
    await concurrency();
  } finally {
    await client.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
