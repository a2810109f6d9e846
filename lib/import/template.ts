// The downloadable template of each kind: the Vietnamese headers and one example row, as CSV
// (UTF-8 with BOM, comma) or as an Excel workbook.
import ExcelJS from "exceljs";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { KINDS } from "./kinds";
import { csvLine } from "./report";
import type { FileFormat } from "./source";

export const TEMPLATE_NAMES: Record<ImportKind, string> = { DOSSIER: "mau-ho-so", TASK: "mau-nhiem-vu", PROCEDURE: "mau-thu-tuc" };

export async function templateFile(kind: ImportKind, format: FileFormat): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
  const columns = KINDS[kind].columns;
  const header = columns.map((column) => column.header);
  const example = columns.map((column) => column.example);
  if (format === "CSV") {
    return {
      fileName: `${TEMPLATE_NAMES[kind]}.csv`,
      contentType: "text/csv; charset=utf-8",
      bytes: Buffer.from("\uFEFF" + csvLine(header) + csvLine(example), "utf8"),
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Dữ liệu");
  sheet.addRow(header).font = { bold: true };
  sheet.addRow(example);
  columns.forEach((column, i) => {
    // codes and dates stay text, so Excel neither drops leading zeros nor reformats days
    sheet.getColumn(i + 1).numFmt = "@";
    sheet.getColumn(i + 1).width = Math.max(14, column.header.length + 4);
  });
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `${TEMPLATE_NAMES[kind]}.xlsx`, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes };
}
