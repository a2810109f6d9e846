// The quarter as officials live it (issue 16), on a fresh demo whose data run to 20/11/2026: the
// justice department fills and submits the current quarter (Quý IV/2026) without anyone reopening
// it, and a part that does not add up is refused with the rule's own words; Home Affairs filters
// the quarter just closed (Quý III/2026) to "chờ duyệt", returns one report with a comment beside
// its value and approves another after confirming.
import { expect, test, type Page } from "@playwright/test";
import { signedInAs, withDatabase } from "../support/session";

async function agencyId(code: string): Promise<number> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: number }>("SELECT id FROM agency WHERE code = $1", [code]);
    return rows[0]!.id;
  });
}

async function status(agency: number, year: number, quarter: number): Promise<string | undefined> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ status: string }>(
      `SELECT r.status::text AS status FROM report r JOIN reporting_period p ON p.id = r.period_id
        WHERE r.agency_id = $1 AND p.year = $2 AND p.quarter = $3`,
      [agency, year, quarter],
    );
    return rows[0]?.status;
  });
}

async function fill(page: Page, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
}

test("the agency submits the current quarter without a reopening; Home Affairs filters, returns one and approves another", async ({ page }) => {
  test.setTimeout(120_000);
  const [justice, health, nhaTrang] = await Promise.all([agencyId("T-STP"), agencyId("T-SYT"), agencyId("P-NHA-TRANG")]);

  await test.step("the board opens on the current quarter, and the form shows no error before anything is typed", async () => {
    await signedInAs(page, "stuphap");
    await page.goto("/reports");
    await expect(page.getByRole("heading", { name: "Tình hình báo cáo Quý IV/2026" })).toBeVisible();
    await page.locator(`tr[data-agency="${justice}"] td[data-period="2026-Q4"]`).getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/reports/2026-Q4/${justice}$`));
    await expect(page.getByRole("button", { name: "Gửi báo cáo" })).toBeVisible();
    await expect(page.getByText("Kỳ báo cáo đã khóa sổ")).toHaveCount(0);
    await expect(page.locator('[id^="value:"][id$="-error"]')).toHaveCount(0);
    // labels without internal codes
    await expect(page.locator('[data-indicator="ONLINE_SERVICES"] th')).not.toContainText("ONLINE_SERVICES");
    // what the province's review reports publish (issue 16, item 4): tasks by status, dossiers by channel and outcome
    for (const code of ["TASKS_IN_PROGRESS", "DOSSIERS_ONLINE", "DOSSIERS_IN_PERSON", "DOSSIERS_POSTAL", "DOSSIERS_EARLY", "DOSSIERS_ON_TIME_RATE"]) {
      await expect(page.locator(`[data-indicator="${code}"]`)).toBeVisible();
    }
  });

  await test.step("parts that do not add up are refused with the rule named; corrected, the report is sent", async () => {
    await fill(page, {
      "Văn bản QPPL ban hành": "5",
      "Văn bản QPPL đã tự kiểm tra": "5",
      "TTHC được công bố trong quý": "4",
      "Dịch vụ công trực tuyến đang cung cấp": "30",
      "Dịch vụ công trực tuyến toàn trình": "20",
      "Dịch vụ công trực tuyến một phần": "9",
      "Văn bản đi": "200",
      "Văn bản đi dưới dạng điện tử": "190",
      "Văn bản điện tử có chữ ký số": "180",
    });
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    // the refusal names the rule by its code and shows the figures
    await expect(page.locator('[data-indicator="ONLINE_SERVICES"]')).toContainText(
      "Quy tắc ONLINE_PARTS_SUM: Số dịch vụ toàn trình cộng một phần phải bằng tổng số dịch vụ công trực tuyến. Số liệu: 20 + 9 = 29, không bằng 30.",
    );
    expect(await status(justice, 2026, 4)).toBeUndefined();

    await fill(page, { "Dịch vụ công trực tuyến một phần": "10" });
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    // the form's confirmation, kept on the read-only page it reloads into
    await expect(page.getByRole("status").filter({ hasText: "Đã gửi báo cáo cho Sở Nội vụ." }).first()).toBeVisible();
    await expect(page.locator('[data-status="SUBMITTED"]')).toBeVisible();
    expect(await status(justice, 2026, 4)).toBe("SUBMITTED");
  });

  await test.step("Home Affairs sees late submitters first and filters the closed quarter to those awaiting review", async () => {
    await signedInAs(page, "sonoivu");
    await page.goto("/reports?period=2026-Q3");
    // late submitters first (the justice department's journey may have sent its Q3 late too)
    await expect(page.locator("tbody tr").first().locator('td[data-period="2026-Q3"]')).toContainText("Trễ hạn");
    await expect(page.locator(`tr[data-agency="${health}"] td[data-period="2026-Q3"]`)).toContainText("Trễ hạn");
    await page.getByRole("link", { name: "Đã nộp, chờ duyệt (2)" }).click();
    await expect(page).toHaveURL(/status=submitted/);
    await expect(page.getByRole("status").filter({ hasText: "Đang lọc" })).toBeVisible();
    await expect(page.locator("tbody tr[data-agency]")).toHaveCount(2);
  });

  await test.step("returns one with a comment beside the value", async () => {
    await page.locator(`tr[data-agency="${health}"] td[data-period="2026-Q3"]`).getByRole("link").click();
    const row = page.locator('[data-indicator="EDOCS_SIGNED"]');
    await row.getByLabel("Ý kiến cho “Văn bản điện tử có chữ ký số”").fill("Đề nghị bổ sung minh chứng ký số.");
    await page.getByRole("button", { name: "Trả lại" }).click();
    await expect(page.locator('[data-status="RETURNED"]')).toBeVisible();
    expect(await status(health, 2026, 3)).toBe("RETURNED");
  });

  await test.step("approves another after confirming", async () => {
    await page.goto("/reports?period=2026-Q3&status=submitted");
    await expect(page.locator("tbody tr[data-agency]")).toHaveCount(1);
    await page.locator(`tr[data-agency="${nhaTrang}"] td[data-period="2026-Q3"]`).getByRole("link").click();
    await page.getByRole("button", { name: "Phê duyệt" }).click();
    expect(await status(nhaTrang, 2026, 3)).toBe("SUBMITTED");
    await page.getByRole("button", { name: "Xác nhận phê duyệt" }).click();
    await expect(page.locator('[data-status="APPROVED"]')).toBeVisible();
    expect(await status(nhaTrang, 2026, 3)).toBe("APPROVED");
  });
});
