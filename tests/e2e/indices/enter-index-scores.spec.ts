// Home Affairs enters a year of PCI with its sub-indices and names a sub-index's lead agency;
// that agency's user then finds the sub-index on its own page. An agency user's forged post of
// the same form is refused and changes nothing. The year is 2025, the merged province's first,
// ranked out of 34; the lead agency is today's Sở Tư pháp.
import { expect, test, type Page } from "@playwright/test";
import { signedInAs, restoreSession, withDatabase } from "../support/session";

const YEAR = "2025";
const SUBINDICES: Record<string, string> = {
  GIA_NHAP_THI_TRUONG: "7,8",
  TIEP_CAN_DAT_DAI: "7,1",
  MINH_BACH: "6,2",
  CHI_PHI_THOI_GIAN: "7,4",
  CHI_PHI_KHONG_CHINH_THUC: "7,9",
  CANH_TRANH_BINH_DANG: "5,6",
  NANG_DONG: "7,0",
  HO_TRO_DOANH_NGHIEP: "5,8",
  DAO_TAO_LAO_DONG: "5,5",
  THIET_CHE_PHAP_LY: "7,7",
};

async function pciRows() {
  return withDatabase(async (client) => {
    const score = await client.query<{ score: string; rank: number; rank_of: number }>(
      `SELECT s.score::text, s.rank, s.rank_of FROM index_score s JOIN index_definition d ON d.id = s.index_id
        WHERE d.code = 'PCI' AND s.year = $1`,
      [Number(YEAR)],
    );
    const components = await client.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM index_component_score cs JOIN index_component c ON c.id = cs.component_id
         JOIN index_definition d ON d.id = c.index_id WHERE d.code = 'PCI' AND cs.year = $1`,
      [Number(YEAR)],
    );
    return { score: score.rows[0] ?? null, components: Number(components.rows[0]?.n ?? 0) };
  });
}

async function fillYear(page: Page, overrides: { rank?: string; component?: [string, string] } = {}) {
  const form = page.getByTestId("index-year-form");
  await form.getByLabel("Năm", { exact: true }).fill(YEAR);
  await form.getByLabel("Điểm tổng").fill("66,12");
  await form.getByLabel("Thứ hạng", { exact: true }).fill(overrides.rank ?? "25");
  await form.getByLabel("Số tỉnh được xếp hạng").fill("34");
  await form.getByLabel("Nguồn số liệu").fill("https://pcivietnam.vn/en/provinces/khanh-hoa (thử nghiệm e2e)");
  for (const [code, value] of Object.entries(SUBINDICES)) {
    const [badCode, badValue] = overrides.component ?? [];
    await form.locator(`input[name="component.${code}"]`).fill(code === badCode ? (badValue as string) : value);
  }
  return form;
}

// Long journeys (two sign-ins, two posts of a 16-field form): more than the default 30 s on a
// loaded machine.
test.describe.configure({ timeout: 120_000 });

test.afterAll(async () => {
  // Leave the demo data as seeded for the specs that run after this one.
  await withDatabase(async (client) => {
    await client.query(
      `DELETE FROM index_component_score WHERE year = $1 AND component_id IN
         (SELECT c.id FROM index_component c JOIN index_definition d ON d.id = c.index_id WHERE d.code = 'PCI')`,
      [Number(YEAR)],
    );
    await client.query(
      `DELETE FROM index_score WHERE year = $1 AND index_id = (SELECT id FROM index_definition WHERE code = 'PCI')`,
      [Number(YEAR)],
    );
    await client.query(
      `DELETE FROM index_component_owner WHERE agency_id = (SELECT id FROM agency WHERE code = 'T-STP')
          AND component_id IN (SELECT c.id FROM index_component c JOIN index_definition d ON d.id = c.index_id WHERE d.code = 'PCI')`,
    );
  });
});

test("Home Affairs enters PCI with its sub-indices and names a lead agency, which sees it on its page", async ({ page }) => {
  expect((await pciRows()).score).toBeNull();
  await signedInAs(page, "sonoivu");
  await page.goto("/indices/PCI");
  await page.getByRole("link", { name: "Nhập điểm và phân công" }).click();

  // A rank beyond the denominator and a sub-index above its maximum: refused, nothing written.
  let form = await fillYear(page, { rank: "70", component: ["MINH_BACH", "12"] });
  await form.getByRole("button", { name: "Lưu điểm năm" }).click();
  await expect(form.getByText("Thứ hạng không được lớn hơn số tỉnh được xếp hạng (34).")).toBeVisible();
  await expect(form.getByText("Điểm vượt quá điểm tối đa 10.")).toBeVisible();
  expect(await pciRows()).toEqual({ score: null, components: 0 });

  form = await fillYear(page);
  await form.getByRole("button", { name: "Lưu điểm năm" }).click();
  await expect(form.getByRole("status")).toContainText(`năm ${YEAR}`);
  expect(await pciRows()).toEqual({ score: { score: "66.1200", rank: 25, rank_of: 34 }, components: 10 });

  const owners = page.getByTestId("owner-form");
  await owners.getByLabel("Chỉ số thành phần").selectOption({ label: "Chi phí không chính thức" });
  await owners.getByLabel("Cơ quan, đơn vị").selectOption({ label: "Sở Tư pháp" });
  await owners.getByLabel("Vai trò").selectOption({ label: "Chủ trì" });
  await owners.getByRole("button", { name: "Lưu phân công" }).click();
  await expect(owners.getByRole("status")).toContainText("Đã lưu phân công.");

  await page.goto(`/indices/PCI?year=${YEAR}`);
  await expect(page.getByTestId("component-CHI_PHI_KHONG_CHINH_THUC")).toContainText("Sở Tư pháp");

  await signedInAs(page, "stuphap");
  await page.goto("/agencies/mine");
  const row = page.getByTestId("owned-PCI-CHI_PHI_KHONG_CHINH_THUC");
  await expect(row).toContainText("Chi phí không chính thức");
  await expect(row).toContainText("Chủ trì");
  await expect(row).toContainText(`7,9/10 (${YEAR})`);
});

test("an agency user's forged post of a score is refused and changes nothing", async ({ page, browser }) => {
  const before = await pciRows();
  const auditBefore = await withDatabase(async (client) => {
    const { rows } = await client.query<{ n: string }>("SELECT count(*)::text AS n FROM audit_log WHERE action = 'INDEX_YEAR_SAVED'");
    return rows[0]?.n;
  });

  // The agency user's session…
  const agencyContext = await browser.newContext();
  await restoreSession(agencyContext, "stuphap");
  const agencyCookies = await agencyContext.cookies();
  await agencyContext.close();

  // …posting Home Affairs' form.
  await signedInAs(page, "sonoivu");
  await page.goto("/indices/PCI/edit");
  const form = await fillYear(page);
  await page.context().clearCookies();
  await page.context().addCookies(agencyCookies);
  await form.getByRole("button", { name: "Lưu điểm năm" }).click();

  await expect(form.getByRole("alert").filter({ hasText: /\S/ })).toContainText("Bạn không có quyền thực hiện thao tác này.");
  expect(await pciRows()).toEqual(before);
  const audit = await withDatabase(async (client) => {
    const saved = await client.query<{ n: string }>("SELECT count(*)::text AS n FROM audit_log WHERE action = 'INDEX_YEAR_SAVED'");
    const refused = await client.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM audit_log a JOIN app_user u ON u.id = a.actor_id
        WHERE a.action = 'ACTION_FORBIDDEN' AND u.username = 'stuphap' AND a.details->>'attempted' = 'INDEX_YEAR_SAVED'`,
    );
    return { saved: saved.rows[0]?.n, refused: Number(refused.rows[0]?.n ?? 0) };
  });
  expect(audit.saved).toBe(auditBefore);
  expect(audit.refused).toBeGreaterThan(0);
});
