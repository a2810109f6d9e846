// Sign-in through the real form, and a database handle for checking what the app wrote.
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD } from "@/lib/demo/organisation";
import { t } from "@/lib/i18n";

export const SIGN_IN_ERROR = t("signIn.error");

/** The sign-in form's error region (the page has other alert regions, e.g. Next's route announcer). */
export function signInError(page: Page) {
  return page.locator("#sign-in-error");
}

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
