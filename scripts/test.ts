// `npm test`: the whole suite, in the order that fails fastest.
//   1. typecheck        2. unit + integration (vitest) on a migrated database
//   3. demo data        4. production build, `next start`, Playwright in Chromium
//   5. the fault suite (tests/faults, issue 18): servers killed, PostgreSQL restarted — on a real
//      PostgreSQL only (PGlite runs one transaction at a time: it is reported skipped, with why)
// Database: DATABASE_URL when set (CI gives a fresh PostgreSQL database), otherwise an
// in-memory PGlite server. With DATABASE_OWNER_URL too (two roles, README "Database roles"),
// migrations and the seed run as the owner, and the app and the tests as DATABASE_URL's app role
// (integration tests make their fresh databases as the owner and use them as the app).
// `--only unit|integration|e2e|faults` runs one part; `--skip-build` reuses .next; words after the
// options go to Playwright (`--only e2e --skip-build tests/e2e/auth` runs one folder).
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { spawn, type ChildProcess } from "node:child_process";
import { getToolEnv } from "../lib/env";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded";
import { seedDemoData } from "../lib/demo/seed";
import { DEMO_TEST_AS_OF } from "../lib/demo/timeline";
import { deployMigrations, run } from "./lib/process";
import { findChromium } from "./lib/chromium";

const E2E_SCALE = 0.001;
/** the cases of tests/faults, counted as skipped when they cannot run */
const FAULT_CASES = 4;
const E2E_TRUSTED_PROXY = "127.0.0.2";
const bin = (name: string) => `node_modules/.bin/${name}`;

type Tally = { passed: number; failed: number; skipped: number };
const tally: Tally = { passed: 0, failed: 0, skipped: 0 };

function addVitestResults(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number;
  };
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + report.numTodoTests;
}

function addPlaywrightResults(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  tally.passed += report.stats.expected + report.stats.flaky;
  tally.failed += report.stats.unexpected;
  tally.skipped += report.stats.skipped;
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start đã dừng (mã ${server.exitCode}).`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Máy chủ không trả lời ở ${url} sau ${timeoutMs / 1000} s.`);
}

async function step<T>(title: string, action: () => Promise<T>): Promise<T> {
  const started = Date.now();
  console.log(`\n━━ ${title}`);
  const result = await action();
  console.log(`━━ ${title}: xong sau ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { only: { type: "string" }, "skip-build": { type: "boolean", default: false } },
  });
  const only = values.only;
  if (only && !["unit", "integration", "e2e", "faults"].includes(only)) {
    throw new Error("--only nhận một trong: unit, integration, e2e, faults");
  }
  const wants = (part: string) => !only || only === part;
  const env = getToolEnv();
  const started = Date.now();
  const chromium = wants("e2e") || wants("faults") ? await findChromium(env.CHROMIUM_PATH) : undefined;

  if (!only) await step("Kiểm tra kiểu (tsc)", () => run(bin("tsc"), ["--noEmit"]));

  if (only === "unit") {
    await step("Kiểm thử đơn vị", () =>
      run(bin("vitest"), ["run", "--project", "unit", "--reporter=default", "--reporter=json", "--outputFile=.test-reports/vitest.json"]),
    ).finally(() => addVitestResults(".test-reports/vitest.json"));
    return report(started);
  }

  let embedded: EmbeddedDatabase | undefined;
  let server: ChildProcess | undefined;
  try {
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      embedded = await startEmbeddedDatabase();
      databaseUrl = embedded.url;
    }
    const ownerUrl = embedded ? databaseUrl : (env.DATABASE_OWNER_URL ?? databaseUrl);
    const testEnv = { ...process.env, DATABASE_URL: databaseUrl, DATABASE_OWNER_URL: ownerUrl };
    const roles = ownerUrl === databaseUrl ? "một vai trò" : "hai vai trò: chủ sở hữu và ứng dụng";
    console.log(`CSDL kiểm thử: ${embedded ? "PGlite trong bộ nhớ" : "PostgreSQL (DATABASE_URL)"}, ${roles}`);
    await step("Áp dụng migration", () => deployMigrations(ownerUrl));

    rmSync(".test-reports", { recursive: true, force: true });
    if (wants("unit") || wants("integration")) {
      // tests/slow is CPU work that runs beside the (one-file-at-a-time) integration tests; the fault
      // suite (tests/faults) runs only when asked for
      const projects =
        only === "integration"
          ? ["--project", "integration", "--project", "slow"]
          : only
            ? ["--project", only]
            : ["--project", "unit", "--project", "integration", "--project", "slow"];
      await step("Kiểm thử đơn vị và tích hợp (vitest)", () =>
        run(bin("vitest"), ["run", ...projects, "--reporter=default", "--reporter=json", "--outputFile=.test-reports/vitest.json"], { env: testEnv }),
      ).finally(() => addVitestResults(".test-reports/vitest.json"));
    }

    if (wants("e2e")) {
      await step(`Nạp dữ liệu mẫu cho end-to-end (quy mô ${E2E_SCALE})`, async () =>
        console.log(await seedDemoData({ databaseUrl: ownerUrl, scale: E2E_SCALE, asOf: DEMO_TEST_AS_OF })),
      );
      if (!values["skip-build"] || !existsSync(".next/BUILD_ID")) {
        await step("Bản dựng production (next build)", () => run(bin("next"), ["build"], { env: testEnv }));
      }
      const baseUrl = `http://127.0.0.1:${env.E2E_PORT}`;
      // production mode requires a secret of its own (lib/env.ts); a fresh one per run. 127.0.0.2
      // plays the province's reverse proxy: the security tests send X-Forwarded-* from it, and
      // every other request (from 127.0.0.1) is a client talking to the app directly.
      const serverEnv = {
        ...testEnv,
        NEXTAUTH_URL: baseUrl,
        NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
        TRUSTED_PROXIES: E2E_TRUSTED_PROXY,
      };
      server = spawn(bin("next"), ["start", "--port", String(env.E2E_PORT), "--hostname", "127.0.0.1"], {
        env: serverEnv,
        stdio: ["ignore", "inherit", "inherit"],
      });
      await step("Khởi động next start", () => waitForServer(baseUrl, server!, 60_000));
      await step("Kiểm thử end-to-end (Playwright, Chromium)", () =>
        run(bin("playwright"), ["test", ...positionals], {
          env: {
            ...testEnv,
            E2E_BASE_URL: baseUrl,
            E2E_TRUSTED_PROXY,
            // the server's memory is read from /proc by the bounded-parameters test
            E2E_SERVER_PID: String(server?.pid ?? ""),
            CHROMIUM_PATH: chromium,
            PLAYWRIGHT_JSON_OUTPUT_NAME: ".test-reports/playwright.json",
          },
        }),
      ).finally(() => addPlaywrightResults(".test-reports/playwright.json"));
    }

    if (wants("faults")) {
      // the fault suite starts its own servers on the same port
      if (server && server.exitCode === null) {
        const exited = new Promise((resolve) => server!.once("exit", resolve));
        server.kill("SIGTERM");
        await exited;
      }
      server = undefined;
      if (embedded) {
        console.log(`\n━━ Kiểm thử sự cố (tests/faults): bỏ qua ${FAULT_CASES} trường hợp — CSDL nhúng PGlite chạy từng giao dịch một, ` +
          "không có ghi đồng thời để thử; đặt DATABASE_URL tới một PostgreSQL thật.");
        tally.skipped += FAULT_CASES;
      } else {
        if (!existsSync(".next/BUILD_ID")) await step("Bản dựng production (next build)", () => run(bin("next"), ["build"], { env: testEnv }));
        await step("Kiểm thử sự cố (máy chủ bị dừng, PostgreSQL khởi động lại)", () =>
          run(bin("vitest"), ["run", "--project", "faults", "--reporter=default", "--reporter=json", "--outputFile=.test-reports/faults.json"], {
            env: { ...testEnv, CHROMIUM_PATH: chromium },
          }),
        ).finally(() => addVitestResults(".test-reports/faults.json"));
      }
    }
  } finally {
    server?.kill("SIGTERM");
    await embedded?.stop();
  }
  return report(started);
}

function report(started: number): number {
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`\nTổng thời gian: ${seconds} s`);
  console.log(`Tests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
  return tally.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
    console.log(`Tests: ${tally.passed} passed, ${Math.max(tally.failed, 1)} failed, ${tally.skipped} skipped`);
    process.exit(1);
  },
);
