// The staffing page shows DESIGN §5.4's figures: the 2021 baseline, the 2022–2026 quota
// 12,158 = 1,571 + 10,587 (83 and 1,176 below 2021), the 2024 cuts of 27 (1.63 %) and 466
// (3.96 %), 214 streamlining cases, and the autonomy counts of 2021 and 2024.
import { expect, test } from "@playwright/test";
import { signedInAs } from "../support/session";

// Journeys of several pages on a shared, busy machine take longer than the default 30 s.
test.describe.configure({ timeout: 120_000 });

const pct = (text: string) => text.replace(" %", "\u00A0%");

test("a leader reads the province's progress towards the 2022–2026 quota cuts", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Biên chế" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Biên chế và tinh giản biên chế");

  const cell = (row: string, column: string) => page.getByTestId(`staffing-${row}-${column}`);
  await expect(page.getByTestId("staffing-row-baseline").getByRole("rowheader")).toHaveText("Biên chế năm 2021 (năm gốc)");
  await expect(cell("baseline", "CIVIL_SERVANT")).toHaveText("1.654");
  await expect(cell("baseline", "PUBLIC_EMPLOYEE")).toHaveText("11.763");
  await expect(page.getByTestId("staffing-row-plan").getByRole("rowheader")).toHaveText("Biên chế giao giai đoạn 2022–2026");
  await expect(cell("plan", "CIVIL_SERVANT")).toHaveText("1.571");
  await expect(cell("plan", "PUBLIC_EMPLOYEE")).toHaveText("10.587");
  await expect(cell("plan", "total")).toHaveText("12.158");
  await expect(cell("planCut", "CIVIL_SERVANT")).toHaveText(pct("83 (5,02 %)"));
  await expect(cell("planCut", "PUBLIC_EMPLOYEE")).toHaveText(pct("1.176 (10,00 %)"));
  await expect(page.getByTestId("staffing-row-achieved").getByRole("rowheader")).toHaveText("Đã giảm đến năm 2024");
  await expect(cell("achieved", "CIVIL_SERVANT")).toHaveText(pct("27 (1,63 %)"));
  await expect(cell("achieved", "PUBLIC_EMPLOYEE")).toHaveText(pct("466 (3,96 %)"));
  await expect(cell("minimum", "CIVIL_SERVANT")).toHaveText(pct("giảm ≥ 5 %"));
  await expect(cell("minimum", "PUBLIC_EMPLOYEE")).toHaveText(pct("giảm ≥ 10 %"));
  await expect(cell("projection", "CIVIL_SERVANT")).toContainText("không đạt");
  await expect(page.getByTestId("staffing-streamlined-total")).toHaveText("Tinh giản biên chế 2022–2024: 214 trường hợp.");

  // the chart of the path needed versus taken has its table
  const path = page.getByTestId("staffing-path-CIVIL_SERVANT");
  await path.getByText("Xem bảng số liệu").click();
  await expect(path.getByRole("row", { name: /^2024/ })).toContainText("1.627");
});

test("the autonomy counts of 2021 and 2024, and the agencies over quota are flagged", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  await page.goto("/staffing");
  await expect(page.getByTestId("autonomy-total-2021")).toHaveText("380");
  await expect(page.getByTestId("autonomy-total-2024")).toHaveText("369");
  await expect(page.getByTestId("autonomy-2021").getByRole("cell")).toHaveText(["5", "27", "8", "11", "18", "311", "380", pct("8,42 %")]);
  await expect(page.getByTestId("autonomy-2024").getByRole("cell")).toHaveText(["10", "28", "1", "18", "22", "290", "369", pct("10,30 %")]);

  await page.getByLabel("Chỉ đơn vị vượt biên chế").check();
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page).toHaveURL(/over=1/);
  const rows = page.getByTestId("quota-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.getByRole("rowheader")).toHaveText(["Sở Xây dựng", "Sở Y tế", "Huyện Bác Ái"]);
  await expect(rows.first()).toContainText("Vượt");
});

test("only Home Affairs opens the decision and target pages; an anonymous visitor is sent to sign in", async ({ page }) => {
  const anonymous = await page.goto("/staffing");
  expect(anonymous?.url()).toMatch(/\/sign-in/);
  await signedInAs(page, "stuphap");
  for (const path of ["/staffing/decisions", "/staffing/targets"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
  await signedInAs(page, "lanhdao");
  expect((await page.goto("/staffing/report"))?.status()).toBe(404);
});
