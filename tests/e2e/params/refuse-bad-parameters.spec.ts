// Issue 17 item 1 against the production server: URL parameters that once made a page work
// without bound (/scorecard?period=9999 grew the server past 5 GB; /tasks over 1970–9999 took
// 20 s) or answer 5xx (year 0000, ids past int4) are refused in a fraction of a second, with a
// Vietnamese message and a 4xx, and the server's memory does not grow with them.
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInAndWait } from "../support/session";
import { t } from "@/tests/support/vi";

const HEADING = "Địa chỉ trang có tham số không hợp lệ";

/** The server's resident memory in MiB (scripts/test.ts passes its process id), or null when unknown. */
function serverRss(): number | null {
  const pid = process.env.E2E_SERVER_PID;
  if (!pid) return null;
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : null;
}

/** The first request of a route loads its code: not what is timed (on a shared machine it may take a second). */
async function warmUp(request: APIRequestContext, urls: string[]) {
  for (const url of urls) await request.get(url, { maxRedirects: 0 });
}

async function timedGet(request: APIRequestContext, url: string) {
  const started = Date.now();
  const response = await request.get(url, { maxRedirects: 0 });
  return { response, ms: Date.now() - started, body: await response.text() };
}

const REFUSED = [
  "/scorecard?period=9999",
  "/scorecard?period=0000",
  "/scorecard?from=1970-01-01&to=9999-12-31",
  "/scorecard?sort=drop%20table",
  "/tasks?period=1970-01-01_9999-12-31",
  "/tasks?period=0000",
  "/tasks?from=2024-08-31&to=2021-09-28",
  "/tasks?agency=2147483648",
  "/dossiers?period=0000",
  "/dossiers?period=2024-01-15_2024-03-31",
  "/dossiers/list?period=1970-01-01_9999-12-31",
  "/dossiers/list?page=999999",
  "/dossiers/list?cursor=abc",
  "/dossiers/heatmap?year=9999",
  "/dossiers/compliance?period=10000",
  "/staffing?year=9999",
  "/reports?period=9999-Q1",
];

test("a leader's malformed or out-of-range parameters get a 400 with the reason, in under a second each, and no memory", async ({ page }) => {
  await signInAndWait(page, "lanhdao");
  await warmUp(page.request, ["/scorecard?period=9999", "/dossiers/compliance?period=10000"]);
  const before = serverRss();
  for (const url of REFUSED) {
    const { response, ms, body } = await timedGet(page.request, url);
    expect(response.status(), url).toBe(400);
    expect(body, url).toContain(HEADING);
    expect(body, url).toContain("Tham số “");
    expect(ms, url).toBeLessThan(1000);
  }
  // a control character is refused before any page schema (proxy.ts step 1), with its own reason
  const nul = await timedGet(page.request, "/tasks?q=a%00b");
  expect(nul.response.status()).toBe(400);
  expect(nul.body).toContain(t("input.error.control"));
  // the worst of them again and again: each answered at once, the server's memory flat
  for (let round = 0; round < 10; round += 1) {
    for (const url of ["/scorecard?period=9999", "/tasks?period=1970-01-01_9999-12-31"]) {
      const { response, ms } = await timedGet(page.request, url);
      expect(response.status()).toBe(400);
      expect(ms).toBeLessThan(1000);
    }
  }
  const after = serverRss();
  if (before !== null && after !== null) expect(after - before, `RSS ${before.toFixed(0)} → ${after.toFixed(0)} MiB`).toBeLessThan(100);

  // the page shows the message to a person too, and leads back to the page's defaults
  const response = await page.goto("/scorecard?period=9999");
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADING);
  await expect(page.getByText("kỳ 9999 nằm ngoài dữ liệu")).toBeVisible();
  await page.getByRole("link", { name: "Mở trang với các giá trị mặc định" }).click();
  await expect(page).toHaveURL(/\/scorecard$/);
  // the default: the latest complete quarter of the demo's day (tests pin 2026-11-20)
  await expect(page.getByTestId("scorecard-period")).toHaveText("Kỳ báo cáo: Quý III/2026");
});

test("the compliance CSV refuses bad parameters with a 400 before reading anything", async ({ page }) => {
  await signInAndWait(page, "thanhtra");
  const url = "/dossiers/compliance/export?list=lateAgencies&period=9999";
  await warmUp(page.request, [url]);
  const { response, ms, body } = await timedGet(page.request, url);
  expect(response.status()).toBe(400);
  expect(body).toContain("nằm ngoài dữ liệu");
  expect(ms).toBeLessThan(1000);
});

test("ids past int4 and ids that are none are not found, not a server error", async ({ page }) => {
  await signInAndWait(page, "sonoivu");
  const urls = ["/admin/users/2147483648", "/admin/users/abc", "/admin/imports/2147483648", "/admin/imports/0", "/dossiers/2147483648", "/agencies/99999999999", "/reports/0000-Q1/1", "/reports/2024-Q2/2147483648", "/staffing/decisions/2147483648"];
  await warmUp(page.request, urls);
  for (const url of urls) {
    const { response, ms } = await timedGet(page.request, url);
    expect(response.status(), url).toBe(404);
    expect(ms, url).toBeLessThan(1000);
  }
});
