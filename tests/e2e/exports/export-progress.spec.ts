// A long export shows its progress on the page and can be cancelled (issue 20 item 5), as Home
// Affairs and as agency staff, at desktop and phone width. The downloads are slowed in the page
// (slowDownloads) so that they last: the bar and the row count the server stated up
// front appear, "Hủy" aborts — by mouse, and by keyboard — and the page says "Đã hủy" with no file
// saved; the export was audited before it streamed. A download left to finish is saved under the
// server's file name. `E2E_SCREENSHOTS=<dir>` keeps screenshots of the progress.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { fixedIntl } from "@/lib/i18n/fixed";
import { signedInAs, withDatabase, type SessionLogin } from "../support/session";

const formatNumber = fixedIntl("vi").f.number;
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });
const SHOTS = process.env.E2E_SCREENSHOTS;

const one = <T>(sql: string, values: unknown[] = []) => withDatabase(async (client) => (await client.query(sql, values)).rows[0] as T);

/**
 * A slow connection for the page's downloads: each answer's body reaches the page in pieces of at
 * most 1 KB, one every 200 ms (the real request to the server; an abort of its signal ends the
 * body as it would on the network). Chromium's own network throttling holds a small answer whole
 * until its time is up, so a short list would show no progress at all.
 */
async function slowDownloads(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const response = await original(...args);
      if (!response.body) return response;
      const reader = response.body.getReader();
      const signal = args[1]?.signal;
      let rest: Uint8Array | null = null;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          // the pieces still held of a chunk end with the request, as the network's would
          if (signal?.aborted) return controller.error(signal.reason);
          if (!rest) {
            const { done, value } = await reader.read();
            if (done) return controller.close();
            rest = value;
          }
          controller.enqueue(rest.slice(0, 1024));
          rest = rest.length > 1024 ? rest.slice(1024) : null;
        },
        cancel: (reason) => reader.cancel(reason),
      });
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    };
  });
}

/**
 * The dossiers the list page shows with no filter (every dossier up to the data's day): Home
 * Affairs all of them; stuphap those of today's Sở Tư pháp and of the units it succeeded in 2025.
 */
async function listCount(login: SessionLogin): Promise<number> {
  const agencyOnly = login === "stuphap" ? "WHERE agency_id IN (SELECT id FROM agency WHERE code LIKE '%STP')" : "";
  return (await one<{ n: number }>(`SELECT count(*)::int AS n FROM dossier ${agencyOnly}`)).n;
}

const exports = (login: SessionLogin) =>
  one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log l JOIN app_user u ON u.id = l.actor_id WHERE u.username = $1 AND l.action = 'EXPORT_CREATED'`, [login]).then((row) => row.n);

for (const { login, width, keyboard } of [
  { login: "sonoivu", width: 1280, keyboard: false },
  { login: "sonoivu", width: 390, keyboard: true },
  { login: "stuphap", width: 1280, keyboard: false },
  { login: "stuphap", width: 390, keyboard: true },
] as const) {
  test(`${login} at ${width} px: the dossier list's export shows its progress and "Hủy" cancels it${keyboard ? " (by keyboard)" : ""}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await slowDownloads(page);
    await signedInAs(page, login);
    await page.goto("/dossiers/list");
    const rows = await listCount(login);
    const audited = await exports(login);
    const downloads: string[] = [];
    page.on("download", (download) => downloads.push(download.suggestedFilename()));

    const link = page.getByTestId("export-xlsx");
    if (keyboard) {
      await link.focus();
      await page.keyboard.press("Enter");
    } else await link.click();
    const bar = page.getByRole("progressbar", { name: "Tiến độ tải tệp" });
    await expect(bar).toBeVisible();
    const status = page.getByTestId("export-status");
    await expect(status).toHaveText(`Đang tải tệp… · tệp gồm ${formatNumber(rows)} dòng`);
    await expect(page.getByTestId("export-received")).toHaveText(/^Đã nhận \d/);
    // a streamed workbook's length is unknown: the bar is indeterminate, its text the bytes received
    await expect(bar).not.toHaveAttribute("aria-valuenow");
    await expect(bar).toHaveAttribute("aria-valuetext", /^Đã nhận/);
    await expect(link).toHaveAttribute("aria-busy", "true");
    // the audit row is written before the file streams
    expect(await exports(login)).toBe(audited + 1);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/export-progress-${login}-${width}.png` });

    const cancel = page.getByRole("button", { name: "Hủy" });
    if (keyboard) {
      await page.keyboard.press("Tab");
      await expect(cancel).toBeFocused();
      await page.keyboard.press("Enter");
    } else await cancel.click();
    await expect(status).toHaveText(/^Đã hủy/);
    await expect(page.getByTestId("export-progress")).toHaveCount(0);
    await expect(cancel).toHaveCount(0);
    // the keyboard's focus is back on the link, which starts a new export
    await expect(link).toBeFocused();
    await expect(link).not.toHaveAttribute("aria-busy");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/export-cancelled-${login}-${width}.png` });
    await page.waitForTimeout(500);
    expect(downloads).toEqual([]);
  });
}

test("a download left to finish is saved under the server's name and the page says so", async ({ page }) => {
  await signedInAs(page, "stuphap");
  await page.goto("/tasks");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
  expect(download.suggestedFilename()).toMatch(/^tasks-.*\.xlsx$/);
  await expect(page.getByTestId("export-status")).toHaveText(new RegExp(`^Đã tải xong ${download.suggestedFilename().replace(/\./g, "\\.")} \\(`));
  await expect(page.getByTestId("export-status")).toHaveAttribute("data-phase", "done");
  await expect(page.getByTestId("export-progress")).toHaveCount(0);
});

test("a bad request's message is shown, not saved as a file", async ({ page }) => {
  await signedInAs(page, "sonoivu");
  await page.goto("/tasks");
  // the page's link with a parameter the route refuses (a 400 naming it)
  await page.getByTestId("export-xlsx").evaluate((link: HTMLAnchorElement) => link.setAttribute("href", "/tasks/export?period=1990"));
  await page.getByTestId("export-xlsx").click();
  await expect(page.getByTestId("export-status")).toHaveText(/^Không tải được tệp: /);
});
