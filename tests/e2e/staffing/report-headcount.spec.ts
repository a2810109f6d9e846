// An agency reports its own headcount and Home Affairs sees the province totals change; a forged
// post for another agency is refused and changes nothing. Today's units report the data's year (2026).
import { expect, test } from "@playwright/test";
import { signedInAs, withDatabase } from "../support/session";

type Row = { category: string; quota: number; actual_headcount: number | null; streamlined: number };

async function rowsOf(code: string, year = 2026): Promise<Row[]> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<Row>(
      `SELECT q.category::text AS category, q.quota, q.actual_headcount, q.streamlined
         FROM staffing_quota q JOIN agency a ON a.id = q.agency_id
        WHERE a.code = $1 AND q.year = $2 ORDER BY q.category`,
      [code, year],
    );
    return rows;
  });
}

async function provinceHeadcount(category: string, year = 2026): Promise<number> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ total: number }>(
      "SELECT coalesce(sum(actual_headcount), 0)::int AS total FROM staffing_quota WHERE year = $1 AND category = $2",
      [year, category],
    );
    return rows[0]!.total;
  });
}

const vi = new Intl.NumberFormat("vi-VN");

// Journeys of several pages on a shared, busy machine take longer than the default 30 s.
test.describe.configure({ timeout: 120_000 });

/** Puts an agency's rows back as they were, so that the other journeys read the reference data. */
async function restore(code: string, rows: Row[], year = 2026): Promise<void> {
  await withDatabase(async (client) => {
    for (const row of rows) {
      await client.query(
        `UPDATE staffing_quota q SET actual_headcount = $1, streamlined = $2 FROM agency a
          WHERE a.id = q.agency_id AND a.code = $3 AND q.year = $4 AND q.category = $5::"StaffCategory"`,
        [row.actual_headcount, row.streamlined, code, year, row.category],
      );
    }
  });
}

let reported: Row[] | null = null;
test.afterEach(async () => {
  if (reported) await restore("T-STP", reported);
  reported = null;
});

test("an agency reports its headcount and Home Affairs sees the province total change", async ({ page }) => {
  const before = await rowsOf("T-STP");
  const civil = before.find((r) => r.category === "CIVIL_SERVANT")!;
  const employees = before.find((r) => r.category === "PUBLIC_EMPLOYEE")!;
  const provinceBefore = await provinceHeadcount("CIVIL_SERVANT");
  const newCivil = (civil.actual_headcount ?? 0) - 3;
  reported = before;

  await signedInAs(page, "stuphap");
  await page.goto("/staffing");
  await page.getByRole("link", { name: "Báo cáo số người làm việc" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Báo cáo số người làm việc: Sở Tư pháp");
  const civilSet = page.getByRole("group", { name: /Công chức/ });
  await civilSet.getByLabel("Số người có mặt").fill(String(newCivil));
  await civilSet.getByLabel("Số trường hợp tinh giản trong năm").fill("2");

  // a total that is not the sum is refused, and nothing is written
  await page.getByLabel("Tổng số người có mặt").fill(String(newCivil));
  await page.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(page.getByText("Tổng không bằng tổng các loại biên chế.")).toBeVisible();
  expect(await rowsOf("T-STP")).toEqual(before);

  await page.getByLabel("Tổng số người có mặt").fill(String(newCivil + (employees.actual_headcount ?? 0)));
  await page.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã ghi" })).toHaveText("Đã ghi báo cáo năm 2026.");
  const after = await rowsOf("T-STP");
  expect(after.find((r) => r.category === "CIVIL_SERVANT")).toMatchObject({ actual_headcount: newCivil, streamlined: 2 });
  expect(after.find((r) => r.category === "PUBLIC_EMPLOYEE")).toEqual(employees);

  await signedInAs(page, "sonoivu");
  await page.goto("/staffing");
  await expect(page.getByTestId("province-headcount-2026-CIVIL_SERVANT")).toHaveText(vi.format(provinceBefore - 3));
  expect(await provinceHeadcount("CIVIL_SERVANT")).toBe(provinceBefore - 3);
});

test("a forged report for another agency is refused and changes nothing", async ({ page }) => {
  const other = await withDatabase(async (client) => (await client.query<{ id: number }>("SELECT id FROM agency WHERE code = 'T-SYT'")).rows[0]!.id);
  const ownBefore = await rowsOf("T-STP");
  const otherBefore = await rowsOf("T-SYT");

  await signedInAs(page, "stuphap");
  await page.goto("/staffing/report");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Gửi báo cáo" }) });
  await form.locator('input[name="agencyId"]').evaluate((input, id) => {
    (input as HTMLInputElement).value = String(id);
  }, other);
  const civilSet = page.getByRole("group", { name: /Công chức/ });
  await civilSet.getByLabel("Số người có mặt").fill("1");
  await page.getByRole("group", { name: /Viên chức/ }).getByLabel("Số người có mặt").fill("1");
  await page.getByLabel("Tổng số người có mặt").fill("2");
  await form.getByRole("button", { name: "Gửi báo cáo" }).click();

  await expect(form.getByRole("alert")).toHaveText("Bạn không có quyền thực hiện thao tác này.");
  expect(await rowsOf("T-SYT")).toEqual(otherBefore);
  expect(await rowsOf("T-STP")).toEqual(ownBefore);
});
