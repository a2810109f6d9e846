// CSV that Excel opens with Vietnamese intact: BOM, CRLF, quoting, no formula injection.
import { describe, expect, it } from "vitest";
import { buildCsv, csvField, CSV_BOM, parseCsv } from "@/lib/export/csv";

describe("csvField", () => {
  it("quotes commas, quotes, line breaks and edge spaces", () => {
    expect(csvField("Sở Tư pháp")).toBe("Sở Tư pháp");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField(null)).toBe("");
    expect(csvField(12.5)).toBe("12.5");
  });

  it("defuses spreadsheet formulas but keeps negative numbers", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("@cmd")).toBe("'@cmd");
    expect(csvField("-5")).toBe("-5");
  });
});

describe("buildCsv", () => {
  const csv = buildCsv(
    [["Danh sách", "Hồ sơ hẹn lại quá một lần"], ["Kỳ", "Năm 2024"]],
    ["Mã hồ sơ", "Cơ quan"],
    [["H1", "Sở Y tế"], ["H2", "UBND huyện Ninh Sơn, tỉnh Ninh Thuận"]],
  );

  it("starts with the byte-order mark and ends lines with CRLF", () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(7);
  });

  it("reads back as header lines, a blank line, the columns and the rows", () => {
    expect(parseCsv(csv)).toEqual([
      ["Danh sách", "Hồ sơ hẹn lại quá một lần"],
      ["Kỳ", "Năm 2024"],
      [""],
      ["Mã hồ sơ", "Cơ quan"],
      ["H1", "Sở Y tế"],
      ["H2", "UBND huyện Ninh Sơn, tỉnh Ninh Thuận"],
    ]);
  });
});
