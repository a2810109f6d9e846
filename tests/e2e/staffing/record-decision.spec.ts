// Home Affairs records a quota decision: a line whose total is not the sum is refused; the saved
// decision sets the agency's quota; once a later decision exists the earlier one is read-only. The
// decisions are for 2027, to today's units (the demo holds quotas up to 2026). In a browser set to
// English the decision's date still reads and is typed dd/mm/yyyy (issue 23).
import { expect, test } from "@playwright/test";
import { dateField, typeDay } from "../support/date-field";
import { signedInAs, withDatabase } from "../support/session";

// Journeys of several pages on a shared, busy machine take longer than the default 30 s.
test.describe.configure({ timeout: 120_000 });

async function quota(code: string, year: number) {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ category: string; quota: number; decision_number: string | null }>(
      `SELECT q.category::text AS category, q.quota, q.decision_number FROM staffing_quota q JOIN agency a ON a.id = q.agency_id
        WHERE a.code = $1 AND q.year = $2 ORDER BY q.category`,
      [code, year],
    );
    return rows;
  });
}

test("Home Affairs records quota decisions, and an earlier one is locked by a later one", async ({ page }) => {
  await signedInAs(page, "sonoivu");
  await page.goto("/staffing");
  await page.getByRole("link", { name: "Quyết định giao biên chế" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quyết định giao biên chế");

  await page.getByLabel("Số quyết định").fill("E2E-01/QĐ-UBND");
  await typeDay(dateField(page, "Ngày quyết định"), "2026-11-10");
  await page.getByLabel("Năm áp dụng").fill("2027");
  await page.getByLabel("Dòng 1: Cơ quan, đơn vị").selectOption({ label: "Sở Tư pháp" });
  await page.getByLabel("Dòng 1: Công chức (hành chính)").fill("36");
  await page.getByLabel("Dòng 1: Viên chức (sự nghiệp)").fill("28");
  await page.getByLabel("Dòng 1: Tổng").fill("65");
  await page.getByRole("button", { name: "Ghi quyết định" }).click();
  await expect(page.getByText("Tổng không bằng tổng các loại biên chế.")).toBeVisible();
  expect(await quota("T-STP", 2027)).toEqual([]);

  await page.getByLabel("Dòng 1: Tổng").fill("64");
  await page.getByRole("button", { name: "Ghi quyết định" }).click();
  await expect(page).toHaveURL(/\/staffing\/decisions\/\d+\?saved=1$/);
  const firstUrl = page.url().replace(/\?saved=1$/, "");
  await expect(page.getByRole("status").filter({ hasText: "Đã ghi quyết định" })).toHaveText("Đã ghi quyết định E2E-01/QĐ-UBND.");
  expect(await quota("T-STP", 2027)).toEqual([
    { category: "CIVIL_SERVANT", quota: 36, decision_number: "E2E-01/QĐ-UBND" },
    { category: "PUBLIC_EMPLOYEE", quota: 28, decision_number: "E2E-01/QĐ-UBND" },
  ]);

  // a later decision for another agency locks the first one
  await page.goto("/staffing/decisions");
  await page.getByLabel("Số quyết định").fill("E2E-02/QĐ-UBND");
  await typeDay(dateField(page, "Ngày quyết định"), "2026-11-15");
  await page.getByLabel("Năm áp dụng").fill("2027");
  await page.getByLabel("Dòng 1: Cơ quan, đơn vị").selectOption({ label: "Sở Y tế" });
  await page.getByLabel("Dòng 1: Viên chức (sự nghiệp)").fill("2550");
  await page.getByRole("button", { name: "Ghi quyết định" }).click();
  await expect(page).toHaveURL(/\/staffing\/decisions\/\d+\?saved=1$/);

  await page.goto(firstUrl);
  await expect(page.getByTestId("decision-locked")).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu thay đổi" })).toHaveCount(0);
  await page.goto("/staffing/decisions");
  await expect(page.getByTestId("decision-table").getByRole("row", { name: /E2E-01/ })).toContainText("Đã có quyết định sau");
  await expect(page.getByTestId("decision-table").getByRole("row", { name: /E2E-02/ })).toContainText("Còn sửa được");
});

test.describe("in a browser set to English", () => {
  test.use({ locale: "en-US" });

  test("the decision's date reads dd/mm/yyyy, and 04/12/2026 typed into it is saved as 4 December 2026", async ({ page }) => {
    await signedInAs(page, "sonoivu");
    await page.goto("/staffing/decisions");
    const field = dateField(page, "Ngày quyết định");
    // the form offers today; whatever it holds, the day comes first, then the month
    const segments = field.getByRole("spinbutton");
    await expect(segments).toHaveCount(3);
    for (const [index, type] of ["day", "month", "year"].entries()) await expect(segments.nth(index)).toHaveAttribute("data-type", type);
    await page.getByLabel("Số quyết định").fill("E2E-03/QĐ-UBND");
    // (a quota decision cannot be dated before a recorded one: hence December 2026, not January 2024)
    await typeDay(field, "2026-12-04");
    await expect(field).toHaveText(/^04\W*12\W*2026$/);
    // what the form submits: react-aria's hidden input (its other, form="", is for autofill only)
    await expect(page.locator('input[type="text"][name="decidedOn"]')).toHaveValue("2026-12-04");
    await page.getByLabel("Năm áp dụng").fill("2027");
    await page.getByLabel("Dòng 1: Cơ quan, đơn vị").selectOption({ label: "Sở Xây dựng" });
    await page.getByLabel("Dòng 1: Công chức (hành chính)").fill("40");
    await page.getByRole("button", { name: "Ghi quyết định" }).click();
    await expect(page).toHaveURL(/\/staffing\/decisions\/\d+\?saved=1$/);
    const saved = await withDatabase(async (client) => {
      const { rows } = await client.query<{ day: string }>("SELECT to_char(decided_on, 'YYYY-MM-DD') AS day FROM quota_decision WHERE number = 'E2E-03/QĐ-UBND'");
      return rows.map((row) => row.day);
    });
    expect(saved).toEqual(["2026-12-04"]);
  });
  test("before the segmented field loads, its stand-in reads and is typed dd/mm/yyyy too, and saves the day typed", async ({ page }) => {
    // hold the segmented field back (its chunk is the one that forces leading zeros): the stand-in stays
    await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes("shouldForceLeadingZeros")) await route.abort();
      else await route.fulfill({ response, body });
    });
    await signedInAs(page, "sonoivu");
    await page.goto("/staffing/decisions");
    const standIn = page.getByLabel("Ngày quyết định");
    await expect(standIn).toHaveAttribute("type", "text");
    await expect(standIn).toHaveAttribute("placeholder", "dd/mm/yyyy");
    await expect(standIn).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
    await expect(dateField(page, "Ngày quyết định")).toHaveCount(0);
    await page.getByLabel("Số quyết định").fill("E2E-04/QĐ-UBND");
    await standIn.fill("04/12/2026");
    await expect(page.locator('input[type="hidden"][name="decidedOn"]')).toHaveValue("2026-12-04");
    await page.getByLabel("Năm áp dụng").fill("2028");
    await page.getByLabel("Dòng 1: Cơ quan, đơn vị").selectOption({ label: "Sở Tư pháp" });
    await page.getByLabel("Dòng 1: Công chức (hành chính)").fill("30");
    await page.getByRole("button", { name: "Ghi quyết định" }).click();
    await expect(page).toHaveURL(/\/staffing\/decisions\/\d+\?saved=1$/);
    const saved = await withDatabase(async (client) => {
      const { rows } = await client.query<{ day: string }>("SELECT to_char(decided_on, 'YYYY-MM-DD') AS day FROM quota_decision WHERE number = 'E2E-04/QĐ-UBND'");
      return rows.map((row) => row.day);
    });
    expect(saved).toEqual(["2026-12-04"]);
  });
});
