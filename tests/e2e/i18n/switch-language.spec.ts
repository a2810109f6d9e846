// English second (issue 23): Home Affairs switches the header to English; the scorecard and a
// report read in English with English number formats (3,761,706 ; 99.47%), indicators by their
// English names; the choice is saved with the user and comes back after signing out and in again,
// while another user in the same browser still gets Vietnamese, the default.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo/organisation";
import { withDatabase } from "../support/session";

const USER = "sonoivu";

async function saveLocale(login: string, locale: "vi" | "en"): Promise<void> {
  await withDatabase((client) => client.query("UPDATE app_user SET locale = $2 WHERE username = $1", [login, locale]));
}

async function savedLocale(login: string): Promise<string | undefined> {
  return withDatabase(async (client) => (await client.query<{ locale: string }>("SELECT locale FROM app_user WHERE username = $1", [login])).rows[0]?.locale);
}

/** A Q3/2026 report Home Affairs can open, and the English and Vietnamese names of a percentage indicator on it. */
async function reportToRead(): Promise<{ path: string; nameEn: string; nameVi: string }> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ agency_id: number; name_en: string; name_vi: string }>(
      `SELECT r.agency_id, i.name_en, i.name_vi FROM report r
         JOIN reporting_period p ON p.id = r.period_id
         JOIN report_value v ON v.report_id = r.id
         JOIN indicator i ON i.id = v.indicator_id
        WHERE p.year = 2026 AND p.quarter = 3 AND r.status IN ('SUBMITTED', 'APPROVED') AND i.code = 'DOSSIERS_ON_TIME_RATE' AND v.value IS NOT NULL
        ORDER BY r.agency_id LIMIT 1`,
    );
    const row = rows[0];
    if (!row) throw new Error("no Q3/2026 report with an on-time rate");
    return { path: `/reports/2026-Q3/${row.agency_id}`, nameEn: row.name_en, nameVi: row.name_vi };
  });
}

/** The sign-in form by its fields' names: after an English user signs out, the page speaks English (its cookie). */
async function signIn(page: Page, login: string): Promise<void> {
  await page.goto("/sign-in");
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
}

async function signOut(page: Page, label: string): Promise<void> {
  await page.getByRole("button", { name: label }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test.afterAll(async () => {
  // the demo account goes back to the default for the journeys after this one
  await saveLocale(USER, "vi");
});

test("a user reads the scorecard and a report in English, keeps the choice across sign-ins; Vietnamese stays the default", async ({ page }) => {
  test.setTimeout(150_000);
  const report = await reportToRead();

  await test.step("Vietnamese by default; the switch names English in English", async () => {
    await signIn(page, USER);
    await expect(page.getByTestId("signed-in-user")).toBeVisible({ timeout: 15_000 });
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    const toEnglish = page.getByTestId("locale-switch").getByRole("button", { name: "English" });
    await expect(toEnglish).toHaveAttribute("lang", "en");
    await toEnglish.click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("locale-switch").getByRole("button", { name: "Tiếng Việt" })).toBeVisible();
    expect(await savedLocale(USER)).toBe("en");
  });

  await test.step("the scorecard in English, with English numbers", async () => {
    // the year so far: enough dossiers for a thousands separator, even at the journeys' small scale
    await page.goto("/scorecard?period=2026");
    await expect(page.getByRole("heading", { level: 1, name: "Province-wide administrative reform scorecard" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Scorecard" })).toBeVisible();
    await expect(page.getByTestId("scorecard-period")).toHaveText("Period: Year 2026 to 20 Nov 2026");
    // thousands with a comma, decimals with a point, "%" without a space
    await expect(page.getByTestId("figure-dossiers-received")).toHaveText(/^\d{1,3}(,\d{3})+$/);
    await expect(page.getByTestId("figure-dossiers-onTimeRate")).toHaveText(/^\d{1,3}\.\d{2}%$/);
    await expect(page.getByRole("heading", { name: "Agency league table" })).toBeVisible();
  });

  await test.step("a report in English: headings, columns, the indicator's English name, English percentages", async () => {
    await page.goto(report.path);
    await expect(page.getByRole("heading", { level: 1, name: /^(Review report|Report) Q3\/2026/ })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Indicator" }).first()).toBeVisible();
    const row = page.locator('[data-indicator="DOSSIERS_ON_TIME_RATE"]');
    await expect(row).toContainText(report.nameEn);
    await expect(row).not.toContainText(report.nameVi);
    await expect(row).toContainText(/\d{1,3}\.\d{2}%/);
  });

  await test.step("after signing out and in again, the saved choice applies", async () => {
    await signOut(page, "Sign out");
    await page.context().clearCookies();
    await signIn(page, USER);
    await expect(page.getByTestId("signed-in-user")).toBeVisible({ timeout: 15_000 });
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/scorecard");
    await expect(page.getByRole("heading", { level: 1, name: "Province-wide administrative reform scorecard" })).toBeVisible();
  });

  await test.step("another user in the same browser gets Vietnamese", async () => {
    await signOut(page, "Sign out");
    await signIn(page, "lanhdao");
    await expect(page.getByTestId("signed-in-user")).toBeVisible({ timeout: 15_000 });
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await page.goto("/scorecard?period=2026");
    await expect(page.getByRole("heading", { level: 1, name: "Bảng tổng hợp cải cách hành chính toàn tỉnh" })).toBeVisible();
    await expect(page.getByTestId("scorecard-period")).toHaveText("Kỳ báo cáo: Năm 2026 đến ngày 20/11/2026");
    await expect(page.getByTestId("figure-dossiers-received")).toHaveText(/^\d{1,3}(\.\d{3})+$/);
  });

  await test.step("switching back to Vietnamese", async () => {
    await signOut(page, "Đăng xuất");
    await signIn(page, USER);
    await expect(page.getByTestId("locale-switch").getByRole("button", { name: "Tiếng Việt" })).toBeVisible({ timeout: 15_000 });
    await page.getByTestId("locale-switch").getByRole("button", { name: "Tiếng Việt" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    expect(await savedLocale(USER)).toBe("vi");
  });
});
