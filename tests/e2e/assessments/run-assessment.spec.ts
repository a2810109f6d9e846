// The yearly agency assessment: the DESIGN §6 alerts on the board and on an agency's page, agency
// staff reading their own row only, and Home Affairs recording a year (bands, then scores). The board
// ranks within the khối of a year: by the units of the time, old Ninh Thuận's groups of 2024; by
// today's units, the merged province's, each unit with its predecessors' results of the year.
import { expect, test } from "@playwright/test";
import { signedInAs, withDatabase } from "../support/session";

/** the merged province's current year: bands seeded (the same as those entered here), no results yet */
const NEW_YEAR = 2026;

async function agencyId(code: string): Promise<number> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: number }>("SELECT id FROM agency WHERE code = $1", [code]);
    if (!rows[0]) throw new Error(`no agency ${code}`);
    return rows[0].id;
  });
}

test.describe.configure({ timeout: 90_000 });

test.afterAll(async () => {
  await withDatabase(async (client) => {
    await client.query("DELETE FROM agency_assessment WHERE year = $1", [NEW_YEAR]);
  });
});

test("the board shows replacement review for three years of Trung bình, with the evidence", async ({ page }) => {
  const bdt = await agencyId("BDT");
  await signedInAs(page, "lanhdao");
  await page.goto("/assessments?year=2024&group=NT-SBN&units=time");
  const row = page.getByTestId(`board-row-${bdt}`);
  await expect(row).toContainText("Trung bình");
  const alert = row.getByTestId("alert-REPLACEMENT_AVERAGE-2024");
  await expect(alert).toContainText("Xem xét thay thế người đứng đầu");
  await expect(alert).toContainText("Năm 2022: Trung bình, 76,2 điểm thẩm định");
  await expect(alert).toContainText("Năm 2024: Trung bình, 77,5 điểm thẩm định");

  // by today's units: today's Sở Dân tộc và Tôn giáo carries old Ninh Thuận's Ban Dân tộc, and its alert
  const today = await agencyId("T-SDTTG");
  await page.goto("/assessments?year=2024&group=SBN");
  const successor = page.getByTestId(`board-row-${today}`);
  await expect(page.getByTestId(`board-predecessors-${today}`)).toContainText("Ban Dân tộc tỉnh Ninh Thuận");
  await expect(successor.getByTestId("alert-REPLACEMENT_AVERAGE-2024")).toContainText("Xem xét thay thế người đứng đầu");
});

test("a district's page shows two years of Yếu with the rule", async ({ page }) => {
  const bacAi = await agencyId("H-BA");
  await signedInAs(page, "sonoivu");
  await page.goto(`/agencies/${bacAi}`);
  const alert = page.getByTestId("agency-alerts").getByTestId("alert-REPLACEMENT_WEAK-2024");
  await expect(alert).toContainText("hai năm liên tiếp xếp loại Yếu");
  await expect(alert).toContainText("Năm 2023: Yếu, 63,4 điểm thẩm định");
  await expect(page.getByTestId("assessment-2024")).toContainText("61,75");
});

test("agency staff read only their own agency's row of the board", async ({ page }) => {
  const [stp, today] = [await agencyId("STP"), await agencyId("T-STP")];
  await signedInAs(page, "stuphap");
  await page.goto("/assessments?year=2024&group=SBN");
  await expect(page.getByTestId("assessment-board").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId(`board-predecessors-${today}`)).toContainText("Sở Tư pháp tỉnh Ninh Thuận");
  // by the units of the time: old Ninh Thuận's Sở Tư pháp, which today's carries on, alone of its group
  await page.goto("/assessments?year=2024&group=NT-SBN&units=time");
  await expect(page.getByTestId("assessment-board").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId(`board-row-${stp}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Nhập kết quả đánh giá" })).toHaveCount(0);
  const response = await page.goto("/assessments/entry");
  expect(response?.status()).toBe(404);
});

test("Home Affairs sets a year's bands and records an agency's scores; rank and rating follow", async ({ page }) => {
  const stp = await agencyId("T-STP");
  await signedInAs(page, "sonoivu");
  await page.goto(`/assessments/entry?year=${NEW_YEAR}&group=DEPARTMENT&agency=${stp}`);

  const bands = page.getByTestId("bands-form");
  await bands.getByLabel("Tốt: từ (điểm)").fill("90");
  await bands.getByLabel("Khá: từ (điểm)").fill("92");
  await bands.getByLabel("Trung bình: từ (điểm)").fill("65");
  await bands.getByRole("button", { name: "Lưu ngưỡng" }).click();
  await expect(bands.getByText("Ngưỡng phải giảm dần: Tốt > Khá > Trung bình > 0.")).toBeVisible();
  await bands.getByLabel("Khá: từ (điểm)").fill("80");
  await bands.getByRole("button", { name: "Lưu ngưỡng" }).click();
  await expect(bands.getByRole("status")).toContainText(`năm ${NEW_YEAR}`);

  const form = page.getByTestId("assessment-form");
  await form.getByLabel("Tổng điểm tự chấm").fill("88");
  await form.getByLabel("Tổng điểm thẩm định").fill("120");
  await form.getByRole("button", { name: "Lưu kết quả" }).click();
  await expect(form.getByText("Tổng điểm phải từ 0 đến 100.")).toBeVisible();
  await form.getByLabel("Tổng điểm thẩm định").fill("84,5");
  await form.getByRole("button", { name: "Lưu kết quả" }).click();
  await expect(form.getByRole("status")).toContainText(`năm ${NEW_YEAR}`);

  const saved = await withDatabase(async (client) => {
    const { rows } = await client.query<{ appraised_score: string; rank: number; rating: string }>(
      "SELECT appraised_score::text, rank, rating FROM agency_assessment WHERE agency_id = $1 AND year = $2",
      [stp, NEW_YEAR],
    );
    return rows[0];
  });
  expect(saved).toEqual({ appraised_score: "84.50", rank: 1, rating: "GOOD" });
});
