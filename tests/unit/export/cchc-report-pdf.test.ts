// The CCHC report as PDF read back with pdfjs-dist: every part of Nghị định 30/2020 in NFC
// Vietnamese (the embedded Tinos carries each diacritic, and its ToUnicode map gives the text
// back as written), A4 pages, page numbers from page 2, the annex tables with their figures, and
// the same words as the Word document (one model for both).
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { cchcReportDocx } from "@/lib/export/docx/cchc-report";
import { cchcReportPdf } from "@/lib/export/pdf/cchc-report";
import { buildCchcReport } from "@/lib/export/report/content";
import { fixedIntl } from "@/lib/i18n/fixed";
import { INPUT } from "./report-input";
import { readPdf, squash, type PdfPage } from "./pdf-text";

describe("the CCHC report as PDF", () => {
  const report = buildCchcReport(INPUT, fixedIntl("vi"));
  let pages: PdfPage[] = [];
  let fonts: string[] = [];
  let all = "";
  beforeAll(async () => {
    const file = await cchcReportPdf(report);
    expect(file.subarray(0, 5).toString()).toBe("%PDF-");
    ({ pages, fonts } = await readPdf(file));
    all = squash(pages.map((p) => p.text).join("\n"));
  }, 30_000);

  it("holds every part of the administrative document, in NFC Vietnamese", () => {
    for (const part of [
      "UỶ BAN NHÂN DÂN TỈNH KHÁNH HÒA", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      report.numberAndSymbol, "Khánh Hòa, ngày 05 tháng 02 năm 2026", "BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính Quý II/2024",
      "I. KẾT QUẢ THỰC HIỆN", "II. ĐÁNH GIÁ CHUNG", "Nơi nhận:", "- Lưu: VT, CCHC.", "GIÁM ĐỐC", "PHỤ LỤC: SỐ LIỆU THỐNG KÊ", "Số liệu đến ngày 31/08/2024",
    ]) expect(all, part).toContain(squash(part));
    expect(all).toBe(all.normalize("NFC"));
  });

  it("carries the figures of the annex tables as the page shows them", () => {
    expect(all).toContain(squash("tiếp nhận mới 3.761.706 hồ sơ"));
    expect(all).toContain(squash("Biểu 4. Tỷ lệ hồ sơ trễ hạn và nhiệm vụ đúng hạn theo cơ quan, đơn vị"));
    expect(all).toContain(squash("Sở Y tế (≥ 10 %)"));
    expect(all).toContain("12,50%");
    for (const table of report.annex.tables) for (const row of table.rows) expect(all).toContain(squash(row.join("")));
  });

  it("is A4 with Tinos embedded and the page number at the top from page 2", () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(595.28, 1);
      expect(page.height).toBeCloseTo(841.89, 1);
    }
    expect(fonts.some((name) => name.endsWith("+Tinos-Regular"))).toBe(true);
    expect(fonts.some((name) => name.endsWith("+Tinos-Bold"))).toBe(true);
    expect(pages[0]!.top).toBe("");
    pages.slice(1).forEach((page, i) => expect(page.top, `page ${i + 2}`).toBe(String(i + 2)));
  });

  it("says what the Word document says", async () => {
    const word = squash((await mammoth.extractRawText({ buffer: await cchcReportDocx(report) })).value);
    for (const section of report.sections) for (const text of section.paragraphs) {
      expect(word).toContain(squash(text));
      expect(all).toContain(squash(text));
    }
  }, 30_000);
});
