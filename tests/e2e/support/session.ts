// Sessions for the end-to-end journeys. The setup project (sessions.setup.ts) signs each demo role
// in once per run through the real form and saves its cookies; a spec then starts signed in from
// that saved state instead of typing a password (bcrypt cost 12) in every test. The journeys about
// signing in itself (tests/e2e/auth) keep using the form: signIn().
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD } from "@/lib/demo/organisation";
import { t } from "@/tests/support/vi";

export const SIGN_IN_ERROR = t("signIn.error");

/** The demo accounts the journeys act as; each gets a saved session. */
export const SESSION_LOGINS = ["lanhdao", "sonoivu", "thanhtra", "quantri", "stuphap"] as const;
export type SessionLogin = (typeof SESSION_LOGINS)[number];

/** Where the setup project keeps a role's storage state (under .test-reports/, emptied by each run). */
export function sessionFile(login: SessionLogin): string {
  return path.join(process.cwd(), ".test-reports", "sessions", `${login}.json`);
}

/** The sign-in form's error region (the page has other alert regions, e.g. Next's route announcer). */
export function signInError(page: Page) {
  return page.locator("#sign-in-error");
}

/** Signs in through the real form (the sign-in journeys, and the setup project). */
export async function signIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Tên đăng nhập hoặc thư điện tử").fill(login);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
}

export async function signInAndWait(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await signIn(page, login, password);
  // signing in hashes a password and renders the start page: slow on a loaded machine
  await expect(page.getByTestId("signed-in-user")).toBeVisible({ timeout: 15_000 });
}

/** Replaces the context's cookies with `login`'s saved session. */
export async function restoreSession(context: BrowserContext, login: SessionLogin): Promise<void> {
  const state = JSON.parse(readFileSync(sessionFile(login), "utf8")) as { cookies: Parameters<BrowserContext["addCookies"]>[0] };
  await context.clearCookies();
  await context.addCookies(state.cookies);
}

/** `page` as `login`, on the start page a sign-in would have led to (the role's own). */
export async function signedInAs(page: Page, login: SessionLogin): Promise<void> {
  await restoreSession(page.context(), login);
  await page.goto("/start");
  await expect(page.getByTestId("signed-in-user")).toBeVisible({ timeout: 15_000 });
}

export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL chưa được đặt (scripts/test.ts đặt biến này).");
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The id of the demo agency with this code (e.g. "T-STP", today's Sở Tư pháp). */
export async function agencyId(code: string): Promise<number> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: number }>("SELECT id FROM agency WHERE code = $1", [code]);
    if (!rows[0]) throw new Error(`no agency ${code}`);
    return rows[0].id;
  });
}
