// The administration pages in English (issue 23): with the language cookie set to English the
// accounts, an account's forms (client components) and the units read in English with English
// digits, while units' proper names stay Vietnamese; without it they stay Vietnamese, the default.
import { expect, test, type Page } from "@playwright/test";
import { signedInAs } from "../support/session";

/** The cookie the header's switch sets (lib/i18n/locale-cookie.ts). */
async function readIn(page: Page, locale: "vi" | "en") {
  const base = test.info().project.use.baseURL ?? "http://127.0.0.1:3100";
  await page.context().addCookies([{ name: "cchc-locale", value: locale, url: base }]);
}

test("the administrator reads the accounts and the units in English; Vietnamese without the choice", async ({ page }) => {
  await signedInAs(page, "quantri");
  await readIn(page, "en");

  await page.goto("/admin/users?q=stuphap");
  await expect(page.getByRole("heading", { level: 1, name: "User accounts" })).toBeVisible();
  await expect(page.getByTestId("user-count")).toHaveText("1 account");
  const row = page.getByRole("row").filter({ hasText: "stuphap" });
  // the role by its English name, the agency by its own (Vietnamese) name
  await expect(row).toContainText("Agency");
  await expect(row).toContainText("Sở Tư pháp");
  await row.getByRole("link", { name: "Edit account stuphap" }).click();
  await expect(page.getByRole("button", { name: "Save role" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reset password" })).toBeVisible();

  await page.goto("/admin/agencies");
  await expect(page.getByRole("heading", { level: 1, name: "Units and reorganisations" })).toBeVisible();
  await expect(page.getByTestId("unit-count")).toHaveText(/^\d{1,3}(,\d{3})* units\.$/);
  await expect(page.getByTestId("units-table").getByRole("columnheader", { name: "Type" })).toBeVisible();

  await readIn(page, "vi");
  await page.goto("/admin/users?q=stuphap");
  await expect(page.getByRole("heading", { level: 1, name: "Tài khoản người dùng" })).toBeVisible();
  await expect(page.getByTestId("user-count")).toHaveText("1 tài khoản");
});
