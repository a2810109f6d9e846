// Issue 21: Home Affairs enters an indicator that dossiers cannot compute for a unit and a month,
// with its source, and the unit's index scores it (who entered it and the source beside it); a
// leader sees the value but no entry form; the board compares the computed score with the
// published one.
import { expect, test } from "@playwright/test";
import { t } from "@/tests/support/vi";
import { signedInAs, withDatabase } from "../support/session";

test.describe.configure({ timeout: 120_000 });
const SLOW = { timeout: 60_000 };
const SHOTS = process.env.E2E_SCREENSHOTS;
const SOURCE = "Công văn 45/SNV-CCHC: kết quả rà soát công bố TTHC tháng 10/2026";

test("Home Affairs enters a value and the unit's index changes; a leader reads it without a form", async ({ page }) => {
  const unitId = await withDatabase(async (client) => (await client.query<{ id: number }>("SELECT id FROM agency WHERE code = 'T-STP'")).rows[0]!.id);
  const url = `/service-index/${unitId}?period=2026-10`;
  const row = page.locator('[data-testid="service-index-indicators"] tr[data-code="1.1"]');

  await signedInAs(page, "sonoivu");
  await page.goto(url);
  await expect(page.getByTestId("service-index-unit-title")).toBeVisible(SLOW);
  const before = (await page.getByTestId("service-index-unit-score").textContent())!;
  await expect(row).toContainText(t("serviceIndex.notEntered"));

  const form = page.getByTestId("service-index-entry-form");
  await form.getByLabel(t("serviceIndexEntry.field.code")).selectOption("1.1");
  await form.getByLabel(t("serviceIndexEntry.field.period")).fill("2026-10");
  await form.getByLabel(t("serviceIndexEntry.field.numerator")).fill("1");
  await form.getByLabel(t("serviceIndexEntry.field.denominator")).fill("4");
  // out of range first: refused with the field's message, nothing saved
  await form.getByLabel(t("serviceIndexEntry.field.source")).fill(SOURCE);
  await form.getByLabel(t("serviceIndexEntry.field.numerator")).fill("5");
  await form.getByRole("button", { name: t("serviceIndexEntry.submit") }).click();
  await expect(form).toContainText(t("serviceIndexEntry.error.aboveDenominator"), SLOW);
  await form.getByLabel(t("serviceIndexEntry.field.numerator")).fill("1");
  await form.getByRole("button", { name: t("serviceIndexEntry.submit") }).click();
  await expect(form).toContainText(t("serviceIndexEntry.saved", { code: "1.1", period: "2026-10" }), SLOW);

  await page.goto(url);
  // 1/4 = 25 % of 4 points without a target: 1 point; who entered it and the source beside it
  await expect(row.locator("td[data-points]")).toHaveAttribute("data-points", "1", SLOW);
  await expect(page.getByTestId("entered-1.1")).toContainText("Nguyễn Thị Thu Hà");
  await expect(page.getByTestId("entered-1.1")).toContainText(SOURCE);
  await expect(page.getByTestId("service-index-unit-score")).not.toHaveText(before);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/service-index-entry-home-affairs.png`, fullPage: true });

  await signedInAs(page, "lanhdao");
  await page.goto(url);
  await expect(page.getByTestId("entered-1.1")).toContainText(SOURCE, SLOW);
  await expect(page.getByTestId("service-index-entry-form")).toHaveCount(0);
});

test("the board sets the computed score beside the published one, with the rank's movement", async ({ page }) => {
  const week = await withDatabase(async (client) => (await client.query<{ k: string }>("SELECT period_key AS k FROM service_index_published ORDER BY period_key DESC LIMIT 1")).rows[0]!.k);
  await signedInAs(page, "lanhdao");
  await page.goto(`/service-index?period=${week}`);
  const box = page.getByTestId("service-index-published");
  await expect(box.getByTestId("published-rank")).toHaveText(/^\d+\/34$/, SLOW);
  await expect(box.getByTestId("published-movement")).toContainText(t("serviceIndexPublished.movement"));
  await expect(box).toContainText(t("serviceIndexPublished.demo"));
  await expect(page.getByTestId("service-index-published-form")).toHaveCount(0);
});
