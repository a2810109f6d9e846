// Fault (c), issue 18: PostgreSQL goes away and comes back while API writers and a reader are at
// work. Before, the import/API pool had no `error` listener (four uncaughtExceptions on a restart)
// and failures were bare 500s. Now: every failed API request is a 503 with Retry-After and a JSON
// code, a page shows the Vietnamese error panel, and the same server process serves again once the
// database is back, without a restart. FAULT_PG_RESTART is the command that restarts the suite's
// PostgreSQL (.ci/run: stop, a pause of a few seconds, start); it restarts the whole server, so it
// is run only on a PostgreSQL of the suite's own.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser } from "@playwright/test";
import { getToolEnv } from "@/lib/env";
import { DEMO_PASSWORD } from "@/lib/demo/organisation";
import { t } from "@/tests/support/vi";
import { findChromium } from "@/scripts/lib/chromium";
import { signIn, type Session } from "@/scripts/bench/http";
import { prepareWriters, runWriters } from "@/scripts/bench/writers";
import { openFaultDatabase, rollupDifferences, startApp, type AppServer, type FaultDatabase } from "./support";

const restart = getToolEnv().FAULT_PG_RESTART;
if (!restart) console.log("fault (c) skipped: FAULT_PG_RESTART is not set (a command that restarts this suite's own PostgreSQL; .ci/run sets it)");

let database: FaultDatabase;
let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  if (!restart) return;
  database = await openFaultDatabase();
  app = await startApp(database.url);
  browser = await chromium.launch({ executablePath: await findChromium(getToolEnv().CHROMIUM_PATH) });
});
afterAll(async () => {
  await browser?.close();
  await app?.kill();
  await database?.close();
});

function run(command: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", command], { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/** What a person sees on a page: its text once rendered in Chromium (the error boundary is client-side). */
async function pageText(session: Session, path: string): Promise<string> {
  const context = await browser.newContext();
  try {
    await context.addCookies(
      session.cookie.split("; ").map((pair) => {
        const [name, ...value] = pair.split("=");
        return { name: name!, value: value.join("="), url: app.baseUrl };
      }),
    );
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}${path}`, { waitUntil: "load" });
    await page.waitForLoadState("networkidle").catch(() => undefined);
    return await page.locator("body").innerText();
  } finally {
    await context.close();
  }
}

describe("fault (c): PostgreSQL restarted under load", () => {
  it.skipIf(!restart)("answers 503 with Retry-After meanwhile, shows the error panel, and recovers without a restart", async () => {
    const leader = await signIn(app.baseUrl, "lanhdao", DEMO_PASSWORD);
    const fixture = await prepareWriters(database.pool, 5, "C");
    expect(await pageText(leader, "/scorecard")).not.toContain(t("error.heading"));

    // failed API answers, kept whole to check their shape
    const failed: { status: number; retryAfter: string | null; body: unknown }[] = [];
    let stop = false;
    const prober = (async () => {
      while (!stop) {
        const response = await fetch(`${app.baseUrl}/api/v1/dossiers?limit=1`, { headers: { authorization: `Bearer ${fixture.tokens[0]}` } }).catch(() => null);
        if (response && response.status !== 200) {
          failed.push({ status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.json().catch(() => "not JSON") });
        } else await response?.text();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const writing = runWriters({ baseUrl: app.baseUrl, fixture, writers: 5, mix: "mixed", seconds: 25, run: "C" });

    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const restarted = run(restart!);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const duringOutage = await pageText(leader, "/scorecard");
    expect(await restarted).toBe(0);
    const writers = await writing;
    stop = true;
    await prober;

    // the page read while the database was away shows the panel, in Vietnamese
    expect(duringOutage).toContain(t("error.heading"));
    // every failure was a transient one, said so in JSON with the time to wait
    expect(failed.length + Object.values(writers.failures).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(Object.keys(writers.failures).every((status) => status === "503")).toBe(true);
    for (const failure of failed) {
      expect(failure.status).toBe(503);
      expect(Number(failure.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(failure.body).toMatchObject({ code: expect.stringMatching(/^(UNAVAILABLE|BUSY)$/), message: expect.any(String) });
    }

    // the same server process serves again: API, a write, and the page
    const after = await runWriters({ baseUrl: app.baseUrl, fixture, writers: 2, mix: "mixed", seconds: 3, run: "C2" });
    expect(after.failures).toEqual({});
    expect(after.batches).toBeGreaterThan(0);
    expect(await pageText(leader, "/scorecard")).not.toContain(t("error.heading"));
    expect(app.output()).not.toMatch(/uncaughtException|unhandledRejection/);
    expect(await rollupDifferences(database.pool)).toBe(0);
    console.log(`fault (c): ${failed.length} probe and ${JSON.stringify(writers.failures)} writer failures during the restart, all 503; ${writers.batches} batches written meanwhile`);
  });
});
