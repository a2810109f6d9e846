// Agency staff see their own agency (today's unit, and the units it carries on) and nothing of
// another's, whatever URL they type; each role lands on its own start page (DESIGN §2, issue 15).
import { expect, test } from "@playwright/test";
import { agencyId, signedInAs, signInAndWait } from "../support/session";

test("agency staff land on their own agency's page", async ({ page }) => {
  const own = await agencyId("T-STP");
  await signInAndWait(page, "stuphap");
  await expect(page).toHaveURL(new RegExp(`/agencies/${own}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sở Tư pháp");
  // the units today's Sở Tư pháp carries on: old Ninh Thuận's and old Khánh Hòa's
  const predecessor = await agencyId("STP");
  await page.goto(`/agencies/${predecessor}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sở Tư pháp tỉnh Ninh Thuận");
  await page.goto(`/agencies/${own}`);
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link")).toHaveText([
    "Trang chủ", "Bảng tổng hợp", "Đơn vị của tôi", "Hồ sơ TTHC", "Nhiệm vụ", "Biên chế", "Chỉ số", "Chỉ số 766", "Đánh giá CCHC", "Báo cáo định kỳ",
  ]);
});

test("agency staff typing another agency's URL get a not-found page and no data", async ({ page }) => {
  await signedInAs(page, "stuphap");
  // today's Sở Y tế, and the old Sở Y tế it carries on: neither is theirs
  for (const code of ["T-SYT", "SYT"]) {
    const response = await page.goto(`/agencies/${await agencyId(code)}`);
    expect(response?.status(), code).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
    await expect(page.getByText("Sở Y tế")).toHaveCount(0);
  }
});

test("Home Affairs and inspectors open any agency's page", async ({ page }) => {
  const other = await agencyId("T-SYT");
  for (const login of ["sonoivu", "thanhtra"] as const) {
    await signedInAs(page, login);
    await page.goto(`/agencies/${other}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sở Y tế");
  }
});

test("leaders start on the scorecard and the administrator on the accounts", async ({ page }) => {
  await signInAndWait(page, "lanhdao");
  await expect(page).toHaveURL(/\/scorecard$/);
  await page.context().clearCookies();
  await signInAndWait(page, "quantri");
  await expect(page).toHaveURL(/\/admin\/users$/);
});
