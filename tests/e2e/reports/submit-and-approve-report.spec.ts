// The quarterly report's journey (issue 6): Home Affairs reopens 2026-Q3 for today's justice
// department (the quarter closed at its deadline, 15/10/2026; the current one is in current-quarter.spec.ts); the agency fills and submits, and a
// part that does not add up is refused beside its field; Home Affairs returns one value with a
// comment; the agency corrects and resubmits; Home Affairs approves; the approved figure shows on
// the province's approved figures and on the leaders' scorecard; the audit view
// lists each step. Then the forbidden paths: another agency's report, a forged post, no session.
import { expect, test, type Page } from "@playwright/test";
import { formatNumber } from "@/tests/support/vi";
import { addDays, localDateOf } from "@/lib/metrics/periods";
import { dateField, typeDay } from "../support/date-field";
import { signedInAs, withDatabase, type SessionLogin } from "../support/session";

async function agencyId(code: string): Promise<number> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: number }>("SELECT id FROM agency WHERE code = $1", [code]);
    return rows[0]!.id;
  });
}

type ReportRow = { status: string; version: number } | undefined;

async function report(agency: number, year = 2026, quarter = 3): Promise<ReportRow> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ status: string; version: number }>(
      `SELECT r.status::text AS status, r.version FROM report r JOIN reporting_period p ON p.id = r.period_id
        WHERE r.agency_id = $1 AND p.year = $2 AND p.quarter = $3`,
      [agency, year, quarter],
    );
    return rows[0];
  });
}

/** The province's approved total of an indicator in 2026-Q3 (other agencies' approved reports count too). */
async function approvedTotal(code: string): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ total: string }>(
      `SELECT coalesce(sum(v.value), 0)::text AS total FROM report_value v JOIN report r ON r.id = v.report_id
         JOIN reporting_period p ON p.id = r.period_id JOIN indicator i ON i.id = v.indicator_id
        WHERE r.status = 'APPROVED' AND p.year = 2026 AND p.quarter = 3 AND i.code = $1`,
      [code],
    );
    return formatNumber(Number(rows[0]!.total));
  });
}

async function fill(page: Page, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
}

/**
 * The report form once it is live: its evidence dates are react-aria fields, loaded after the page
 * hydrated. Typing into the server's HTML before then can be lost, and a hidden field set by hand
 * is rendered again; a journey starts once the first of them is there.
 */
async function openForm(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole("group", { name: /^Ngày văn bản — / }).first()).toBeVisible();
}

async function switchUser(page: Page, login: SessionLogin) {
  await signedInAs(page, login);
}

test("an agency submits, Home Affairs returns, the agency corrects, Home Affairs approves", async ({ page }) => {
  test.setTimeout(120_000);
  const justice = await agencyId("T-STP");
  const reportUrl = `/reports/2026-Q3/${justice}`;

  await test.step("Home Affairs reopens the quarter for the justice department", async () => {
    await signedInAs(page, "sonoivu");
    await page.goto("/admin/periods");
    await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption({ label: "Quý III/2026" });
    await page.getByLabel("Cơ quan", { exact: true }).selectOption({ label: "Sở Tư pháp" });
    await typeDay(dateField(page, "Mở đến hết ngày"), addDays(localDateOf(new Date()), 7));
    await page.getByLabel("Lý do").fill("Đơn vị đề nghị bổ sung báo cáo quý III.");
    await page.getByRole("button", { name: "Mở lại" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã mở lại kỳ báo cáo cho cơ quan." })).toBeVisible();
  });

  await test.step("the agency fills the form; a part that does not add up is refused beside its field", async () => {
    await switchUser(page, "stuphap");
    await openForm(page, reportUrl);
    await fill(page, {
      "Văn bản QPPL ban hành": "8",
      "Văn bản QPPL đã tự kiểm tra": "7",
      "TTHC được công bố trong quý": "6",
      "Dịch vụ công trực tuyến đang cung cấp": "40",
      "Dịch vụ công trực tuyến toàn trình": "25",
      "Dịch vụ công trực tuyến một phần": "14",
      "Văn bản đi": "300",
      "Văn bản đi dưới dạng điện tử": "290",
      "Văn bản điện tử có chữ ký số": "280",
    });
    await page.getByLabel("Số văn bản minh chứng — Văn bản QPPL ban hành").fill("15/BC-STP");
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    await expect(page.locator('[data-indicator="ONLINE_SERVICES"]')).toContainText(
      "Số dịch vụ toàn trình cộng một phần phải bằng tổng số dịch vụ công trực tuyến.",
    );
    expect(await report(justice)).toBeUndefined();

    await fill(page, { "Dịch vụ công trực tuyến một phần": "15" });
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    await expect(page.locator('[data-status="SUBMITTED"]')).toBeVisible();
    expect((await report(justice))?.status).toBe("SUBMITTED");
    await expect(page.getByTestId("value-ONLINE_FULL_RATE")).toHaveText("62,50\u00A0%");
  });

  await test.step("Home Affairs sees it on the board and returns one value with a comment", async () => {
    await switchUser(page, "sonoivu");
    await page.goto("/reports?period=2026-Q3");
    const cell = page.locator(`tr[data-agency="${justice}"] td[data-period="2026-Q3"]`);
    await expect(cell).toContainText("Đã gửi");
    await expect(cell).toContainText("Trễ hạn");
    await cell.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`${reportUrl}$`));
    await page.getByLabel("Ý kiến cho “Văn bản điện tử có chữ ký số”").fill("Chưa khớp hệ thống quản lý văn bản, đề nghị kiểm tra lại.");
    await page.getByRole("button", { name: "Trả lại" }).click();
    await expect(page.locator('[data-status="RETURNED"]')).toBeVisible();
    expect((await report(justice))?.status).toBe("RETURNED");
  });

  await test.step("the agency sees the comment beside the value, corrects it and resubmits", async () => {
    await switchUser(page, "stuphap");
    await openForm(page, reportUrl);
    await expect(page.getByTestId("return-EDOCS_SIGNED")).toContainText("Chưa khớp hệ thống quản lý văn bản");
    await fill(page, { "Văn bản điện tử có chữ ký số": "285" });
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    await expect(page.locator('[data-status="SUBMITTED"]')).toBeVisible();
  });

  await test.step("Home Affairs approves", async () => {
    await switchUser(page, "sonoivu");
    await page.goto(reportUrl);
    await expect(page.getByTestId("value-EDOCS_SIGNED")).toHaveText("285");
    await page.getByRole("button", { name: "Phê duyệt" }).click();
    await page.getByRole("button", { name: "Xác nhận phê duyệt" }).click();
    await expect(page.locator('[data-status="APPROVED"]')).toBeVisible();
    expect((await report(justice))?.status).toBe("APPROVED");
  });

  await test.step("the leader sees the approved figure among the province's approved figures", async () => {
    await switchUser(page, "lanhdao");
    await page.goto("/reports/approved?period=2026-Q3");
    // the justice department's 285 and 40, with the demo's other approved reports of the quarter
    await expect(page.getByTestId("approved-EDOCS_SIGNED")).toHaveText(await approvedTotal("EDOCS_SIGNED"));
    await expect(page.getByTestId("approved-ONLINE_SERVICES")).toHaveText(await approvedTotal("ONLINE_SERVICES"));
    // and on the leaders' scorecard of that quarter, which shows approved figures only
    await page.goto("/scorecard?period=2026-Q3");
    await expect(page.getByTestId("scorecard-approved-EDOCS_SIGNED")).toHaveText(await approvedTotal("EDOCS_SIGNED"));
  });

  await test.step("the audit view lists each step and the corrected value", async () => {
    await page.goto(`${reportUrl}/history`);
    const history = page.getByTestId("report-history");
    await expect(history.locator("tr[data-kind]")).not.toHaveCount(0);
    const kinds = await history.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-kind")).filter((k) => k !== "VALUE"));
    expect(kinds).toEqual(["APPROVED", "SUBMITTED", "RETURNED", "SUBMITTED"]);
    const correction = history.locator("tr", { hasText: "Sửa “Văn bản điện tử có chữ ký số”" }).first();
    await expect(correction).toContainText("280");
    await expect(correction).toContainText("285");
    await expect(correction).toContainText("Võ Thị Mỹ Linh");
    await expect(history.locator('tr[data-kind="RETURNED"]')).toContainText("Chưa khớp hệ thống quản lý văn bản");
  });
});

test("agency staff get not-found for another agency's report, today's or its predecessor's", async ({ page }) => {
  await signedInAs(page, "stuphap");
  for (const [code, period] of [["T-SYT", "2026-Q2"], ["SYT", "2024-Q2"]] as const) {
    const health = await agencyId(code);
    expect((await page.goto(`/reports/${period}/${health}`))?.status(), code).toBe(404);
    expect((await page.goto(`/reports/${period}/${health}/history`))?.status(), code).toBe(404);
  }
});

test("a forged post for another agency is refused and changes nothing", async ({ page }) => {
  const justice = await agencyId("T-STP");
  const health = await agencyId("T-SYT");
  const before = await report(health, 2026, 2);
  expect(before?.status).toBe("SUBMITTED");
  // another journey (tests/e2e/notifications) may have left the justice department a Q2/2026 report
  const justiceBefore = await report(justice, 2026, 2);
  // the demo's draft of Ninh Sơn is editable only while a period is open: forge from a form the agency may use
  await signedInAs(page, "sonoivu");
  await page.goto("/admin/periods");
  await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption({ label: "Quý II/2026" });
  await page.getByLabel("Cơ quan", { exact: true }).selectOption({ label: "Sở Tư pháp" });
  await typeDay(dateField(page, "Mở đến hết ngày"), addDays(localDateOf(new Date()), 3));
  await page.getByLabel("Lý do").fill("Kiểm thử");
  await page.getByRole("button", { name: "Mở lại" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã mở lại" })).toBeVisible();

  await switchUser(page, "stuphap");
  await openForm(page, `/reports/2026-Q2/${justice}`);
  await page.locator('input[name="agencyId"]').evaluate((input, id) => {
    (input as HTMLInputElement).value = String(id);
  }, health);
  await page.getByLabel("Văn bản QPPL ban hành", { exact: true }).fill("99");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Bạn không có quyền thực hiện thao tác này." })).toBeVisible();
  expect(await report(health, 2026, 2)).toEqual(before);
  expect(await report(justice, 2026, 2)).toEqual(justiceBefore);
  const values = await withDatabase(async (client) => {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM report_value v JOIN indicator i ON i.id = v.indicator_id WHERE i.code = 'LEGAL_ISSUED' AND v.value = 99",
    );
    return rows[0]!.n;
  });
  expect(values).toBe(0);
});

test("without a session the reports redirect to sign-in", async ({ page }) => {
  await page.goto("/reports");
  await expect(page).toHaveURL(/\/sign-in/);
});
