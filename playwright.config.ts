// End-to-end tests in the system's Chromium (Playwright's browser download needs the internet).
// No webServer: scripts/test.ts builds, starts `next start` with DATABASE_URL, and sets
// E2E_BASE_URL, CHROMIUM_PATH and PLAYWRIGHT_JSON_OUTPUT_NAME.
import { defineConfig, type ReporterDescription } from "@playwright/test";

// The runner counts results from the JSON report; a run by hand prints the list only.
const reporter: ReporterDescription[] = process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]];

const browser = {
  browserName: "chromium" as const,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // generous: the suite shares two cores with the production server it drives (a sign-in hashes
  // with bcrypt cost 12), and a busy CI machine must not turn slowness into failures
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter,
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100",
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
  },
  projects: [
    // signs each demo role in once through the form and saves its session (tests/e2e/support/session.ts)
    { name: "sessions", testMatch: /support\/sessions\.setup\.ts$/, use: browser },
    { name: "chromium", dependencies: ["sessions"], use: browser },
  ],
});
