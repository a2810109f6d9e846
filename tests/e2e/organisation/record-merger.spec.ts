// Home Affairs records a reorganisation in the UI (issue 15): two communes of today's province merge
// into a new one from 01/11/2026. The preview lists what ends and what is created; applying it ends
// both (nothing deleted) and audits the act. Then the successor reads with both histories: the
// leaders' league of 2026-Q3 by today's units, the drill-down and the agency page; and an account of
// the successor reads its predecessors' pages but no other unit's. Afterwards the two communes are
// put back as seeded, for the journeys that follow.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { formatNumber } from "@/tests/support/vi";
import { turnPagesUntil } from "../support/pager";
import { typeDay } from "../support/date-field";
import { signInAndWait, withDatabase } from "../support/session";
import { lateRateBySql } from "../scorecard/sql-figures";

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ mode: "serial", timeout: 180_000 });

const ACT = "88/NQ-HĐND (thử nghiệm e2e)";
const CODE = "X-CA-NA-PHUOC-HA";
const NAME = "Xã Cà Ná Phước Hà";
const USER = "canaphuocha";

const idOf = (code: string) =>
  withDatabase(async (client) => (await client.query<{ id: number }>("SELECT id FROM agency WHERE code = $1", [code])).rows[0]?.id ?? null);

async function switchUser(page: Page, login: string) {
  await page.context().clearCookies();
  await signInAndWait(page, login);
}

test.afterAll(async () => {
  await withDatabase(async (client) => {
    await client.query("BEGIN");
    const act = (await client.query<{ id: number }>("SELECT id FROM reorganisation WHERE act_number = $1", [ACT])).rows[0];
    const unit = (await client.query<{ id: number }>("SELECT id FROM agency WHERE code = $1", [CODE])).rows[0];
    // the account's sign-ins are audited (append-only): it stays, deactivated, with the old commune
    await client.query("UPDATE app_user SET active = false, agency_id = (SELECT id FROM agency WHERE code = 'X-CA-NA') WHERE username = $1", [USER]);
    if (unit) await client.query("DELETE FROM ranking_group_member WHERE agency_id = $1", [unit.id]);
    if (act) {
      await client.query("DELETE FROM reorganisation_line WHERE reorganisation_id = $1", [act.id]);
      await client.query("DELETE FROM reorganisation WHERE id = $1", [act.id]);
    }
    // the two communes again in force, carried by nobody; their successor's sign-ins are in the
    // append-only audit log, so it stays, ended the day it began (in force on no day of the data)
    await client.query("UPDATE agency SET valid_to = NULL, successor_id = NULL WHERE code IN ('X-CA-NA', 'X-PHUOC-HA')");
    if (unit) await client.query("UPDATE agency SET valid_to = valid_from WHERE id = $1", [unit.id]);
    await client.query("COMMIT");
  });
});

test("Home Affairs records two communes' merger, previews it and applies it", async ({ page }) => {
  await signInAndWait(page, "sonoivu");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Đơn vị, sắp xếp" }).click();
  await expect(page.getByTestId("unit-row-X-CA-NA")).toBeVisible();
  await page.getByTestId("new-reorganisation").click();

  await page.getByTestId("act-number").fill(ACT);
  await page.getByTestId("act-issuer").fill("HĐND tỉnh Khánh Hòa");
  await page.getByTestId("act-title").fill("Nhập Xã Cà Ná và Xã Phước Hà thành Xã Cà Ná Phước Hà");
  await typeDay(page.getByTestId("act-date"), "2026-10-20");
  await typeDay(page.getByTestId("act-effective"), "2026-11-01");
  await page.getByLabel("Số, ngày hoặc nội dung văn bản chưa đối chiếu được", { exact: false }).check();
  await page.getByTestId("add-unit").click();
  const unit = page.getByTestId("new-unit-0");
  await unit.getByLabel("Mã đơn vị").fill(CODE);
  await unit.getByLabel("Tên đơn vị").fill(NAME);
  await page.getByTestId("line-0-predecessor").selectOption({ label: "Xã Cà Ná" });
  await page.getByTestId("line-0-successor").selectOption({ label: `${NAME} (đơn vị mới)` });
  await page.getByTestId("add-line").click();
  await page.getByTestId("line-1-predecessor").selectOption({ label: "Xã Phước Hà" });
  await page.getByTestId("line-1-successor").selectOption({ label: `${NAME} (đơn vị mới)` });

  await expect(page.getByTestId("apply")).toBeDisabled();
  await page.getByTestId("preview").click();
  await expect(page.getByTestId("preview-ok")).toBeVisible();
  await expect(page.getByTestId("preview-closed")).toContainText("Xã Cà Ná");
  await expect(page.getByTestId("preview-closed")).toContainText("Xã Phước Hà");
  await expect(page.getByTestId("preview-created")).toContainText(`${NAME} (${CODE})`);
  await page.getByTestId("apply").click();

  await expect(page).toHaveURL(/\/admin\/reorganisations\/\d+\?applied=1$/);
  await expect(page.getByTestId("applied-summary")).toContainText("2 đơn vị kết thúc, 1 đơn vị mới");
  const stored = await withDatabase(async (client) => {
    const units = await client.query<{ code: string; valid_from: string; valid_to: string | null }>(
      "SELECT code, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to FROM agency WHERE code IN ('X-CA-NA', 'X-PHUOC-HA', $1) ORDER BY code",
      [CODE],
    );
    const audit = await client.query("SELECT 1 FROM audit_log a JOIN reorganisation r ON a.entity_id = r.id::text WHERE a.action = 'REORGANISATION_APPLIED' AND r.act_number = $1", [ACT]);
    return { units: units.rows, audited: audit.rowCount };
  });
  expect(stored.units).toEqual([
    { code: "X-CA-NA", valid_from: "2025-07-01", valid_to: "2026-10-31" },
    { code: CODE, valid_from: "2026-11-01", valid_to: null },
    { code: "X-PHUOC-HA", valid_from: "2025-07-01", valid_to: "2026-10-31" },
  ]);
  expect(stored.audited).toBe(1);
});

test("the new commune reads with both predecessors' figures: league, drill-down, agency page", async ({ page }) => {
  const [unit, caNa, phuocHa] = [await idOf(CODE), await idOf("X-CA-NA"), await idOf("X-PHUOC-HA")];
  const both = await withDatabase((client) => lateRateBySql(client, [caNa!, phuocHa!], "2026-07-01", "2026-09-30"));
  expect(both.toProcess, "the two communes had dossiers in 2026-Q3").toBeGreaterThan(0);

  await signInAndWait(page, "lanhdao");
  // the whole league, paged on the server: the commune's group is long
  await page.goto("/scorecard?period=2026-Q3&league=all&size=100");
  const row = page.getByTestId(`league-row-${unit}`);
  await expect(page.getByTestId("league-table")).toBeVisible();
  await turnPagesUntil(page, row, "league-pager");
  await expect(row).toContainText(NAME);
  await expect(row.getByTestId("league-late")).toContainText(`/ ${formatNumber(both.toProcess)}`);
  // by the units of the time, the two communes are still there for 2026-Q3, the new one is not
  await page.getByTestId("units-view-time").click();
  await expect(page).toHaveURL(/units=time/);
  await expect(page.getByTestId("league-table")).toBeVisible();
  await turnPagesUntil(page, page.getByTestId(`league-row-${caNa}`), "league-pager");
  await expect(page.getByTestId(`league-row-${caNa}`)).toContainText("Xã Cà Ná (đến 31/10/2026)");
  await expect(page.getByTestId(`league-row-${unit}`)).toHaveCount(0);

  await page.goto(`/dossiers/agencies/${unit}?period=2026`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NAME);
  await expect(page.getByTestId("unit-predecessors")).toContainText("Xã Cà Ná");
  await expect(page.getByTestId("unit-predecessors")).toContainText("Xã Phước Hà");

  await page.goto(`/agencies/${unit}`);
  await expect(page.getByTestId("agency-predecessors")).toContainText("Xã Cà Ná");
  await expect(page.getByTestId("agency-predecessors")).toContainText("Xã Phước Hà");
  await expect(page.getByTestId("agency-year-2026").getByTestId("today-received")).not.toHaveText("0");
});

test("an account of the new commune reads its predecessors, and nothing of another unit", async ({ page }) => {
  const [unit, caNa, justice] = [await idOf(CODE), await idOf("X-CA-NA"), await idOf("T-STP")];
  await withDatabase((client) =>
    client.query(
      `INSERT INTO app_user (username, full_name, password_hash, role, agency_id, updated_at)
       SELECT $1, 'Cán bộ xã Cà Ná Phước Hà', password_hash, 'AGENCY', $2, now() FROM app_user WHERE username = 'lanhdao'
       ON CONFLICT (username) DO UPDATE SET agency_id = EXCLUDED.agency_id, active = true`,
      [USER, unit],
    ),
  );
  await switchUser(page, USER);
  await expect(page).toHaveURL(new RegExp(`/agencies/${unit}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NAME);
  await page.goto(`/agencies/${caNa}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Xã Cà Ná");
  expect((await page.goto(`/dossiers/agencies/${caNa}?period=2026`))?.status()).toBe(200);
  expect((await page.goto(`/agencies/${justice}`))?.status()).toBe(404);
  expect((await page.goto(`/dossiers/agencies/${justice}?period=2026`))?.status()).toBe(404);
});
