// Each demo role signs in and sees its own menu; bad passwords lock an account; a deactivated
// account cannot sign in (DESIGN §2, issue "Sign-in, roles and agency scope").
import { expect, test } from "@playwright/test";
import { SIGN_IN_ERROR, signIn, signInAndWait, signInError, withDatabase } from "../support/session";

const MENUS: Record<string, string[]> = {
  lanhdao: ["Trang chủ", "Bảng tổng hợp", "Hồ sơ TTHC", "Nhiệm vụ", "Biên chế", "Chỉ số", "Chỉ số 766", "Đánh giá CCHC", "Báo cáo định kỳ"],
  sonoivu: ["Trang chủ", "Bảng tổng hợp", "Hồ sơ TTHC", "Nhiệm vụ", "Biên chế", "Chỉ số", "Chỉ số 766", "Đánh giá CCHC", "Báo cáo định kỳ", "Kỳ báo cáo", "Chỉ tiêu", "Nhập dữ liệu", "Đơn vị, sắp xếp", "Quản trị"],
  stuphap: ["Trang chủ", "Bảng tổng hợp", "Đơn vị của tôi", "Hồ sơ TTHC", "Nhiệm vụ", "Biên chế", "Chỉ số", "Chỉ số 766", "Đánh giá CCHC", "Báo cáo định kỳ"],
  thanhtra: ["Trang chủ", "Bảng tổng hợp", "Hồ sơ TTHC", "Nhiệm vụ", "Biên chế", "Chỉ số", "Chỉ số 766", "Đánh giá CCHC", "Báo cáo định kỳ"],
  quantri: ["Trang chủ", "Bảng tổng hợp", "Hồ sơ TTHC", "Nhiệm vụ", "Biên chế", "Chỉ số", "Chỉ số 766", "Đánh giá CCHC", "Báo cáo định kỳ", "Đơn vị, sắp xếp", "Quản trị", "Lịch chạy", "Cài đặt"],
};

for (const [login, menu] of Object.entries(MENUS)) {
  test(`${login} signs in and sees exactly its menu`, async ({ page }) => {
    await signInAndWait(page, login);
    const navigation = page.getByRole("navigation", { name: "Điều hướng chính" });
    await expect(navigation.getByRole("link")).toHaveText(menu);
  });
}

test("a wrong password shows one message that does not say whether the account exists", async ({ page }) => {
  await signIn(page, "lanhdao", "sai-mat-khau");
  await expect(signInError(page)).toHaveText(SIGN_IN_ERROR);
  await signIn(page, "khong-ton-tai", "sai-mat-khau");
  await expect(signInError(page)).toHaveText(SIGN_IN_ERROR);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the sixth wrong password leaves the account locked, even for the right password", async ({ page }) => {
  for (let attempt = 1; attempt <= 6; attempt += 1) {
    await signIn(page, "syte", `sai-${attempt}`);
    await expect(signInError(page)).toHaveText(SIGN_IN_ERROR);
  }
  await signIn(page, "syte");
  await expect(signInError(page)).toHaveText(SIGN_IN_ERROR);
  const account = await withDatabase(async (client) => {
    const { rows } = await client.query<{ failed_attempts: number; locked: boolean }>(
      "SELECT failed_attempts, locked_until > now() AS locked FROM app_user WHERE username = 'syte'",
    );
    return rows[0];
  });
  expect(account).toEqual({ failed_attempts: 5, locked: true });
});

test("a deactivated account cannot sign in", async ({ page }) => {
  await withDatabase((client) => client.query("UPDATE app_user SET active = false WHERE username = 'ninhson'"));
  try {
    await signIn(page, "ninhson");
    await expect(signInError(page)).toHaveText(SIGN_IN_ERROR);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  } finally {
    await withDatabase((client) => client.query("UPDATE app_user SET active = true WHERE username = 'ninhson'"));
  }
});
