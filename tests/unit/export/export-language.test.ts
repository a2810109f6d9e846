// The exports in the reader's language (issue 23): an English reader gets an English workbook
// (title block, notes sheet, headers, status words, dates by the month's name), an English CCHC
// report and an English print; a Vietnamese reader gets exactly today's text.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { indicesXlsx } from "@/components/scorecard/scorecard-xlsx";
import { taskListXlsx } from "@/components/tasks/tasks-xlsx";
import type { IndexSummary } from "@/lib/data/indices";
import type { TaskListRow } from "@/lib/data/task-list";
import { textTable } from "@/lib/export/display";
import { buildCchcReport } from "@/lib/export/report/content";
import { sheet } from "@/lib/export/xlsx/columns";
import { baseFilters, dossierDefinitions } from "@/lib/export/xlsx/notes";
import { workbookBuffer } from "@/lib/export/xlsx/workbook";
import { fixedIntl } from "@/lib/i18n/fixed";
import { INPUT } from "./report-input";

const vi = fixedIntl("vi");
const en = fixedIntl("en");

const TASK: TaskListRow = {
  id: 1,
  code: "NV-001",
  title: "Rà soát thủ tục",
  agencyId: 7,
  agencyName: "Sở Tư pháp",
  documentNumber: "12/KH-UBND",
  documentDate: new Date("2024-03-01T03:00:00Z"),
  assignedAt: new Date("2024-03-01T03:00:00Z"),
  dueAt: new Date("2024-06-30T03:00:00Z"),
  completedAt: null,
  status: "OVERDUE",
};

async function workbookIn(intl: typeof vi): Promise<ExcelJS.Workbook> {
  const title = { title: intl.t("tasks.heading"), province: "Khánh Hòa", unit: intl.t("export.unit.province"), period: intl.f.period({ kind: "quarter", from: "2024-04-01", to: "2024-06-30" }), dataAsOf: intl.f.localDate("2024-08-31"), exportedBy: "Nguyễn Thị Hằng", exportedAt: new Date("2024-10-01T03:00:00Z") };
  const notes = { filters: baseFilters(intl.t, title.period, title.unit), definitions: dossierDefinitions(intl.t) };
  const buffer = await workbookBuffer({ title, sheets: [sheet(intl.t("tasks.list.heading"), taskListXlsx(intl.t), [TASK])], notes, intl });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe("a workbook in the reader's language", () => {
  it("is English for an English reader: title block, headers, status words, notes and dates by month name", async () => {
    const workbook = await workbookIn(en);
    const [list, notes] = workbook.worksheets;
    expect(list!.getCell("A2").value).toBe("Province");
    expect(list!.getCell("A3").value).toBe("Unit");
    expect(list!.getCell("B3").value).toBe("Whole province");
    expect(list!.getCell("B4").value).toBe("Q2 2024");
    expect(list!.getCell("A5").value).toBe("Data as of");
    expect(list!.getCell("B5").value).toBe("31 Aug 2024");
    expect(list!.getCell("B7").value).toBe(en.f.dateTime(new Date("2024-10-01T03:00:00Z")));
    expect(list!.getRow(9).getCell(2).value).toBe("Task");
    expect(list!.getRow(10).getCell(9).value).toBe("Overdue");
    expect(list!.getRow(10).getCell(6).numFmt).toBe("d mmm yyyy");
    expect(notes!.name).toBe("Filters and definitions");
    expect(notes!.getCell("A9").value).toBe("Filters used");
    expect(notes!.getCell("A10").value).toBe("Period");
  });

  it("is today's Vietnamese for a Vietnamese reader", async () => {
    const workbook = await workbookIn(vi);
    const [list, notes] = workbook.worksheets;
    expect(list!.getCell("A2").value).toBe("Tỉnh");
    expect(list!.getCell("B3").value).toBe("Toàn tỉnh");
    expect(list!.getCell("B4").value).toBe("Quý II/2024");
    expect(list!.getCell("B5").value).toBe("31/08/2024");
    expect(list!.getRow(9).getCell(2).value).toBe("Nhiệm vụ");
    expect(list!.getRow(10).getCell(9).value).toBe("Quá hạn");
    expect(list!.getRow(10).getCell(6).numFmt).toBe("dd/mm/yyyy");
    expect(notes!.name).toBe("Bộ lọc và định nghĩa");
    expect(notes!.getCell("A9").value).toBe("Bộ lọc đã dùng");
  });

  it("names an index by its English name in English, its Vietnamese one in Vietnamese", () => {
    const index = { code: "PAPI", name: "Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh", nameEn: "Provincial Governance and Public Administration Performance Index", unit: "POINTS", maxScore: 80, latestYear: 2023, score: 46.0002, rank: 20, rankOf: 63 } as unknown as IndexSummary;
    expect(textTable(indicesXlsx(en), [index], en.f)).toEqual({
      columns: ["Code", "Name", "Year", "Score", "Maximum", "Rank", "Out of"],
      numeric: [2, 3, 4, 5, 6],
      rows: [["PAPI", "Provincial Governance and Public Administration Performance Index", "2023", "46", "80", "20", "63"]],
    });
    expect(textTable(indicesXlsx(vi), [index], vi.f).rows[0]!.slice(0, 4)).toEqual(["PAPI", "Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh", "2023", "46"]);
  });
});

describe("the CCHC report in the reader's language", () => {
  it("is English for an English reader, units' names as they are", () => {
    const report = buildCchcReport({ ...INPUT, periodLabel: "Q2 2024", previousLabel: "Q1 2024", dataAsOf: "31 Aug 2024" }, en);
    expect(report.locale).toBe("en");
    expect(report.parentBody).toBe("PEOPLE'S COMMITTEE OF KHÁNH HÒA PROVINCE");
    expect(report.issuingBody).toBe("DEPARTMENT OF HOME AFFAIRS");
    expect(report.placeAndDate).toBe("Khánh Hòa, 5 Feb 2026");
    expect(report.subject).toBe("Results of administrative reform, Q2 2024");
    expect(report.annex.note).toBe("(Attached to report No.        /BC-SNV of 5 Feb 2026)");
    expect(report.dataAsOf).toBe("Data as of 31 Aug 2024");
    const [dossiers] = report.sections[1]!.paragraphs;
    expect(dossiers).toContain("3,761,706 dossiers received");
    expect(report.sections[2]!.paragraphs).toEqual([
      "The late rate is 0.33%, below the province's 10% threshold.",
      "Agencies with 10% or more late dossiers (not rated good, no emulation awards): 1 — Sở Y tế.",
    ]);
    expect(report.annex.tables[3]!.rows[0]).toEqual(["1", "Sở Y tế (≥ 10%)", "100", "12.50%", "90.00%"]);
    expect(report.annex.tables[3]!.rows[1]![4]).toBe("no data");
  });

  it("is today's Vietnamese for a Vietnamese reader", () => {
    const report = buildCchcReport(INPUT, vi);
    expect(report.locale).toBe("vi");
    expect(report.placeAndDate).toBe("Khánh Hòa, ngày 05 tháng 02 năm 2026");
    expect(report.annex.note).toBe("(Kèm theo Báo cáo số        /BC-SNV ngày 05 tháng 02 năm 2026)");
    expect(report.annex.tables[3]!.rows[0]).toEqual(["1", "Sở Y tế (≥ 10 %)", "100", "12,50\u00a0%", "90,00\u00a0%"]);
  });
});
