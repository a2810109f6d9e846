// The CCHC report's content: the parts of Nghị định 30/2020 (motto, number and symbol, place and
// date with its leading zeros), the figures in vi-VN, the 10 % rule's assessment and the annex.
import { describe, expect, it } from "vitest";
import { buildCchcReport } from "@/lib/export/report/content";
import { placeAndDate } from "@/lib/export/report/model";
import { fixedIntl } from "@/lib/i18n/fixed";
import { INPUT } from "./report-input";

const vi = fixedIntl("vi");

describe("the CCHC report", () => {
  it("dates as Nghị định 30/2020 writes them, in Việt Nam's calendar", () => {
    // 20:00 UTC on 4 February is already the 5th in Việt Nam
    expect(placeAndDate("Khánh Hòa", new Date("2026-02-04T20:00:00Z"))).toBe("Khánh Hòa, ngày 05 tháng 02 năm 2026");
    expect(placeAndDate("Khánh Hòa", new Date("2026-12-12T03:00:00Z"))).toBe("Khánh Hòa, ngày 12 tháng 12 năm 2026");
    expect(placeAndDate("Khánh Hòa", new Date("2026-03-01T03:00:00Z"))).toBe("Khánh Hòa, ngày 01 tháng 3 năm 2026");
  });

  it("has the header, title, body and signature of an administrative document", () => {
    const report = buildCchcReport(INPUT, vi);
    expect(report.parentBody).toBe("UỶ BAN NHÂN DÂN TỈNH KHÁNH HÒA");
    expect(report.issuingBody).toBe("SỞ NỘI VỤ");
    expect(report.motto).toEqual({ country: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", words: "Độc lập - Tự do - Hạnh phúc" });
    expect(report.numberAndSymbol).toMatch(/^Số: +\/BC-SNV$/);
    expect(report.placeAndDate).toBe("Khánh Hòa, ngày 05 tháng 02 năm 2026");
    expect(report.kind).toBe("BÁO CÁO");
    expect(report.subject).toBe("Kết quả thực hiện công tác cải cách hành chính Quý II/2024");
    expect(report.signature.position).toBe("GIÁM ĐỐC");
    expect(report.recipients.at(-1)).toBe("- Lưu: VT, CCHC.");
    for (const text of [report.subject, ...report.sections.flatMap((s) => s.paragraphs)]) expect(text).toBe(text.normalize("NFC"));
  });

  it("states the figures in vi-VN and judges the 10 % rule", () => {
    const report = buildCchcReport(INPUT, vi);
    const [dossiers, tasks] = report.sections[1]!.paragraphs;
    expect(dossiers).toContain("tiếp nhận mới 3.761.706 hồ sơ");
    expect(dossiers).toContain("trễ hạn 12.514");
    expect(tasks).toContain("được giao 16.298 nhiệm vụ");
    const assessment = report.sections[2]!.paragraphs;
    expect(assessment[0]).toContain("dưới ngưỡng 10 %");
    expect(assessment[1]).toContain("Có 1 cơ quan, đơn vị");
    expect(assessment[1]).toContain("Sở Y tế");
  });

  it("annexes the statistical tables: dossiers, tasks, approved indicators and agencies", () => {
    const { annex } = buildCchcReport(INPUT, vi);
    expect(annex.tables.map((table) => table.title)).toEqual([
      "Biểu 1. Kết quả giải quyết hồ sơ thủ tục hành chính",
      "Biểu 2. Thực hiện nhiệm vụ được giao",
      "Biểu 3. Chỉ tiêu báo cáo định kỳ đã phê duyệt",
      "Biểu 4. Tỷ lệ hồ sơ trễ hạn và nhiệm vụ đúng hạn theo cơ quan, đơn vị",
    ]);
    expect(annex.tables[0]!.rows[1]).toEqual(["Tiếp nhận trong kỳ", "3.761.706", "1.000"]);
    expect(annex.tables[3]!.rows[0]).toEqual(["1", "Sở Y tế (≥ 10 %)", "100", "12,50\u00a0%", "90,00\u00a0%"]);
    expect(annex.tables[3]!.rows[1]![4]).toBe("không có dữ liệu");
  });

  it("is the unit's own when issued by a unit", () => {
    const report = buildCchcReport({ ...INPUT, unit: { name: "Sở Tư pháp", code: "STP" }, unitValues: [{ code: "X", name: "Y", value: "3" }] }, vi);
    expect(report.issuingBody).toBe("SỞ TƯ PHÁP");
    expect(report.numberAndSymbol).toMatch(/\/BC-STP$/);
    expect(report.subject).toContain("của Sở Tư pháp");
    expect(report.annex.tables.map((table) => table.title).slice(2)).toEqual(["Biểu 3. Số liệu báo cáo của đơn vị"]);
    expect(report.sections[2]!.paragraphs).toHaveLength(1);
  });
});
