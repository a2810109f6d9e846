// Issue 16 items 5, 7 and 8 as the demo leader meets them (data's day 20/11/2026): the running
// quarter is read "đến ngày 20/11/2026" and compared with as many days of the quarters before; a
// range past the data's day is refused; every scorecard KPI opens what it promises with its filter
// shown; the league table's names lead to the agency; a dossier keeps its list's period and way
// back and links its handling official; and the page writes numbers and changes in vi-VN.
import { expect, test, type Page } from "@playwright/test";
import { formatNumber } from "@/tests/support/vi";
import { t } from "@/tests/support/vi";
import { signedInAs, withDatabase } from "../support/session";
import { dataAsOf, dossierFiguresBySql } from "./sql-figures";

test.describe.configure({ timeout: 180_000 });
const SLOW = { timeout: 60_000 };

test("the running quarter is read to the data's day and compared like for like", async ({ page }) => {
  const { asOf, received } = await withDatabase(async (client) => {
    const asOf = await dataAsOf(client);
    return { asOf, received: (await dossierFiguresBySql(client, "2026-10-01", asOf)).received };
  });
  expect(asOf).toBe("2026-11-20");
  await signedInAs(page, "lanhdao");
  await page.goto("/scorecard?period=2026-Q4");
  await expect(page.getByTestId("scorecard-period")).toHaveText("Kỳ báo cáo: Quý IV/2026 đến ngày 20/11/2026", SLOW);
  await expect(page.getByText("so với Quý III/2026 đến ngày 20/08/2026 (kỳ trước) và Quý IV/2025 đến ngày 20/11/2025 (cùng kỳ năm trước)", { exact: false })).toBeVisible();
  await expect(page.getByTestId("scorecard-partial")).toContainText("51 ngày");
  await expect(page.getByTestId("period-mode")).toHaveText("Đang xem theo: quý");
  await expect(page.getByTestId("figure-dossiers-received")).toHaveText(formatNumber(received), SLOW);

  await page.goto("/scorecard?period=2026");
  await expect(page.getByTestId("scorecard-period")).toHaveText("Kỳ báo cáo: Năm 2026 đến ngày 20/11/2026", SLOW);
  await expect(page.getByTestId("period-mode")).toHaveText("Đang xem theo: năm");
  await page.goto("/scorecard?from=2026-10-01&to=2026-11-20");
  await expect(page.getByTestId("period-mode")).toHaveText("Đang xem theo: khoảng ngày", SLOW);
  await expect(page.getByTestId("scorecard-partial")).toHaveCount(0);
});

test("a range that ends after the data's day, or starts before the data, is refused in Vietnamese", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  const late = await page.goto("/scorecard?from=2026-10-01&to=2026-11-30");
  expect(late?.status()).toBe(400);
  await expect(page.getByText("Khoảng ngày phải kết thúc chậm nhất vào ngày có số liệu 20/11/2026 (đã chọn đến 30/11/2026).")).toBeVisible(SLOW);
  const early = await page.goto("/scorecard?from=2020-12-01&to=2021-01-31");
  expect(early?.status()).toBe(400);
  await expect(page.getByText("01/01/2021", { exact: false }).first()).toBeVisible(SLOW);
});

async function openCard(page: Page, id: string) {
  await page.goto("/scorecard?period=2026-Q3");
  await page.getByTestId(`card-${id}`).getByRole("link", { name: /Xem chi tiết/ }).click(SLOW);
}

test("every scorecard KPI opens what it promises, with the filter shown", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  // the drill-down by agency of the quarter: its period chosen in the filters
  for (const id of ["dossiers-received", "dossiers-toProcess", "dossiers-earlyShare", "dossiers-onTimeRate", "dossiers-syncedShare", "dossiers-digitizedShare"]) {
    await openCard(page, id);
    await expect(page, id).toHaveURL(/\/dossiers\?period=2026-Q3$/, SLOW);
    await expect(page.locator("#period"), id).toHaveValue("2026-Q3", SLOW);
  }
  await openCard(page, "dossiers-onlineShare");
  await expect(page).toHaveURL(/\/dossiers\?period=2026-Q3&channel=ONLINE$/, SLOW);
  await expect(page.locator("#channel")).toHaveValue("ONLINE", SLOW);

  await openCard(page, "dossiers-lateRate");
  await expect(page).toHaveURL(/\/dossiers\/list\?period=2026-Q3&status=late$/, SLOW);
  await expect(page.getByRole("link", { name: t("dossiers.list.lateLink") })).toHaveAttribute("aria-current", "page", SLOW);

  // overdue now: province-wide, whenever received, every row overdue
  await openCard(page, "dossiers-overdueNow");
  await expect(page).toHaveURL(/\/dossiers\/list\?status=overdue$/, SLOW);
  await expect(page.getByRole("link", { name: t("dossiers.list.overdueLink") })).toHaveAttribute("aria-current", "page", SLOW);
  await expect(page.getByText("đã quá hạn vào cuối ngày 20/11/2026", { exact: false })).toBeVisible();
  const rows = page.getByTestId("dossier-list").locator("tbody tr");
  await expect(rows.first()).toBeVisible(SLOW);
  const outcomes = await rows.evaluateAll((trs) => trs.map((tr) => tr.lastElementChild?.textContent?.trim() ?? ""));
  expect(outcomes.length).toBeGreaterThan(0);
  expect(new Set(outcomes)).toEqual(new Set([t("dossiers.outcome.OVERDUE")]));

  await openCard(page, "tasks-done");
  await expect(page).toHaveURL(/\/tasks\?period=2026-Q3&status=DONE$/, SLOW);
  await expect(page.locator("#task-status")).toHaveValue("DONE", SLOW);
  for (const id of ["tasks-assigned", "tasks-onTimeRate"]) {
    await openCard(page, id);
    await expect(page, id).toHaveURL(/\/tasks\?period=2026-Q3$/, SLOW);
    await expect(page.getByTestId("tasks-summary-heading"), id).toContainText("Quý III/2026", SLOW);
  }
  await openCard(page, "tasks-doneLate");
  await expect(page).toHaveURL(/\/tasks\?period=2026-Q3&status=DONE_LATE$/, SLOW);
  await expect(page.locator("#task-status")).toHaveValue("DONE_LATE", SLOW);
  await openCard(page, "tasks-overdueNow");
  await expect(page).toHaveURL(/\/tasks\?from=2021-01-01&to=2026-11-20&status=OVERDUE$/, SLOW);
  await expect(page.locator("#task-status")).toHaveValue("OVERDUE", SLOW);
  await expect(page.getByTestId("tasks-summary-heading")).toContainText("01/01/2021 – 20/11/2026", SLOW);
});

test("an agency's name in the league table opens the agency; a dossier keeps its list and links its official", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  await page.goto("/scorecard?period=2026-Q3");
  const link = page.getByTestId("league-agency-link").first();
  await expect(link).toBeVisible(SLOW);
  const name = (await link.textContent())!.trim();
  await link.click();
  await expect(page).toHaveURL(/\/agencies\/\d+$/, SLOW);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name.replace(/\s*\(.*\)$/, ""), SLOW);

  await page.goto("/dossiers/list?period=2026-Q3&status=late");
  await page.getByTestId("dossier-list").locator("tbody tr a").first().click(SLOW);
  await expect(page).toHaveURL(/\/dossiers\/\d+\?period=2026-Q3&status=late$/, SLOW);
  await expect(page.getByRole("navigation", { name: t("dossiers.breadcrumb") }).getByRole("link").first()).toHaveAttribute("href", /\/dossiers\?period=2026-Q3$/);
  const official = page.getByTestId("dossier-official");
  if (await official.count()) {
    await expect(official).toHaveAttribute("href", /\/dossiers\/list\?period=2026-Q3&agency=\d+&official=\d+$/);
  }
  await page.getByTestId("dossier-back").click();
  await expect(page).toHaveURL(/\/dossiers\/list\?period=2026-Q3&status=late$/, SLOW);
});

test("the scorecard writes numbers and changes in vi-VN: no US thousands, no hyphen-minus before a change", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  for (const url of ["/scorecard", "/scorecard?period=2026-Q4", "/service-index"]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible(SLOW);
    // every section has streamed: no loading line left
    await expect(page.getByRole("status").filter({ hasText: t("common.loading") })).toHaveCount(0, SLOW);
    const text = await page.locator("main").innerText();
    expect(text.match(/\d,\d{3}(?!\d)/g) ?? [], `${url}: US thousands`).toEqual([]);
    expect(text.match(/\d\.\d{1,2}\s?%/g) ?? [], `${url}: a decimal point in a rate`).toEqual([]);
    expect(text.match(/(?:^|[\s(▲▼▶])-\d/gm) ?? [], `${url}: hyphen-minus before a number`).toEqual([]);
  }
});
