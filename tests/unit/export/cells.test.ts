// Formula injection (OWASP "CSV Injection"): every cell the app writes for a spreadsheet that
// would start a formula arrives as text; numbers stay numbers. The compliance export (buildCsv)
// and the import's error report both go through the same rule.
import { describe, expect, it } from "vitest";
import { isFormulaLike, neutraliseCell, neutraliseText } from "@/lib/export/cells";
import { buildCsv, parseCsv } from "@/lib/export/csv";
import { ErrorReport } from "@/lib/import/report";

describe("neutraliseText", () => {
  it("prefixes every formula trigger of the issue and OWASP", () => {
    for (const payload of ["=HYPERLINK(\"http://evil.example\",\"x\")", "=1+1", "@SUM(1)", "+1+1", "-1+1+cmd|'/Ccalc'!A0", "\t=1", "\r=1", "\n=1"]) {
      expect(isFormulaLike(payload)).toBe(true);
      expect(neutraliseText(payload)).toBe(`'${payload}`);
    }
  });

  it("also after leading spaces and in full-width forms", () => {
    expect(neutraliseText("  =1+1")).toBe("'  =1+1");
    expect(neutraliseText("\uff1d1+1")).toBe("'\uff1d1+1");
    expect(neutraliseText("\uff20SUM(1)")).toBe("'\uff20SUM(1)");
  });

  it("leaves plain numbers, dates, names and codes as they are", () => {
    for (const value of ["-5", "+84", "-1.234,5", "-12,50 %", "1234", "15/08/2024", "Sở Tư pháp", "H58.22-240815-0001", "a=b", "", "e-mail"]) {
      expect(neutraliseText(value)).toBe(value);
    }
  });

  it("passes numbers, dates, booleans and empty cells through untouched (for exceljs writers)", () => {
    const day = new Date("2024-08-15T00:00:00Z");
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(day)).toBe(day);
    expect(neutraliseCell(true)).toBe(true);
    expect(neutraliseCell(null)).toBeNull();
    expect(neutraliseCell("=1+1")).toBe("'=1+1");
  });
});

describe("files the app writes", () => {
  it("the compliance export writes formula payloads as text", () => {
    const csv = buildCsv([["Danh sách", "=1+1"]], ["Mã", "Cơ quan"], [["-1+1+cmd|'/Ccalc'!A0", "@SUM(1)"], [-3, "-3"]]);
    expect(parseCsv(csv)).toEqual([["Danh sách", "'=1+1"], [""], ["Mã", "Cơ quan"], ["'-1+1+cmd|'/Ccalc'!A0", "'@SUM(1)"], ["-3", "-3"]]);
  });

  it("the import's error report echoes the uploaded cells as text, with the line number as a number", () => {
    const report = new ErrorReport(["Mã nhiệm vụ", "Nội dung nhiệm vụ"]);
    report.add({ line: 2, column: "Nội dung nhiệm vụ", reason: "Thiếu nội dung." }, ["=HYPERLINK(\"http://evil.example\")", "@SUM(1)"]);
    report.add({ line: 3, column: "Mã nhiệm vụ", reason: "Thiếu mã." }, ["=1+1", "-7"]);
    const rows = parseCsv(report.toBuffer().toString("utf8"));
    expect(rows[1]).toEqual(["2", "Nội dung nhiệm vụ", "Thiếu nội dung.", "'=HYPERLINK(\"http://evil.example\")", "'@SUM(1)"]);
    expect(rows[2]).toEqual(["3", "Mã nhiệm vụ", "Thiếu mã.", "'=1+1", "-7"]);
  });
});
