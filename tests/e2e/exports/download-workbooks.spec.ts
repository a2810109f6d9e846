// Officials download the tables they see as Excel workbooks (issue 20 item 1): the button on the
// page gives a real XLSX whose title block, typed cells and row counts match the database; every
// export leaves an audit row (who, what, filters); agency staff get their own agency's rows only.
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { expect as baseExpect, test, type APIResponse, type Page } from "@playwright/test";
import { HEADER_ROW } from "@/lib/export/xlsx/workbook";
import { fixedIntl } from "@/lib/i18n/fixed";
import { signedInAs, withDatabase } from "../support/session";

const formatNumber = fixedIntl("vi").f.number;
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

async function download(page: Page, testId = "export-xlsx"): Promise<ExcelJS.Workbook> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return workbookOf(Buffer.concat(chunks));
}

async function fetched(response: APIResponse): Promise<ExcelJS.Workbook> {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("spreadsheetml");
  return workbookOf(await response.body());
}

/** The table's rows below the header, as arrays of cell values (1-based like Excel's columns). */
function tableRows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row, number) => {
    if (number > HEADER_ROW) rows.push(row.values as ExcelJS.CellValue[]);
  });
  return rows;
}

const one = <T>(sql: string, values: unknown[] = []) => withDatabase(async (client) => (await client.query(sql, values)).rows[0] as T);

/** stuphap's unit (today's Sở Tư pháp since the 2025 merger) and the names of the units it succeeded. */
async function ownAgency(): Promise<{ id: number; code: string; name: string; predecessors: string[] }> {
  return one(
    `SELECT a.id, a.code, a.name,
            coalesce((SELECT array_agg(p.name) FROM agency p WHERE p.code LIKE '%STP' AND p.id <> a.id AND p.valid_to IS NOT NULL), '{}') AS predecessors
       FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE u.username = 'stuphap'`,
  );
}

test("Home Affairs downloads an agency's dossier list from its page: every dossier of the database, typed, and audited", async ({ page }) => {
  const agency = await one<{ id: number; name: string }>("SELECT id, name FROM agency WHERE code = 'STP'");
  const { count } = await one<{ count: number }>(
    `SELECT count(*)::int AS count FROM dossier WHERE agency_id = $1
       AND received_at >= ('2024-04-01'::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND received_at < ('2024-07-01'::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`,
    [agency.id],
  );
  await signedInAs(page, "sonoivu");
  await page.goto(`/dossiers/list?agency=${agency.id}&period=2024-Q2`);
  const workbook = await download(page);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getCell("A1").value).toContain("Quý II/2024");
  expect(sheet.getCell("B3").value).toBe(agency.name);
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW });
  expect(sheet.getCell(`A${HEADER_ROW}`).value).toBe("Mã hồ sơ");
  const rows = tableRows(sheet);
  expect(rows.length).toBe(count);
  expect(count).toBeGreaterThan(0);
  // received: a date cell; agency: the one asked for
  expect(rows[0]![5]).toBeInstanceOf(Date);
  expect(new Set(rows.map((row) => row[2]))).toEqual(new Set([agency.name]));
  expect(workbook.worksheets.at(-1)!.name).toBe("Bộ lọc và định nghĩa");

  const audit = await one<{ actor: string; details: { filters: Record<string, string> } }>(
    `SELECT u.username AS actor, a.details FROM audit_log a JOIN app_user u ON u.id = a.actor_id
      WHERE a.action = 'EXPORT_CREATED' AND a.entity_id = 'dossier-list' ORDER BY a.id DESC LIMIT 1`,
  );
  expect(audit.actor).toBe("sonoivu");
  expect(audit.details.filters).toMatchObject({ agency: String(agency.id), period: "2024-Q2" });
});

test("the tasks and scorecard workbooks carry the page's figures", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  await page.goto("/tasks?period=2024");
  const tasks = await download(page);
  const { assigned } = await one<{ assigned: number }>(
    `SELECT count(*)::int AS assigned FROM task
      WHERE assigned_at >= ('2024-01-01'::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND assigned_at < ('2025-01-01'::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
        AND assigned_at < ((SELECT (value #>> '{}')::date + 1 FROM setting WHERE key = 'data_as_of')::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`,
  );
  const byAgency = tableRows(tasks.worksheets[0]!);
  expect(byAgency.length).toBeGreaterThan(0);
  expect(typeof byAgency[0]![2]).toBe("number");
  expect(tableRows(tasks.worksheets[1]!).length).toBe(assigned);

  await page.goto("/scorecard?period=2024-Q2");
  const scorecard = await download(page);
  expect(scorecard.worksheets.map((sheet) => sheet.name)).toContain("Bảng xếp hạng cơ quan, đơn vị");
  const league = tableRows(scorecard.getWorksheet("Bảng xếp hạng cơ quan, đơn vị")!);
  expect(league.length).toBeGreaterThan(0);
  // a late rate is a ratio with a percentage format, never text
  const rate = league.find((row) => typeof row[4] === "number");
  expect(rate).toBeDefined();
});

test("agency staff's workbooks hold their own agency only, whatever the URL asks", async ({ page }) => {
  const own = await ownAgency();
  const other = await one<{ id: number }>("SELECT id FROM agency WHERE code LIKE '%SYT' AND valid_to IS NULL");
  await signedInAs(page, "stuphap");
  const list = await fetched(await page.request.get("/dossiers/list/export?period=2024-Q2"));
  // by today's units (issue 15) the unit reads its predecessors' dossiers too: Justice's, never another department's
  const names = new Set(tableRows(list.worksheets[0]!).map((row) => String(row[2])));
  expect(names.has(own.name) || [...names].some((name) => own.predecessors.includes(name))).toBe(true);
  for (const name of names) expect([own.name, ...own.predecessors]).toContain(name);
  const tasks = await fetched(await page.request.get(`/tasks/export?period=2024&agency=${other.id}`));
  for (const name of new Set(tableRows(tasks.worksheets[1]!).map((row) => String(row[3])))) expect([own.name, ...own.predecessors]).toContain(name);
  expect(tasks.worksheets[0]!.getCell("B3").value).toBe(own.name);
  for (const url of [`/dossiers/agencies/${other.id}/export`, `/dossiers/list/export?agency=${other.id}`, `/dossiers/compliance/export?format=xlsx&agency=${other.id}`]) {
    expect((await page.request.get(url)).status(), url).toBe(404);
  }
  expect((await page.request.get("/dossiers/list/export?period=9999")).status()).toBe(400);
});

test("the quarter's CCHC report downloads as Word in the decree's form, with the database's figures; agency staff get their own unit's", async ({ page }) => {
  const period = await one<{ year: number; quarter: number }>(
    `SELECT p.year, p.quarter FROM report r JOIN reporting_period p ON p.id = r.period_id
      WHERE r.status = 'APPROVED' ORDER BY p.year DESC, p.quarter DESC LIMIT 1`,
  );
  const key = `${period.year}-Q${period.quarter}`;
  const from = `${period.year}-${String(period.quarter * 3 - 2).padStart(2, "0")}-01`;
  const { received } = await one<{ received: number }>(
    `SELECT count(*)::int AS received FROM dossier
      WHERE received_at >= ($1::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND received_at < (($1::date + interval '3 months')::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`,
    [from],
  );
  await signedInAs(page, "sonoivu");
  await page.goto(`/reports?period=${key}`);
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-docx").click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const { value: text } = await mammoth.extractRawText({ buffer: Buffer.concat(chunks) });
  for (const part of ["SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "/BC-SNV", "BÁO CÁO", "Nơi nhận:", "PHỤ LỤC: SỐ LIỆU THỐNG KÊ"]) {
    expect(text, part).toContain(part);
  }
  expect(text).toContain(`tiếp nhận mới ${formatNumber(received)} hồ sơ`);
  expect(text).toContain("Sở Y tế");

  const context = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
  const agencyPage = await context.newPage();
  await signedInAs(agencyPage, "stuphap");
  const other = await one<{ id: number }>("SELECT id FROM agency WHERE code LIKE '%SYT' AND valid_to IS NULL");
  const own = await ownAgency();
  const response = await agencyPage.request.get(`/reports/document?period=${key}&agency=${other.id}`);
  expect(response.status()).toBe(200);
  const word = (await mammoth.extractRawText({ buffer: await response.body() })).value;
  expect(word).toContain("SỞ TƯ PHÁP");
  expect(word).toContain(`/BC-${own.code}`);
  expect(word).not.toContain("Sở Y tế");
  await context.close();
});
