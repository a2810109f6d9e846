// What the server says outside the pages' own text, in the viewer's language (issue 23): the
// session routes' JSON errors and the proxy's refusals follow the cchc-locale cookie, /api/v1 its
// caller's Accept-Language; the API-token page and the year's rating bands read in English.
// Vietnamese stays the default and word for word what it was.
import { expect, test, type Page } from "@playwright/test";
import { signedInAs } from "../support/session";

test.describe.configure({ timeout: 120_000 });

async function inEnglish(page: Page): Promise<string> {
  await signedInAs(page, "sonoivu");
  const origin = new URL(page.url()).origin;
  await page.context().addCookies([{ name: "cchc-locale", value: "en", domain: new URL(origin).hostname, path: "/" }]);
  return origin;
}

test("session routes and the proxy answer an English viewer in English, with the same codes", async ({ page }) => {
  const origin = await inEnglish(page);
  const preview = await page.request.post("/api/reorganisations/preview", { headers: { origin }, data: {} });
  expect(preview.status()).toBe(400);
  expect(await preview.json()).toMatchObject({ code: "BAD_REQUEST", message: "The reorganisation could not be read; reload the page and enter it again." });
  const foreign = await page.request.post("/api/imports", { headers: { origin: "https://elsewhere.example" }, data: {} });
  expect([foreign.status(), await foreign.json()]).toEqual([403, { code: "FORBIDDEN", message: "Request refused: it was sent from a page other than this system." }]);

  await page.context().addCookies([{ name: "cchc-locale", value: "vi", domain: new URL(origin).hostname, path: "/" }]);
  const vietnamese = await page.request.post("/api/reorganisations/preview", { headers: { origin }, data: {} });
  expect(await vietnamese.json()).toMatchObject({ code: "BAD_REQUEST", message: "Nội dung sắp xếp không đọc được; tải lại trang và nhập lại." });
});

test("/api/v1 follows the caller's Accept-Language, not a cookie", async ({ request }) => {
  const english = await request.get("/api/v1/tasks", { headers: { authorization: "Bearer cchc_forged", "accept-language": "en-GB,en;q=0.9" } });
  expect([english.status(), (await english.json()).code]).toEqual([401, "UNAUTHORIZED"]);
  expect((await english.json()).message).toBe("API token missing or wrong (header Authorization: Bearer with the token).");
  const vietnamese = await request.get("/api/v1/tasks", { headers: { authorization: "Bearer cchc_forged", cookie: "cchc-locale=en" } });
  expect((await vietnamese.json()).message).toBe("Thiếu hoặc sai khóa API (header Authorization: Bearer kèm khóa).");
});

test("the API-token page and the year's rating bands read in English", async ({ page }) => {
  await inEnglish(page);
  await page.goto("/admin/api-tokens");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API tokens for the province's systems");
  await expect(page.getByText("Limit: 60 requests a minute per token")).toBeVisible();
  await page.goto("/assessments?year=2024&group=NT-SBN");
  await expect(page.locator("section[aria-labelledby=bands]")).toContainText("Good: from 90 points");
  await expect(page.locator("section[aria-labelledby=bands]")).toContainText("Weak: from 0 points");
});
