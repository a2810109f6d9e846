// The staffing page shows today's province's progress towards the 2022–2026 targets: old Ninh
// Thuận's DESIGN §5.4 figures (2021 baseline 1,654 + 11,763; plan 1,571 + 10,587) added to old Khánh
// Hòa's (illustrative) and measured through the merged province's 2026 quotas; the autonomy counts
// of 2021 and 2024 (old Ninh Thuận); and, by the units of the time, the agencies over quota in 2024.
import { expect, test } from "@playwright/test";
import { KH_PLAN_2026, KH_PROVINCE_QUOTA, NT_PLAN_2026, STAFFING_ROWS } from "@/lib/demo/staffing-data";
import { formatNumber, formatPercent } from "@/tests/support/vi";
import { signedInAs } from "../support/session";

// Journeys of several pages on a shared, busy machine take longer than the default 30 s.
test.describe.configure({ timeout: 120_000 });

const pct = (text: string) => text.replace(" %", "\u00A0%");
const total = (year: number, category: string, field: "quota" | "streamlined" = "quota") =>
  STAFFING_ROWS.filter((r) => r.year === year && r.category === category).reduce((sum, r) => sum + r[field], 0);
const cut = (by: number, of: number) => `${formatNumber(by)} (${formatPercent(by / of)})`;

test("a leader reads today's province's progress towards the 2022–2026 quota cuts", async ({ page }) => {
  const baseline = { CIVIL_SERVANT: 1654 + KH_PROVINCE_QUOTA.CIVIL_SERVANT[2021]!, PUBLIC_EMPLOYEE: 11763 + KH_PROVINCE_QUOTA.PUBLIC_EMPLOYEE[2021]! };
  const plan = { CIVIL_SERVANT: NT_PLAN_2026.CIVIL_SERVANT + KH_PLAN_2026.CIVIL_SERVANT, PUBLIC_EMPLOYEE: NT_PLAN_2026.PUBLIC_EMPLOYEE + KH_PLAN_2026.PUBLIC_EMPLOYEE };
  await signedInAs(page, "lanhdao");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Biên chế" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Biên chế và tinh giản biên chế");

  const cell = (row: string, column: string) => page.getByTestId(`staffing-${row}-${column}`);
  await expect(page.getByTestId("staffing-row-baseline").getByRole("rowheader")).toHaveText("Biên chế năm 2021 (năm gốc)");
  await expect(page.getByTestId("staffing-row-plan").getByRole("rowheader")).toHaveText("Biên chế giao giai đoạn 2022–2026");
  await expect(page.getByTestId("staffing-row-achieved").getByRole("rowheader")).toHaveText("Đã giảm đến năm 2026");
  for (const category of ["CIVIL_SERVANT", "PUBLIC_EMPLOYEE"] as const) {
    await expect(cell("baseline", category)).toHaveText(formatNumber(baseline[category]));
    await expect(cell("plan", category)).toHaveText(formatNumber(plan[category]));
    await expect(cell("planCut", category)).toHaveText(cut(baseline[category] - plan[category], baseline[category]));
    await expect(cell("achieved", category)).toHaveText(cut(baseline[category] - total(2026, category), baseline[category]));
  }
  await expect(cell("plan", "total")).toHaveText(formatNumber(plan.CIVIL_SERVANT + plan.PUBLIC_EMPLOYEE));
  await expect(cell("minimum", "CIVIL_SERVANT")).toHaveText(pct("giảm ≥ 5 %"));
  await expect(cell("minimum", "PUBLIC_EMPLOYEE")).toHaveText(pct("giảm ≥ 10 %"));
  const streamlined = [2022, 2023, 2024, 2025, 2026].reduce((sum, year) => sum + total(year, "CIVIL_SERVANT", "streamlined") + total(year, "PUBLIC_EMPLOYEE", "streamlined"), 0);
  await expect(page.getByTestId("staffing-streamlined-total")).toHaveText(`Tinh giản biên chế 2022–2026: ${formatNumber(streamlined)} trường hợp.`);

  // the chart of the path needed versus taken has its table: old Ninh Thuận's 1,627 inside 2024's total
  const path = page.getByTestId("staffing-path-CIVIL_SERVANT");
  await path.getByText("Xem bảng số liệu").click();
  await expect(path.getByRole("row", { name: /^2024/ })).toContainText(formatNumber(total(2024, "CIVIL_SERVANT")));
});

test("the autonomy counts of 2021 and 2024, and the agencies over quota in 2024 by the units of the time", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  await page.goto("/staffing");
  await expect(page.getByTestId("autonomy-total-2021")).toHaveText("380");
  await expect(page.getByTestId("autonomy-total-2024")).toHaveText("369");
  await expect(page.getByTestId("autonomy-2021").getByRole("cell")).toHaveText(["5", "27", "8", "11", "18", "311", "380", pct("8,42 %")]);
  await expect(page.getByTestId("autonomy-2024").getByRole("cell")).toHaveText(["10", "28", "1", "18", "22", "290", "369", pct("10,30 %")]);

  await page.goto("/staffing?year=2024&units=time");
  await page.getByLabel("Chỉ đơn vị vượt biên chế").check();
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page).toHaveURL(/over=1/);
  await expect(page).toHaveURL(/units=time/);
  const rows = page.getByTestId("quota-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.getByRole("rowheader")).toHaveText([
    "Sở Xây dựng tỉnh Ninh Thuận (đến 28/02/2025)", "Sở Y tế tỉnh Ninh Thuận (đến 30/06/2025)", "Huyện Bác Ái (đến 30/06/2025)",
  ]);
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
