// User administration: who may open it, and a forged form post that tries to reach an account
// outside Home Affairs' scope is refused and changes nothing.
import { expect, test } from "@playwright/test";
import { signIn, signedInAs, withDatabase } from "../support/session";

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
  await signedInAs(page, "quantri");
  await page.goto("/admin/users?q=stuphap");
  await expect(page.getByText("stuphap", { exact: true })).toBeVisible();
  await expect(page.getByText("lanhdao", { exact: true })).toHaveCount(0);
});

test("a leader opening the accounts page gets a not-found page", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(404);
});

test("Home Affairs cannot open the administrator's account", async ({ page }) => {
  const admin = await userRow("quantri");
  await signedInAs(page, "sonoivu");
  const response = await page.goto(`/admin/users/${admin.id}`);
  expect(response?.status()).toBe(404);
});

test("a forged post from Home Affairs against the administrator's account changes nothing", async ({ page }) => {
  const agencyUser = await userRow("prtc");
  const admin = await userRow("quantri");
  await signedInAs(page, "sonoivu");
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

test("a reset password works once and must be changed at the next sign-in", async ({ page }) => {
  const agencyUser = await userRow("prtc");
  await signedInAs(page, "sonoivu");
  await page.goto(`/admin/users/${agencyUser.id}`);
  await page.getByRole("button", { name: "Đặt lại mật khẩu" }).click();
  const temporary = (await page.getByTestId("temporary-password").textContent())?.trim() ?? "";
  expect(temporary).toMatch(/^[A-Za-z0-9]{12,}$/);
  await page.context().clearCookies();

  await signIn(page, "prtc", temporary);
  await expect(page).toHaveURL(/\/change-password/);
  await page.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("Matkhaumoi2026");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("Matkhaumoi2026");
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();

  const flags = await withDatabase(async (client) => {
    const { rows } = await client.query<{ must_change_password: boolean }>(
      "SELECT must_change_password FROM app_user WHERE username = 'prtc'",
    );
    return rows[0];
  });
  expect(flags).toEqual({ must_change_password: false });
});
