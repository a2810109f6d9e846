// The inspector's journey (issue 5): from the province's table down through agency, field,
// procedure and month to one late dossier, which they flag for inspection (checked in the
// database, audited); then a compliance list exported to CSV matches the page row for row.
import { readFile } from "node:fs/promises";
import { expect as baseExpect, test } from "@playwright/test";
import { parseCsv } from "@/lib/export/csv";
import { DEMO_TEST_AS_OF } from "@/lib/demo/timeline";
import { turnPagesUntil } from "../support/pager";
import { signedInAs, withDatabase } from "../support/session";

// journeys of many pages on a machine shared by several builds: give each step room
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

type Target = {
  id: number;
  code: string;
  agency: string;
  field: string;
  procedure: string;
  procedureId: number;
  year: string;
  month: string;
};

/** A dossier resolved late (or still open past its due day) and the path that leads to it. */
async function lateDossier(): Promise<Target> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<Target>(`
      SELECT d.id, d.code, a.name AS agency, f.name AS field, p.name AS procedure, p.id AS "procedureId",
             to_char(d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY') AS year,
             to_char(d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'MM') AS month
      FROM dossier d JOIN agency a ON a.id = d.agency_id JOIN procedure p ON p.id = d.procedure_id
      JOIN procedure_field f ON f.id = p.field_id
      WHERE (d.resolved_at IS NOT NULL AND cchc_local_day(d.resolved_at) > cchc_local_day(d.due_at))
         OR (d.resolved_at IS NULL AND cchc_local_day(d.due_at) < $1::date)
      ORDER BY d.received_at DESC, d.id LIMIT 1`, [DEMO_TEST_AS_OF]);
    if (!rows[0]) throw new Error("the demo data has no late dossier");
    return rows[0];
  });
}

test("an inspector drills from the province to a late dossier and flags it", async ({ page }) => {
  const target = await lateDossier();
  await signedInAs(page, "thanhtra");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Hồ sơ TTHC" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tình hình giải quyết hồ sơ TTHC");

  await page.getByLabel("Kỳ").selectOption(target.year);
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(new RegExp(`period=${target.year}`));

  // the province's table pages on the server (worst first): turn its pages to the agency
  const agencyLink = page.getByTestId("drill-agencies").getByRole("link", { name: target.agency, exact: true });
  await turnPagesUntil(page, agencyLink, "agencies-pager");
  await agencyLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(target.agency);
  await page.getByTestId("drill-fields").getByRole("link", { name: target.field, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(target.field);
  // a name can stand at two levels (a district's procedure now a commune's): the link of this one
  await page.getByTestId("drill-procedures").locator(`a[href*="/procedures/${target.procedureId}?"]`).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(target.procedure);
  const breadcrumb = page.getByRole("navigation", { name: "Vị trí trong bảng chi tiết" });
  await expect(breadcrumb.getByRole("link", { name: target.agency, exact: true })).toBeVisible();
  await expect(breadcrumb.getByRole("link", { name: target.field, exact: true })).toBeVisible();

  const monthLabel = `Tháng ${target.month}/${target.year}`;
  const monthRow = page.getByTestId("drill-months").locator("tbody tr", { has: page.getByRole("link", { name: monthLabel, exact: true }) });
  // the month holds the dossier: it was received then
  // (body cells carry no column name: the header's data-column gives the column's place)
  const received = await page.getByTestId("drill-months").locator("thead th").evaluateAll((cells) => cells.findIndex((cell) => cell.getAttribute("data-column") === "received"));
  expect(received).toBeGreaterThan(0);
  await expect(monthRow.locator("th, td").nth(received)).not.toHaveText("0");
  await monthRow.getByRole("link", { name: monthLabel, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Danh sách hồ sơ");
  await page.getByRole("link", { name: "Hồ sơ trễ hạn, quá hạn" }).click();
  await expect(page).toHaveURL(/status=late/);

  await page.getByTestId("dossier-list").getByRole("link", { name: target.code, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hồ sơ ${target.code}`);
  await expect(page.getByTestId("outcome-reason")).toHaveText(/sau ngày hẹn trả|đã quá ngày hẹn trả/);
  await expect(page.getByTestId("timeline")).toContainText("Tiếp nhận");
  // the inspector sees the handling official's name
  await expect(page.getByText("Cán bộ xử lý")).toBeVisible();

  const note = `Kiểm tra hồ sơ ${target.code} trễ hạn (e2e ${Date.now()})`;
  await page.getByLabel("Ghi chú").fill(note);
  await page.getByRole("button", { name: "Gắn cờ thanh tra" }).click();
  await expect(page.getByText("Đã gắn cờ thanh tra.")).toBeVisible();
  await expect(page.getByTestId("flag-list")).toContainText(note);

  const stored = await withDatabase(async (client) => {
    const flag = await client.query<{ id: number; target: string; status: string }>(
      "SELECT id, target::text, status::text FROM inspection_flag WHERE dossier_id = $1 AND note = $2",
      [target.id, note],
    );
    const audit = await client.query("SELECT 1 FROM audit_log WHERE action = 'INSPECTION_FLAG_CREATED' AND entity_id = $1", [String(flag.rows[0]?.id)]);
    return { flags: flag.rows, audited: audit.rowCount };
  });
  expect(stored.flags).toEqual([expect.objectContaining({ target: "DOSSIER", status: "OPEN" })]);
  expect(stored.audited).toBe(1);

  // listed among the open flags, and resolvable there
  await page.goto("/dossiers/flags");
  const row = page.locator(`tr[data-flag-id="${stored.flags[0]!.id}"]`);
  await expect(row).toContainText(note);
  await row.getByRole("button", { name: "Đánh dấu đã xử lý" }).click();
  await expect(row).toHaveCount(0);
  await page.goto("/dossiers/flags?status=RESOLVED");
  await expect(page.locator(`tr[data-flag-id="${stored.flags[0]!.id}"]`)).toContainText("Đã xử lý");
});

test("a compliance list's CSV holds the page's rows, with its filters in the header", async ({ page }) => {
  await signedInAs(page, "thanhtra");
  for (const list of ["lateAgencies", "noApology"]) {
    await page.goto(`/dossiers/compliance?list=${list}&period=2023`);
    const title = (await page.getByTestId("compliance-title").textContent()) ?? "";
    const pageRows = await page.getByTestId("compliance-table").locator("tbody tr").evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll("th, td")).map((cell) => (cell.textContent ?? "").trim())),
    );
    const columns = await page.getByTestId("compliance-table").locator("thead th").allTextContents();
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Tải CSV" }).click();
    const text = await readFile((await (await download).path())!, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const csv = parseCsv(text);
    expect(csv[0]?.[0]).toBe("Danh sách");
    expect(title).toContain(csv[0]![1]!);
    expect(csv[1]).toEqual(["Kỳ", "Năm 2023"]);
    expect(csv[2]).toEqual(["Cơ quan", "Tất cả"]);
    const header = csv.findIndex((line) => line.join(",") === columns.join(","));
    expect(header).toBeGreaterThan(0);
    const csvRows = csv.slice(header + 1);
    const empty = pageRows.length === 1 && pageRows[0]!.length === 1;
    expect(csvRows).toEqual(empty ? [] : pageRows);
  }
});

test("an agency's procedures page on the server: page 2 continues page 1 in the same order, the total stays the agency's", async ({ page }) => {
  // the agency with the most procedures in 2024 (a department has dozens even in the demo)
  const agency = await withDatabase(async (client) =>
    (await client.query<{ id: number; procedures: number }>(`
      SELECT agency_id AS id, count(DISTINCT procedure_id)::int AS procedures FROM dossier
      WHERE received_at >= '2024-01-01' AND received_at < '2025-01-01' GROUP BY agency_id ORDER BY 2 DESC, 1 LIMIT 1`)).rows[0]!,
  );
  expect(agency.procedures, "the demo has an agency with more than a page of procedures").toBeGreaterThan(20);
  await signedInAs(page, "thanhtra");
  const table = page.getByTestId("drill-procedures");
  const keys = () => table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-key")));
  const base = `/dossiers/agencies/${agency.id}/procedures?period=2024`;

  await page.goto(`${base}&size=100`);
  await expect(table).toBeVisible();
  const hundred = await keys();
  const total = await table.locator("tfoot").textContent();

  await page.goto(base);
  await expect(page.getByTestId("procedures-pager-position")).toContainText(/^Trang 1\/\d+ · dòng 1–20 trong /);
  expect(await keys()).toEqual(hundred.slice(0, 20));
  await page.getByTestId("procedures-pager-next").click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(page.getByTestId("procedures-pager-position")).toContainText(/^Trang 2\/\d+ · dòng 21–/);
  expect(await keys()).toEqual(hundred.slice(20, 40));
  await expect(table.locator("tfoot")).toHaveText(total ?? "");

  // a new order starts again from the first page; a page past the end shows the last one
  await table.getByTestId("sort-received").click();
  await expect(page).toHaveURL(/sort=received/);
  await expect(page).not.toHaveURL(/[?&]page=/);
  const last = await page.goto(`${base}&page=9999`);
  expect(last?.status()).toBe(200);
  await expect(page.getByTestId("procedures-pager-last")).toHaveCount(0);
  await expect(page.getByTestId("procedures-pager-prev")).toBeVisible();
});
