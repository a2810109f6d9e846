// Tables paged on the server (issue 19): a journey that looks for a row turns the pages as a
// reader would, through the pager's "Trang sau" link, until the row is there.
import { expect, type Locator, type Page } from "@playwright/test";

/** Turns the pages of the pager `pagerTestId` until `row` is on the page (at most `pages` pages). */
export async function turnPagesUntil(page: Page, row: Locator, pagerTestId: string, pages = 20): Promise<void> {
  for (let turned = 0; turned < pages; turned++) {
    if ((await row.count()) > 0) return;
    const next = page.getByTestId(`${pagerTestId}-next`);
    if ((await next.count()) === 0) break;
    const position = await page.getByTestId(`${pagerTestId}-position`).textContent();
    await next.click();
    await expect(page.getByTestId(`${pagerTestId}-position`)).not.toHaveText(position ?? "", { timeout: 20_000 });
  }
  await expect(row.first()).toBeVisible();
}
