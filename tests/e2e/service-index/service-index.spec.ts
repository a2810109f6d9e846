// Issue 21. A leader opens the Decision 766 board, a unit's index, and follows the costliest
// indicator to the dossiers behind it. An anonymous visitor opens the public page (desktop and
// phone): the province's and the units' figures, and no name of an official or a person, no
// dossier code; the leaders' pages stay behind sign-in.
import { expect, test } from "@playwright/test";
import { t, tEn } from "@/tests/support/vi";
import { signedInAs, withDatabase } from "../support/session";

test.describe.configure({ timeout: 120_000 });
const SLOW = { timeout: 60_000 };
const SHOTS = process.env.E2E_SCREENSHOTS;

test("a leader follows a unit's costliest indicator to the dossiers behind it", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  await page.goto("/service-index?period=2025-10");
  await expect(page.getByTestId("service-index-title")).toHaveText(t("serviceIndex.title"), SLOW);
  await expect(page.getByTestId("service-index-province-score")).not.toHaveText(t("common.noData"));
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/service-index-board.png`, fullPage: true });

  // the first unit of the first group that has a score
  const scored = page.locator('table[data-testid^="service-index-group-"] tbody tr').filter({ has: page.locator('td[data-score]:not([data-score=""])') }).first();
  const name = (await scored.locator("th a").textContent())!.trim();
  await scored.locator("th a").click();
  await expect(page.getByTestId("service-index-unit-title")).toContainText(name, SLOW);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/service-index-unit.png`, fullPage: true });

  // the costliest indicator leads to its row, whose dossiers link opens the dossier list
  const costliest = page.getByTestId("fix-indicator").first();
  const code = (await costliest.getAttribute("data-code"))!;
  await costliest.locator("a").click();
  const row = page.locator(`[data-testid="service-index-indicators"] tr[data-code="${code}"]`);
  await expect(row).toBeVisible();
  const link = page.getByTestId(`dossiers-${code}`);
  // an entered indicator has no dossiers behind it: take the costliest computed one
  const target = (await link.count()) > 0 ? link : page.locator('[data-testid^="dossiers-"]').first();
  const href = (await target.getAttribute("href"))!;
  expect(href).toContain("/dossiers/list?");
  await target.click();
  await expect(page).toHaveURL(/\/dossiers\/list\?/, SLOW);
  await expect(page.locator("main table tbody tr").first()).toBeVisible(SLOW);
});

test("an anonymous visitor reads the public page without any personal data; other pages need sign-in", async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/cong-khai");
    await expect(page.getByTestId("public-title")).toHaveText(t("public.title"), SLOW);
    await expect(page.getByTestId("public-province")).toBeVisible();
    await expect(page.getByTestId("public-units").first()).toBeVisible();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/cong-khai-${width}.png`, fullPage: true });
    // phone first: the page does not scroll sideways (tables scroll within their frame)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  }
  const text = await page.locator("body").innerText();
  const { names, codes } = await withDatabase(async (client) => ({
    names: (await client.query<{ v: string }>("SELECT full_name AS v FROM official UNION SELECT full_name FROM app_user")).rows.map((r) => r.v),
    codes: (await client.query<{ v: string }>("SELECT code AS v FROM dossier ORDER BY id DESC LIMIT 2000")).rows.map((r) => r.v),
  }));
  expect(names.length).toBeGreaterThan(0);
  expect(names.filter((n) => text.includes(n))).toEqual([]);
  expect(codes.filter((c) => text.includes(c))).toEqual([]);
  // a period that names none is not found; the leaders' pages send to sign-in
  expect((await page.goto("/cong-khai?ky=nonsense"))?.status()).toBe(404);
  await page.goto("/service-index");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fservice-index/);
});

test("the public page is served from the cache under a policy that runs no script", async ({ request }) => {
  const first = await request.get("/cong-khai");
  expect(first.status()).toBe(200);
  const policy = first.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("script-src 'none'");
  expect(policy).not.toContain("nonce");
  expect(first.headers()["cache-control"]).toContain("s-maxage=60");
  // the second view is the kept page: not rendered again
  const second = await request.get("/cong-khai");
  expect(second.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  expect(await second.text()).toContain(t("public.title"));
  // a period's own address, an old ?ky= link and a made-up path
  expect((await request.get("/cong-khai/2026-Q4")).status()).toBe(200);
  expect((await request.get("/cong-khai?ky=2026-10")).status()).toBe(200);
  expect((await request.get("/cong-khai/khong-phai-ky", { maxRedirects: 0 })).headers()["location"]).toBe("/cong-khai/khong-co");
});

test("a foreign reader follows the language link to the same page in English, kept in the cache under the same policy", async ({ page, request }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto("/cong-khai/2026-Q4");
  await page.getByTestId("public-language").click();
  await expect(page).toHaveURL(/\/cong-khai\/en\/2026-Q4$/);
  await expect(page.getByTestId("public-title")).toHaveText(tEn("public.title"), SLOW);
  await expect(page.locator("main")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("columnheader", { name: tEn("public.col.onTime") }).first()).toBeVisible();
  // English numbers (99.47%), units by their Vietnamese names, the same units as the Vietnamese page
  const english = await page.getByTestId("public-province").innerText();
  expect(english).toMatch(/\d\.\d{2}%|no data/);
  // the groups (khối) by their English names, the units by their Vietnamese ones
  await expect(page.getByText("Communes, wards and special zone", { exact: true })).toBeVisible();
  const unitsEn = await page.getByTestId("public-units").locator("tbody th").allInnerTexts();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/cong-khai-en-390.png`, fullPage: true });
  await page.getByTestId("public-language").click();
  await expect(page).toHaveURL(/\/cong-khai\/2026-Q4$/);
  await expect(page.getByTestId("public-title")).toHaveText(t("public.title"), SLOW);
  expect(await page.getByTestId("public-units").locator("tbody th").allInnerTexts()).toEqual(unitsEn);

  const first = await request.get("/cong-khai/en");
  expect(first.status()).toBe(200);
  expect(first.headers()["content-security-policy"]).toContain("script-src 'none'");
  expect(first.headers()["cache-control"]).toContain("s-maxage=60");
  const second = await request.get("/cong-khai/en");
  expect(second.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  expect(await second.text()).toContain(tEn("public.title"));
  expect((await request.get("/cong-khai/en/khong-phai-ky", { maxRedirects: 0 })).headers()["location"]).toBe("/cong-khai/en/khong-co");
});
