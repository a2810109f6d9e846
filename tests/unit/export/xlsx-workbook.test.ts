// The workbook as a reader finds it: exceljs reads the file back; the title block, typed cells with
// their display formats, the frozen header, the autofilter, the notes sheet, injection-safe text and
// Vietnamese diacritics (NFC) come out as written.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sheet, unitCell, type XlsxColumn } from "@/lib/export/xlsx/columns";
import { fixedIntl } from "@/lib/i18n/fixed";
import { HEADER_ROW, sheetName, workbookBuffer, writeWorkbook } from "@/lib/export/xlsx/workbook";

type Row = { name: string; count: number; rate: number | null; day: string; at: Date };

const columns: XlsxColumn<Row>[] = [
  { key: "name", header: "Cơ quan, đơn vị", type: "text", value: (row) => row.name },
  { key: "count", header: "Tiếp nhận", type: "integer", value: (row) => row.count },
  { key: "rate", header: "Tỷ lệ đúng hạn", type: "percent", value: (row) => row.rate },
  { key: "day", header: "Ngày", type: "date", value: (row) => row.day },
  { key: "at", header: "Thời điểm", type: "datetime", value: (row) => row.at },
];

const title = {
  title: "Nhiệm vụ theo cơ quan",
  province: "Khánh Hòa",
  unit: "Toàn tỉnh",
  period: "Quý 3/2024",
  dataAsOf: "30/09/2024",
  exportedBy: "Nguyễn Thị Hằng",
  exportedAt: new Date("2024-10-01T03:00:00Z"),
};
const vi = fixedIntl("vi");
const notes = { filters: [["Kỳ", "Quý 3/2024"]] as const, definitions: [["Tỷ lệ trễ hạn", "(trễ + quá hạn) ÷ phải giải quyết"]] as const };

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe("XLSX workbook", () => {
  const rows: Row[] = [
    { name: "Sở Tư pháp", count: 3_761_706, rate: 0.9947, day: "2021-09-28", at: new Date("2024-03-01T01:30:00Z") },
    { name: "=HYPERLINK(\"http://x\")", count: 0, rate: null, day: "2024-02-29", at: new Date("2024-02-29T17:00:00Z") },
  ];

  it("writes the title block, a frozen header with an autofilter, typed cells with vi-VN display formats", async () => {
    const workbook = await read(await workbookBuffer({ title, sheets: [sheet("Theo cơ quan", columns, rows)], notes, intl: vi }));
    const ws = workbook.getWorksheet("Theo cơ quan")!;
    expect(ws.getCell("A1").value).toBe("Nhiệm vụ theo cơ quan");
    expect(ws.getRow(2).values).toEqual([undefined, "Tỉnh", "Khánh Hòa"]);
    expect(ws.getCell("B3").value).toBe("Toàn tỉnh");
    expect(ws.getCell("B4").value).toBe("Quý 3/2024");
    expect(ws.getCell("B5").value).toBe("30/09/2024");
    expect(ws.getCell("B6").value).toBe("Nguyễn Thị Hằng");
    expect(ws.getCell("B7").value).toBe(vi.f.dateTime(title.exportedAt));
    expect(ws.getCell("B7").value).toMatch(/10:00/);
    expect(ws.getRow(HEADER_ROW).values).toEqual([undefined, "Cơ quan, đơn vị", "Tiếp nhận", "Tỷ lệ đúng hạn", "Ngày", "Thời điểm"]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW });
    expect(ws.autoFilter).toBe(`A${HEADER_ROW}:E${HEADER_ROW + 2}`);

    const first = ws.getRow(HEADER_ROW + 1);
    expect(first.getCell(2).value).toBe(3_761_706);
    expect(first.getCell(2).numFmt).toBe("#,##0");
    expect(first.getCell(3).value).toBe(0.9947);
    expect(first.getCell(3).numFmt).toBe("0.00%");
    expect(first.getCell(4).value).toEqual(new Date("2021-09-28T00:00:00Z"));
    expect(first.getCell(4).numFmt).toBe("dd/mm/yyyy");
    // 01:30 UTC is 08:30 in Việt Nam, the time an official reads
    expect(first.getCell(5).value).toEqual(new Date("2024-03-01T08:30:00Z"));
    const second = ws.getRow(HEADER_ROW + 2);
    expect(second.getCell(1).value).toBe("'=HYPERLINK(\"http://x\")");
    expect(second.getCell(3).value).toBeNull();
    // 17:00 UTC on 29/02 is already 01/03 in Việt Nam
    expect(second.getCell(5).value).toEqual(new Date("2024-03-01T00:00:00Z"));
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual("=HYPERLINK(\"http://x\")".length);
  });

  it("ends with the sheet of filters and definitions, in NFC Vietnamese", async () => {
    const workbook = await read(await workbookBuffer({ title, sheets: [sheet("Theo cơ quan", columns, rows)], notes, intl: vi }));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Theo cơ quan", "Bộ lọc và định nghĩa"]);
    const ws = workbook.worksheets[1]!;
    const texts = ws.getSheetValues().flat().filter((value): value is string => typeof value === "string");
    expect(texts).toContain("Bộ lọc đã dùng");
    expect(texts).toContain("Quý 3/2024");
    expect(texts).toContain("Tỷ lệ trễ hạn");
    for (const value of texts) expect(value).toBe(value.normalize("NFC"));
  });

  it("streams rows from an async source and can be cancelled between rows", async () => {
    async function* many() {
      for (let i = 0; i < 2_500; i += 1) yield { name: `Hồ sơ ${i}`, count: i, rate: i / 2_500, day: "2024-01-02", at: new Date(0) };
    }
    const workbook = await read(await workbookBuffer({ title, sheets: [sheet("Hồ sơ", columns, many())], notes, intl: vi }));
    const ws = workbook.getWorksheet("Hồ sơ")!;
    expect(ws.actualRowCount).toBe(HEADER_ROW - 1 + 2_500);
    expect(ws.getRow(HEADER_ROW + 2_500).getCell(2).value).toBe(2_499);

    const stop = new AbortController();
    async function* endless() {
      for (let i = 0; ; i += 1) {
        if (i === 100) stop.abort(new Error("cancelled"));
        yield { name: "x", count: i, rate: null, day: "2024-01-02", at: new Date(0) };
      }
    }
    const sink = new PassThrough();
    sink.resume();
    await expect(writeWorkbook({ title, sheets: [sheet("x", columns, endless())], notes, intl: vi }, sink, stop.signal)).rejects.toThrow("cancelled");
    // a machine shared by several builds: reading 2 500 rows back takes seconds
  }, 60_000);

  it("formats a number by its row's unit when the column mixes units (report values)", async () => {
    type Value = { value: number | null; unit: "COUNT" | "PERCENT" | "SCORE" };
    const valueColumns: XlsxColumn<Value>[] = [{ key: "v", header: "Giá trị", type: "decimal", value: (row) => unitCell(row.value, row.unit) }];
    const values: Value[] = [{ value: 1_777, unit: "COUNT" }, { value: 85.78, unit: "PERCENT" }, { value: 46.0002, unit: "SCORE" }, { value: null, unit: "COUNT" }];
    const ws = (await read(await workbookBuffer({ title, sheets: [sheet("Giá trị", valueColumns, values)], notes, intl: vi }))).worksheets[0]!;
    const cell = (i: number) => ws.getRow(HEADER_ROW + 1 + i).getCell(1);
    expect([cell(0).value, cell(0).numFmt]).toEqual([1_777, "#,##0"]);
    expect([cell(1).value, cell(1).numFmt]).toEqual([0.8578, "0.00%"]);
    expect([cell(2).value, cell(2).numFmt]).toEqual([46.0002, "#,##0.00##"]);
    expect(cell(3).value).toBeNull();
  });

  it("names sheets as Excel allows", () => {
    const taken = new Set<string>();
    expect(sheetName("Báo cáo: quý 3/2024 [tỉnh]", taken)).toBe("Báo cáo  quý 3 2024  tỉnh");
    expect(sheetName("Báo cáo  quý 3 2024  tỉnh", taken)).toBe("Báo cáo  quý 3 2024  tỉnh (2)");
    expect(sheetName("x".repeat(40), taken)).toHaveLength(31);
  });
});
