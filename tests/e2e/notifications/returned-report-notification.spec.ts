// Issue 22's journey: Home Affairs returns the justice department's submitted report; the job
// worker of the running server writes the agency's notification; the agency user sees the unread
// count in the header, opens the notification centre, follows the link to the report and marks
// it read. (The report is put in SUBMITTED directly: the form's own journey is tests/e2e/reports.)
import { expect, test } from "@playwright/test";
import { signedInAs, withDatabase } from "../support/session";

test("an agency user sees the notification of a returned report in the header and follows it", async ({ page }) => {
  test.setTimeout(90_000);
  const { agencyId, reportUrl } = await withDatabase(async (client) => {
    const agency = (await client.query<{ id: number }>("SELECT id FROM agency WHERE code = 'T-STP'")).rows[0]!.id;
    const period = (await client.query<{ id: number }>("SELECT id FROM reporting_period WHERE year = 2026 AND quarter = 2")).rows[0]!.id;
    await client.query(
      `INSERT INTO report (agency_id, period_id, status, version, submitted_at, first_submitted_at)
       VALUES ($1, $2, 'SUBMITTED', 1, now(), now())
       ON CONFLICT (agency_id, period_id) DO UPDATE SET status = 'SUBMITTED', approved_at = NULL`,
      [agency, period],
    );
    return { agencyId: agency, reportUrl: `/reports/2026-Q2/${agency}` };
  });
  const unreadBefore = await withDatabase(async (client) =>
    Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.username = 'stuphap' AND n.read_at IS NULL")).rows[0]!.n),
  );

  await test.step("Home Affairs returns the report with a comment", async () => {
    await signedInAs(page, "sonoivu");
    await page.goto(reportUrl);
    await page.getByLabel("Ý kiến chung").fill("Đề nghị bổ sung minh chứng cho quý II.");
    await page.getByRole("button", { name: "Trả lại" }).click();
    await expect(page.locator('[data-status="RETURNED"]')).toBeVisible();
  });

  await test.step("the agency sees the unread count in the header", async () => {
    await signedInAs(page, "stuphap");
    // the worker writes it within a moment of the commit
    await expect(async () => {
      await page.goto("/");
      await expect(page.getByTestId("notification-unread")).toHaveText(String(unreadBefore + 1), { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(page.getByTestId("notification-bell")).toHaveAttribute("aria-label", `Thông báo (${unreadBefore + 1} chưa đọc)`);
  });

  await test.step("opens the centre, follows the link to the report, and marks it read", async () => {
    await page.getByTestId("notification-bell").click();
    await expect(page).toHaveURL(/\/notifications$/);
    const item = page.getByTestId("notification").filter({ hasText: "Báo cáo quý 2/2026 của Sở Tư pháp bị trả lại" }).first();
    await expect(item).toHaveAttribute("data-read", "false");
    await expect(item).toContainText("1 góp ý");
    await item.getByRole("button", { name: "Đánh dấu đã đọc" }).click();
    await expect(item).toHaveAttribute("data-read", "true");
    await item.getByRole("link", { name: /bị trả lại/ }).click();
    await expect(page).toHaveURL(new RegExp(`/reports/2026-Q2/${agencyId}$`));
    await expect(page.locator('[data-status="RETURNED"]')).toBeVisible();
  });
});
