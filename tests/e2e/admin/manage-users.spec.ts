// User administration: who may open it, and a forged form post that tries to reach an account
// outside Home Affairs' scope is refused and changes nothing.
import { expect, test } from "@playwright/test";
import { signInAndWait, withDatabase } from "../support/session";

async function userRow(username: string) {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: number; role: string; agency_id: number | null }>(
      "SELECT id, role, agency_id FROM app_user WHERE username = $1",
      [username],
    );
    if (!rows[0]) throw new Error(`no user ${username}`);
    return rows[0];
  });
}

test("the administrator lists and searches the accounts", async ({ page }) => {
  await signInAndWait(page, "quantri");
  await page.goto("/admin/users?q=stuphap");
  await expect(page.getByText("stuphap", { exact: true })).toBeVisible();
  await expect(page.getByText("lanhdao", { exact: true })).toHaveCount(0);
});

test("a leader opening the accounts page gets a not-found page", async ({ page }) => {
  await signInAndWait(page, "lanhdao");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(404);
});

test("Home Affairs cannot open the administrator's account", async ({ page }) => {
  const admin = await userRow("quantri");
  await signInAndWait(page, "sonoivu");
  const response = await page.goto(`/admin/users/${admin.id}`);
  expect(response?.status()).toBe(404);
});

test("a forged post from Home Affairs against the administrator's account changes nothing", async ({ page }) => {
  const agencyUser = await userRow("prtc");
  const admin = await userRow("quantri");
  await signInAndWait(page, "sonoivu");
  await page.goto(`/admin/users/${agencyUser.id}`);

  // Point the form that Home Affairs may use at an account it may not touch.
  const form = page.locator("form", { has: page.getByRole("button", { name: "Lưu vai trò" }) });
  await form.locator('input[name="userId"]').evaluate((input, id) => {
    (input as HTMLInputElement).value = String(id);
  }, admin.id);
  await form.getByRole("button", { name: "Lưu vai trò" }).click();

  await expect(form.getByRole("alert").filter({ hasText: /\S/ })).toBeVisible();
  expect(await userRow("quantri")).toEqual(admin);
  expect(await userRow("prtc")).toEqual(agencyUser);
});
