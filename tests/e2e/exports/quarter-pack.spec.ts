// The quarter pack as Home Affairs and as agency staff download it (issue 20 item 4): the ZIP
// unzips, its manifest names every file with a SHA-256 that matches the bytes, and one figure of
// each file is the database's — the received dossiers in the Word and the PDF report and in the
// scorecard print, the review board's approved rows in the workbook, a unit's approved value in its
// own report. An agency user's pack holds their own unit only. The download is audited.
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import mammoth from "mammoth";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import type { PackManifest } from "@/lib/export/pack/quarter-pack";
import { HEADER_ROW } from "@/lib/export/xlsx/workbook";
import { fixedIntl } from "@/lib/i18n/fixed";
import { readPdf, squash } from "../../unit/export/pdf-text";
import { signedInAs, withDatabase } from "../support/session";

const formatNumber = fixedIntl("vi").f.number;
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 240_000 });

const one = <T>(sql: string, values: unknown[] = []) => withDatabase(async (client) => (await client.query(sql, values)).rows[0] as T);
const all = <T>(sql: string, values: unknown[] = []) => withDatabase(async (client) => (await client.query(sql, values)).rows as T[]);

/** The latest quarter with an approved report, and its dossiers received (all, or one agency's). */
async function quarter(agencyId?: number) {
  const period = await one<{ id: number; year: number; quarter: number }>(
    `SELECT p.id, p.year, p.quarter FROM report r JOIN reporting_period p ON p.id = r.period_id
      WHERE r.status = 'APPROVED' ORDER BY p.year DESC, p.quarter DESC LIMIT 1`,
  );
  const from = `${period.year}-${String(period.quarter * 3 - 2).padStart(2, "0")}-01`;
  const { received } = await one<{ received: number }>(
    `SELECT count(*)::int AS received FROM dossier
      WHERE received_at >= ($1::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND received_at < (($1::date + interval '3 months')::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
        ${agencyId ? "AND agency_id = $2" : ""}`,
    agencyId ? [from, agencyId] : [from],
  );
  return { ...period, key: `${period.year}-Q${period.quarter}`, received };
}

async function unzip(page: Page, url: string): Promise<{ zip: JSZip; manifest: PackManifest }> {
  const response = await page.request.get(url, { timeout: 180_000 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/zip");
  const zip = await JSZip.loadAsync(await response.body());
  const manifest = JSON.parse(await zip.file("manifest.json")!.async("string")) as PackManifest;
  // every file named, every checksum the bytes', nothing more in the ZIP than the manifest says
  expect(Object.keys(zip.files).filter((name) => !zip.files[name]!.dir && name !== "manifest.json").sort()).toEqual(manifest.files.map((f) => f.path).sort());
  for (const entry of manifest.files) {
    const bytes = await zip.file(entry.path)!.async("nodebuffer");
    expect(createHash("sha256").update(bytes).digest("hex"), entry.path).toBe(entry.sha256);
    expect(bytes.length).toBe(entry.bytes);
  }
  return { zip, manifest };
}

const file = (zip: JSZip, pattern: RegExp) => {
  const [name] = Object.keys(zip.files).filter((n) => pattern.test(n));
  expect(name, String(pattern)).toBeDefined();
  return zip.file(name!)!.async("nodebuffer");
};

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
}

function rowsOf(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row, number) => {
    if (number > HEADER_ROW) rows.push(row.values as ExcelJS.CellValue[]);
  });
  return rows;
}

test("Home Affairs's quarter pack: the report, the print, the workbook and every approved unit report, each checked against the database", async ({ page }) => {
  const q = await quarter();
  const approved = await all<{ agency_id: number }>(`SELECT agency_id FROM report WHERE period_id = $1 AND status = 'APPROVED' ORDER BY agency_id`, [q.id]);
  await signedInAs(page, "sonoivu");
  await page.goto(`/reports?period=${q.key}`);
  await expect(page.getByTestId("export-pack")).toHaveAttribute("href", `/reports/pack?period=${q.key}`);
  const { zip, manifest } = await unzip(page, `/reports/pack?period=${q.key}`);
  expect(manifest).toMatchObject({ kind: "cchc-quarter-pack", unit: null, period: { key: q.key }, generatedBy: "sonoivu" });

  const word = (await mammoth.extractRawText({ buffer: await file(zip, /^1-bao-cao\/.*\.docx$/) })).value;
  expect(word).toContain(`tiếp nhận mới ${formatNumber(q.received)} hồ sơ`);
  const report = await readPdf(await file(zip, /^1-bao-cao\/.*\.pdf$/));
  expect(squash(report.pages.map((p) => p.text).join(""))).toContain(squash(`tiếp nhận mới ${formatNumber(q.received)} hồ sơ`));
  const print = await readPdf(await file(zip, /^2-bang-diem\/.*\.pdf$/));
  expect(print.pages.length).toBeLessThanOrEqual(4);
  expect(squash(print.pages[0]!.text)).toContain(formatNumber(q.received));

  const tables = await workbook(await file(zip, /^3-so-lieu\/.*\.xlsx$/));
  const board = tables.worksheets.find((sheet) => sheet.name.startsWith("Tình hình") || rowsOf(sheet).some((row) => row.includes("Đã phê duyệt")));
  expect(board, tables.worksheets.map((s) => s.name).join(", ")).toBeDefined();
  expect(rowsOf(board!).filter((row) => row.includes("Đã phê duyệt")).length).toBe(approved.length);

  const units = manifest.files.filter((f) => f.path.startsWith("4-bao-cao-don-vi/"));
  expect(units.map((f) => Number(/don-vi-(\d+)-/.exec(f.path)![1])).sort((a, b) => a - b)).toEqual(approved.map((r) => r.agency_id));
  const first = approved[0]!.agency_id;
  const value = await one<{ code: string; value: string }>(
    `SELECT i.code, v.value::text AS value FROM report_value v JOIN report r ON r.id = v.report_id JOIN indicator i ON i.id = v.indicator_id
      WHERE r.period_id = $1 AND r.agency_id = $2 AND v.value IS NOT NULL AND i.unit = 'COUNT' ORDER BY i.code LIMIT 1`,
    [q.id, first],
  );
  const unitBook = await workbook(await file(zip, new RegExp(`^4-bao-cao-don-vi/don-vi-${first}-`)));
  const line = rowsOf(unitBook.worksheets[0]!).find((row) => row[1] === value.code);
  expect(line, value.code).toBeDefined();
  expect(line!.some((cell) => typeof cell === "number" && Math.abs(cell - Number(value.value)) < 1e-9)).toBe(true);

  const audit = await one<{ actor: string; details: { format: string; rows: number; filters: Record<string, string> } }>(
    `SELECT u.username AS actor, a.details FROM audit_log a JOIN app_user u ON u.id = a.actor_id
      WHERE a.action = 'EXPORT_CREATED' AND a.entity_id = 'quarter-pack' ORDER BY a.id DESC LIMIT 1`,
  );
  expect(audit).toMatchObject({ actor: "sonoivu", details: { format: "zip", rows: manifest.files.length, filters: { period: q.key } } });
});

test("an agency user's quarter pack holds their own unit only", async ({ page }) => {
  const own = await one<{ id: number; name: string }>("SELECT a.id, a.name FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE u.username = 'stuphap'");
  const q = await quarter(own.id);
  await signedInAs(page, "stuphap");
  const { zip, manifest } = await unzip(page, `/reports/pack?period=${q.key}`);
  expect(manifest.unit).toEqual({ id: own.id, name: own.name });
  expect(manifest.files.some((f) => f.path.startsWith("2-bang-diem/"))).toBe(false);
  // their own approved report of the quarter, if there is one, and no other unit's
  const { approved } = await one<{ approved: number }>(`SELECT count(*)::int AS approved FROM report WHERE period_id = $1 AND agency_id = $2 AND status = 'APPROVED'`, [q.id, own.id]);
  expect(manifest.files.filter((f) => f.path.startsWith("4-bao-cao-don-vi/")).map((f) => f.path)).toEqual(approved ? [`4-bao-cao-don-vi/don-vi-${own.id}-${q.key}.xlsx`] : []);
  const word = (await mammoth.extractRawText({ buffer: await file(zip, /^1-bao-cao\/.*\.docx$/) })).value;
  expect(word).toContain("SỞ TƯ PHÁP");
  expect(word).toContain(`tiếp nhận mới ${formatNumber(q.received)} hồ sơ`);
  expect(word).not.toContain("Sở Y tế");
  const tables = await workbook(await file(zip, /^3-so-lieu\/.*\.xlsx$/));
  for (const sheet of tables.worksheets.slice(0, -1)) {
    for (const row of rowsOf(sheet)) expect(row.filter((cell) => typeof cell === "string" && cell.startsWith("Sở ") && cell !== own.name), sheet.name).toEqual([]);
  }
});
