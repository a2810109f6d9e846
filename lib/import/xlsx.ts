// Rows of the first worksheet of an .xlsx file, read with exceljs's streaming reader (the workbook
// is never held whole). Cells become the text a person sees: dates as ISO days or local
// date-times (exceljs gives a date cell's wall-clock time in UTC fields), numbers as written.
import ExcelJS from "exceljs";
import type { SourceRecord } from "./csv";
import { ImportFileError } from "./file-error";

const pad = (value: number) => String(value).padStart(2, "0");

function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? day : `${day}T${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** The text of one cell value as exceljs reads it. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return dateText(value);
  if (typeof value === "object") {
    const cell = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(cell.richText)) return cell.richText.map((run) => run.text).join("");
    if ("result" in cell) return cellText(cell.result);
    if (typeof cell.text === "string") return cell.text;
    if (typeof cell.error === "string") return cell.error;
  }
  return String(value);
}

/** Records of the first worksheet, batched, with their row numbers as line numbers. */
export async function* parseXlsx(path: string): AsyncGenerator<SourceRecord[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "emit",
  });
  let batch: SourceRecord[] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let column = 1; column < values.length; column += 1) cells.push(cellText(values[column]));
        if (cells.some((cell) => cell.trim() !== "")) batch.push({ line: row.number, cells });
        if (batch.length >= 1000) {
          yield batch;
          batch = [];
        }
      }
      break; // the first worksheet only
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError({ key: "import.error.badWorkbook" });
  }
  if (batch.length > 0) yield batch;
}
