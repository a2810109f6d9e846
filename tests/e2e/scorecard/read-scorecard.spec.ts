// The demo leader reads the province-wide scorecard: its dossier and task figures equal those
// computed by SQL from the raw tables for the same period; changing the period (a year, a date
// range cutting months) changes them alike; the league table flags the agencies at or above 10 %
// late; a card leads to its detail page; at 390 px every card is readable without sideways scroll.
// Across the merger of 1/7/2025 (issue 15): by today's units, a department of the merged province is
// compared with its predecessors a year earlier; by the units of the time it has no year earlier.
import { expect, test, type Page } from "@playwright/test";
import { formatNumber, formatPercent } from "@/tests/support/vi";
import { t } from "@/tests/support/vi";
import { fixedIntl } from "@/lib/i18n/fixed";
import { dateField, typeDay } from "../support/date-field";
import { signedInAs, withDatabase } from "../support/session";
import {
  agenciesAtOrAboveTenPercentLate,
  dataAsOf,
  dossierFiguresBySql,
  lateRateBySql,
  taskFiguresBySql,
  tasksOverdueBySql,
} from "./sql-figures";

// The page streams each section as its reads finish; on the embedded database (one query at a
// time) under a loaded machine that takes longer than Playwright's default five seconds.
test.describe.configure({ timeout: 180_000 });
const SLOW = { timeout: 60_000 };

const rate = (numerator: number, denominator: number) => (denominator === 0 ? t("common.noData") : formatPercent(numerator / denominator));

/** What the page must show for the period [from, to], computed from the raw tables. */
async function expectedFigures(from: string, to: string) {
  return withDatabase(async (client) => {
    const asOf = await dataAsOf(client);
    const d = await dossierFiguresBySql(client, from, to);
    const now = await dossierFiguresBySql(client, asOf, asOf);
    const tasks = await taskFiguresBySql(client, from, to < asOf ? to : asOf);
    const tasksOverdue = await tasksOverdueBySql(client, asOf);
    const flagged = await agenciesAtOrAboveTenPercentLate(client, from, to);
    const toProcess = d.carriedOver + d.received;
    const resolved = d.early + d.onTime + d.late;
    const lateRate = rate(d.late + d.overdueAtEnd, toProcess);
    return {
      figures: {
        "dossiers-received": formatNumber(d.received),
        "dossiers-toProcess": formatNumber(toProcess),
        "dossiers-earlyShare": rate(d.early, resolved),
        "dossiers-onTimeRate": toProcess === 0 ? t("common.noData") : formatPercent(1 - (d.late + d.overdueAtEnd) / toProcess),
        "dossiers-lateRate": lateRate,
        "dossiers-overdueNow": formatNumber(now.overdueAtEnd),
        "dossiers-onlineShare": rate(d.online, d.received),
        "dossiers-syncedShare": rate(d.synced, d.received),
        "dossiers-digitizedShare": rate(d.digitized, d.received),
        "tasks-assigned": formatNumber(tasks.assigned),
        "tasks-done": formatNumber(tasks.doneOnTime + tasks.doneLate),
        // over the tasks done or past due (DESIGN §5.1): not those still within their deadline
        "tasks-onTimeRate": rate(tasks.doneOnTime, tasks.doneOnTime + tasks.doneLate + tasks.overdue),
        "tasks-doneLate": formatNumber(tasks.doneLate),
        "tasks-overdueNow": formatNumber(tasksOverdue),
      },
      flagged,
      received: d.received,
    };
  });
}

async function expectFigures(page: Page, from: string, to: string) {
  const expected = await expectedFigures(from, to);
  expect(expected.received, "the demo data has dossiers in the period").toBeGreaterThan(0);
  for (const [id, text] of Object.entries(expected.figures)) {
    await expect(page.getByTestId(`figure-${id}`), id).toHaveText(text, SLOW);
  }
  await expect(page.getByTestId("league-table")).toBeVisible(SLOW);
  // the scorecard shows each group's ends; the count of flagged units is the whole league's
  await expect(page.getByTestId("league-flagged-count")).toHaveText(fixedIntl("vi").t("scorecard.league.flaggedCount", { count: expected.flagged }));
  return expected;
}

/** Every page of the whole league (`?league=all`): the units listed and those flagged. */
async function wholeLeague(page: Page) {
  let [units, flagged] = [0, 0];
  for (let turned = 0; turned < 20; turned++) {
    await expect(page.getByTestId("league-table")).toHaveAttribute("data-length", "all", SLOW);
    units += await page.locator("[data-testid^='league-row-']").count();
    flagged += await page.getByTestId("late-rule-flag").count();
    const next = page.getByTestId("league-pager-next");
    if ((await next.count()) === 0) break;
    const position = await page.getByTestId("league-pager-position").textContent();
    await next.click();
    await expect(page.getByTestId("league-pager-position")).not.toHaveText(position ?? "", SLOW);
  }
  return { units, flagged };
}

test("the leader lands on the scorecard of the latest complete quarter and its figures equal SQL's", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  await expect(page).toHaveURL(/\/scorecard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("scorecard.heading"));
  await expect(page.getByTestId("scorecard-period")).toHaveText("Kỳ báo cáo: Quý III/2026");
  const expected = await expectFigures(page, "2026-07-01", "2026-09-30");
  // the whole league is a link away, paged on the server: every flagged unit is in it
  const shown = await page.locator("[data-testid^='league-row-']").count();
  await page.getByRole("link", { name: /Xem toàn bộ bảng xếp hạng/ }).click();
  await expect(page).toHaveURL(/league=all/, SLOW);
  const whole = await wholeLeague(page);
  expect(whole.units).toBeGreaterThan(shown);
  expect(whole.flagged).toBe(expected.flagged);
  await page.goto("/scorecard");
  // every card compares with the previous period and a year earlier, and says so
  const lateCard = page.getByTestId("card-dossiers-lateRate");
  await expect(lateCard).toContainText("so với kỳ trước");
  await expect(lateCard).toContainText("so với cùng kỳ năm trước");
});

test("changing the period to a year and to a date range changes every figure alike", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  // before the merger the league is compared with SQL by the units of the time, which the picker keeps
  await page.goto("/scorecard?units=time");
  await page.getByTestId("period-select").selectOption("2023");
  await page.getByTestId("period-submit").click();
  await expect(page).toHaveURL(/period=2023/, SLOW);
  await expect(page).toHaveURL(/units=time/);
  await expect(page.getByTestId("scorecard-period")).toHaveText("Kỳ báo cáo: Năm 2023");
  await expectFigures(page, "2023-01-01", "2023-12-31");

  // a range that cuts months is read from the daily rollup
  await typeDay(dateField(page, "Từ ngày"), "2024-01-15");
  await typeDay(dateField(page, "Đến ngày"), "2024-03-10");
  await page.getByRole("group", { name: t("scorecard.picker.range") }).getByRole("button", { name: t("scorecard.picker.show") }).click();
  await expect(page.getByTestId("scorecard-period")).toHaveText("Kỳ báo cáo: 15/01/2024 – 10/03/2024", SLOW);
  await expectFigures(page, "2024-01-15", "2024-03-10");
});

test("the league table sorts on the server and a card leads to its detail page", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  // one table per group of units (khối), each with the same sort links: the first group's
  await page.getByTestId("sort-tasks").first().click(SLOW);
  await expect(page).toHaveURL(/sort=tasks&dir=asc/, SLOW);
  await expect(page.getByRole("columnheader", { name: /Nhiệm vụ đúng hạn/ }).first()).toHaveAttribute("aria-sort", "ascending", SLOW);

  const code = await withDatabase(async (client) => (await client.query<{ code: string; name: string }>("SELECT code, name FROM index_definition ORDER BY id LIMIT 1")).rows[0]!);
  const card = page.getByTestId(`card-index-${code.code}`);
  await card.getByRole("link", { name: /Xem chi tiết/ }).click(SLOW);
  await expect(page).toHaveURL(new RegExp(`/indices/${code.code}$`), SLOW);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(code.name, SLOW);

  await page.goto("/scorecard?period=2024-Q2");
  await page.getByTestId("card-tasks-assigned").getByRole("link", { name: /Xem chi tiết/ }).click(SLOW);
  await expect(page).toHaveURL(/\/tasks\?period=2024-Q2$/, SLOW);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible(SLOW);
});

test("an invalid period is refused with the reason, and the way back to the default", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  const response = await page.goto("/scorecard?period=2024-Q9");
  expect(response?.status()).toBe(400);
  await expect(page.getByText("không đọc được kỳ")).toBeVisible(SLOW);
  await page.getByRole("link", { name: "Mở trang với các giá trị mặc định" }).click();
  await expect(page.getByTestId("scorecard-period")).toHaveText("Kỳ báo cáo: Quý III/2026", SLOW);
});

test("across the merger, today's Sở Tư pháp is compared with both old Sở Tư pháp a year earlier", async ({ page }) => {
  const { unit, before } = await withDatabase(async (client) => {
    const ids = async (codes: string[]) => (await client.query<{ id: number }>("SELECT id FROM agency WHERE code = ANY($1) ORDER BY id", [codes])).rows.map((r) => r.id);
    const [unit] = await ids(["T-STP"]);
    return { unit: unit!, before: await lateRateBySql(client, await ids(["STP", "KH-STP"]), "2024-07-01", "2024-09-30") };
  });
  expect(before.toProcess, "the old departments had dossiers a year earlier").toBeGreaterThan(0);
  await signedInAs(page, "lanhdao");
  // a department: the first group, on the first page of the whole league
  await page.goto("/scorecard?period=2025-Q3&league=all&size=100");
  const row = page.getByTestId(`league-row-${unit}`);
  await expect(page.getByTestId("units-view")).toHaveAttribute("data-view", "today", SLOW);
  await expect(row.getByTestId("league-year-ago")).toContainText(formatPercent(before.late / before.toProcess), SLOW);
  await expect(row.getByTestId("league-year-change")).toBeVisible();
  // by the units of the time, the department formed on 1/7/2025 has no year earlier
  await page.getByTestId("units-view-time").click();
  await expect(page).toHaveURL(/units=time/, SLOW);
  await expect(page.getByTestId(`league-row-${unit}`).getByTestId("league-year-ago")).toHaveText(t("org.league.noYearAgo"), SLOW);
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("every card is readable and the page does not scroll sideways", async ({ page }) => {
    await signedInAs(page, "lanhdao");
    for (const id of ["figure-dossiers-received", "figure-tasks-assigned", "card-staffing-streamlined", "league-table", "chart-indices"]) {
      await expect(page.getByTestId(id)).toBeVisible(SLOW);
    }
    await expect(page.locator("[data-testid^='card-index-']").first()).toBeVisible(SLOW);
    const cards = page.locator("[data-testid^='card-']");
    expect(await cards.count()).toBeGreaterThanOrEqual(17);
    // readable: inside the screen, nothing of it spilling out of its card, text of a legible size
    const problems = await cards.evaluateAll((elements) =>
      elements.flatMap((card) => {
        const id = card.getAttribute("data-testid");
        const box = card.getBoundingClientRect();
        const issues: string[] = [];
        if (box.left < 0 || box.right > window.innerWidth) issues.push(`${id} outside the screen`);
        for (const child of card.querySelectorAll("*")) {
          const rect = child.getBoundingClientRect();
          if (rect.width <= 1 || rect.height <= 1) continue; // visually hidden text for screen readers
          if (rect.left < box.left - 1 || rect.right > box.right + 1) issues.push(`${id}: ${child.tagName} spills out`);
          if (child.childElementCount === 0 && child.textContent?.trim() && parseFloat(getComputedStyle(child).fontSize) < 12) {
            issues.push(`${id}: ${child.tagName} text too small`);
          }
        }
        return issues;
      }),
    );
    expect(problems).toEqual([]);
    const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(width.scroll).toBeLessThanOrEqual(width.client);
  });
});
