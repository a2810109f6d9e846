// The exports in English (issue 23): Home Affairs staff who chose English (the cchc-locale cookie
// the header's switch sets) download the scorecard's workbook, its print and the CCHC report in
// English — the title block, the sheets, the headers and the notes, en-GB numbers — while the
// units keep their Vietnamese names. The Vietnamese downloads are download-workbooks.spec.ts'.
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { HEADER_ROW } from "@/lib/export/xlsx/workbook";
import { readPdf, squash } from "../../unit/export/pdf-text";
import { signedInAs } from "../support/session";

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

async function inEnglish(page: Page): Promise<void> {
  await signedInAs(page, "sonoivu");
  await page.goto("/scorecard");
  await page.context().addCookies([{ name: "cchc-locale", value: "en", url: new URL(page.url()).origin }]);
}

async function body(page: Page, url: string, type: string): Promise<Buffer> {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toContain(type);
  return response.body();
}

test("Home Affairs in English downloads the scorecard's workbook, its print and the CCHC report in English", async ({ page }) => {
  await inEnglish(page);

  await test.step("the workbook: English title block, sheets, headers and notes", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await body(page, "/scorecard/export?period=2024-Q2", "spreadsheetml")) as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe("Headline figures");
    expect(names.at(-1)).toBe("Filters and definitions");
    const figures = workbook.worksheets[0]!;
    expect(figures.getCell("A1").value).toBe("Province-wide administrative reform scorecard");
    expect(figures.getCell("A2").value).toBe("Province");
    expect(figures.getCell("B3").value).toBe("Whole province");
    expect(figures.getCell("B4").value).toBe("Q2 2024");
    expect(String(figures.getCell("B5").value)).toMatch(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}$/);
    expect(figures.getRow(HEADER_ROW).getCell(1).value).toBe("Figure");
    expect(String(figures.getRow(HEADER_ROW).getCell(3).value)).toBe("Previous: Q1 2024");
    // the league: English headers, units by their Vietnamese names
    const league = workbook.worksheets[1]!;
    expect(league.getRow(HEADER_ROW).values).toContain("Late dossiers");
    expect(String(league.getRow(HEADER_ROW + 1).getCell(3).value)).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  });

  await test.step("the print: English headings and running line, en-GB numbers", async () => {
    const { pages } = await readPdf(await body(page, "/scorecard/print?period=2024-Q2", "application/pdf"));
    const text = squash(pages.map((p) => p.text).join(""));
    expect(text).toContain(squash("Headline figures"));
    expect(text).toContain(squash("units with the highest late rate"));
    expect(text).toMatch(/\d+\.\d{2}%/);
    expect(squash(pages[0]!.bottom)).toContain(squash(`Page 1/${pages.length}`));
  });

  await test.step("the CCHC report: the parts of an administrative document, in English", async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: await body(page, "/reports/document?period=2024-Q2&format=docx", "wordprocessingml") });
    for (const part of ["DEPARTMENT OF HOME AFFAIRS", "SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness", "/BC-SNV", "REPORT", "Recipients:", "ANNEX: STATISTICAL TABLES"]) {
      expect(text, part).toContain(part);
    }
    expect(text).toMatch(/1\. Administrative procedures: \d[\d,]* dossiers received/);
    expect(text).not.toContain("BÁO CÁO");
  });
});
