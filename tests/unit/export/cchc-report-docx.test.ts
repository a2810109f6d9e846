// The CCHC report as Word reads it back: mammoth extracts the text (every part of Nghị định
// 30/2020 and the figures, NFC diacritics), and the document's XML holds the A4 page, the margins,
// Times New Roman, the page number field and the annex tables.
import JSZip from "jszip";
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { cchcReportDocx } from "@/lib/export/docx/cchc-report";
import { buildCchcReport } from "@/lib/export/report/content";
import { fixedIntl } from "@/lib/i18n/fixed";
import { INPUT } from "./report-input";

describe("the CCHC report as DOCX", () => {
  const report = buildCchcReport(INPUT, fixedIntl("vi"));
  let text = "";
  let zip: JSZip;
  let xml = "";
  beforeAll(async () => {
    const file = await cchcReportDocx(report);
    text = (await mammoth.extractRawText({ buffer: file })).value;
    zip = await JSZip.loadAsync(file);
    xml = await zip.file("word/document.xml")!.async("string");
  }, 30_000);

  it("holds every part of the administrative document, in NFC Vietnamese", () => {
    for (const part of [
      "UỶ BAN NHÂN DÂN TỈNH KHÁNH HÒA", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      report.numberAndSymbol, "Khánh Hòa, ngày 05 tháng 02 năm 2026", "BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính Quý II/2024",
      "I. KẾT QUẢ THỰC HIỆN", "II. ĐÁNH GIÁ CHUNG", "Nơi nhận:", "- Lưu: VT, CCHC.", "GIÁM ĐỐC", "PHỤ LỤC: SỐ LIỆU THỐNG KÊ",
    ]) expect(text, part).toContain(part);
    expect(text).toBe(text.normalize("NFC"));
  });

  it("carries the figures as the page shows them (vi-VN)", () => {
    expect(text).toContain("tiếp nhận mới 3.761.706 hồ sơ");
    expect(text).toContain("Biểu 4. Tỷ lệ hồ sơ trễ hạn và nhiệm vụ đúng hạn theo cơ quan, đơn vị");
    expect(text).toContain("Sở Y tế (≥ 10 %)");
    expect(text).toContain("12,50\u00a0%");
  });

  it("is laid out on A4 with the decree's margins, Times New Roman 14 pt and page numbers", async () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134"[^>]*w:right="850"[^>]*w:bottom="1134"[^>]*w:left="1701"/);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('<w:sz w:val="28"/>');
    expect(xml).toContain("<w:titlePg/>");
    const headers = await Promise.all(zip.file(/word\/header\d+\.xml/).map((f) => f.async("string")));
    expect(headers.join("")).toContain("PAGE");
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(2 + report.annex.tables.length);
  });
});
