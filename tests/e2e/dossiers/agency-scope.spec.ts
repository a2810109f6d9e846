// Agency staff in the drill-down (DESIGN §2): their own agency only, never officials' names, and
// nothing of another agency (today's or one it carries on) whatever URL they type; anonymous requests
// go to the sign-in page.
import { expect as baseExpect, test } from "@playwright/test";
import { agencyId, signedInAs, withDatabase } from "../support/session";

// journeys of many pages on a machine shared by several builds: give each step room
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

test("agency staff are refused the officials view, even of their own agency", async ({ page }) => {
  const own = await agencyId("T-STP");
  await signedInAs(page, "stuphap");
  const response = await page.goto(`/dossiers/agencies/${own}/officials?period=2024`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  // their own drill-down opens, without a link to officials
  await page.goto(`/dossiers/agencies/${own}?period=2024`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sở Tư pháp");
  await expect(page.getByRole("link", { name: "Cán bộ xử lý" })).toHaveCount(0);
});

test("agency staff typing another agency's drill-down URLs get nothing of it", async ({ page }) => {
  const other = await agencyId("T-SYT");
  const predecessor = await agencyId("SYT");
  const dossier = await withDatabase(async (client) => (await client.query<{ id: number }>("SELECT id FROM dossier WHERE agency_id = $1 LIMIT 1", [other])).rows[0]!.id);
  await signedInAs(page, "stuphap");
  for (const url of [
    `/dossiers/agencies/${predecessor}?period=2024`,
    `/dossiers/list?agency=${predecessor}&period=2024`,
    `/dossiers/agencies/${other}?period=2024`,
    `/dossiers/agencies/${other}/officials?period=2024`,
    `/dossiers/list?agency=${other}&period=2024`,
    `/dossiers/${dossier}`,
    `/dossiers/compliance?list=noApology&agency=${other}&period=2024`,
  ]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByText("Sở Y tế")).toHaveCount(0);
  }
  const csv = await page.request.get(`/dossiers/compliance/export?list=lateAgencies&agency=${other}&period=2024`);
  expect(csv.status()).toBe(404);
  // the province table holds their own agency alone: today's Sở Tư pháp, with its predecessors' 2024
  await page.goto("/dossiers?period=2024");
  await expect(page.getByTestId("drill-agencies").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("drill-agencies").locator("tbody tr").first()).toContainText("Sở Tư pháp");
});

test("an anonymous CSV request goes to the sign-in page", async ({ page }) => {
  await page.goto("/dossiers/compliance/export?list=lateAgencies&period=2024");
  await expect(page).toHaveURL(/\/sign-in/);
});
