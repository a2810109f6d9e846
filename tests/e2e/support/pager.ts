// Tables paged on the server (issue 19): a journey that looks for a row turns the pages as a
// reader would, through the pager's "Trang sau" link, until the row is there.
import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Turns the pages of the pager `pagerTestId` until `row` is on the page (at most `pages` pages).
 * Each page is loaded whole first (`goto` waits for the streamed document's load): right after a
 * soft navigation — a filter form, a view switch — the previous URL's table may still be on screen,
 * and counting its rows, or clicking its "Trang sau", would skip the new URL's first page.
 */
export async function turnPagesUntil(page: Page, row: Locator, pagerTestId: string, pages = 20): Promise<void> {
  await page.goto(page.url());
  for (let turned = 0; turned < pages; turned++) {
    if ((await row.count()) > 0) return;
    const next = page.getByTestId(`${pagerTestId}-next`);
    if ((await next.count()) === 0) break;
    const href = await next.getAttribute("href");
    if (!href) break;
    await page.goto(href);
  }
  await expect(row.first()).toBeVisible();
}
