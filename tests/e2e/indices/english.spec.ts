// English second (issue 23): a leader whose language is English (the cchc-locale cookie the header's
// switch sets) reads the index pages and the Decision 766 board in English: indices and components
// by their English names, en-GB numbers (46.0002, 99.47%), while the former provinces' and the
// units' names stay Vietnamese. The public page has no session and is one cached page per period:
// it stays Vietnamese whatever the cookie says (app/cong-khai/[ky]/page.tsx).
import { expect, test, type Page } from "@playwright/test";
import { signedInAs } from "../support/session";

test.describe.configure({ timeout: 120_000 });
const SLOW = { timeout: 60_000 };
const SHOTS = process.env.E2E_SCREENSHOTS;

/** Desktop and phone screenshots when E2E_SCREENSHOTS names a folder (for a person to look at). */
async function shots(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/en-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function inEnglish(page: Page): Promise<void> {
  await signedInAs(page, "lanhdao");
  await page.context().addCookies([{ name: "cchc-locale", value: "en", url: new URL(page.url()).origin }]);
}

test("an English-speaking leader reads the indices in English, unit names in Vietnamese", async ({ page }) => {
  await inEnglish(page);
  await page.goto("/indices");
  await expect(page.getByRole("heading", { level: 1, name: "The province's indices" })).toBeVisible(SLOW);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const papi = page.getByTestId("index-row-PAPI");
  await expect(papi).toContainText("Provincial Governance and Public Administration Performance Index");
  // the former province keeps its Vietnamese name; the score has a decimal point
  await expect(page.getByTestId("index-former-PAPI")).toContainText("Ninh Thuận (before the merger) 2023: 45.5054 · 6/61");
  await expect(page.getByTestId("index-row-DTI").getByTestId("recalculated")).toHaveText("Recalculated after the merger");
  await shots(page, "indices");

  await page.goto("/indices/PAPI");
  await expect(page.getByRole("heading", { level: 1, name: "Provincial Governance and Public Administration Performance Index" })).toBeVisible(SLOW);
  await expect(page.getByTestId("index-years-ninh-thuan").getByTestId("index-year-2022")).toContainText("46.0002");
  await expect(page.getByTestId("index-components").getByRole("columnheader", { name: "Share of maximum" })).toBeVisible();
  await shots(page, "index-papi");
});

test("an English-speaking leader reads the Decision 766 board in English; the public page stays Vietnamese", async ({ page }) => {
  await inEnglish(page);
  await page.goto("/service-index?period=2025-10");
  await expect(page.getByTestId("service-index-title")).toHaveText("Service index for citizens and businesses (Decision 766/QĐ-TTg)", SLOW);
  await expect(page.getByTestId("service-index-period")).toContainText("10/2025 · data as of 20 Nov 2026");
  // a score of the board in en-GB: a decimal point, never a comma
  await expect(page.getByTestId("service-index-province-score")).toHaveText(/^\d{1,3}\.\d{2}$/);
  await expect(page.getByRole("columnheader", { name: "Rank in group" }).first()).toBeVisible();
  await shots(page, "service-index");

  await page.goto("/cong-khai");
  await expect(page.getByTestId("public-title")).toHaveText("Chất lượng phục vụ người dân, doanh nghiệp", SLOW);
});
