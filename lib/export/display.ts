// A typed cell as text in the reader's language (vi-VN: 3.761.706 ; 99,47 % ; 28/09/2021): the
// print and the PDF show the workbook's own column definitions, so a table, its workbook and its
// print never disagree.
import type { CellType, CellValue, XlsxColumn } from "@/lib/export/xlsx/columns";
import type { LocaleFormat } from "@/lib/i18n/locale-format";

export function displayCell(value: CellValue, type: CellType, f: LocaleFormat): string {
  if (value === null) return "";
  if (value instanceof Date) return type === "datetime" ? f.dateTime(value) : f.date(value);
  if (typeof value === "string") return type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? f.localDate(value) : value;
  const [number, as] = typeof value === "number" ? [value, type] : [value.number, value.type];
  if (as === "year") return String(number);
  if (as === "percent") return f.percent(number);
  if (as === "integer") return f.number(Math.round(number));
  return f.upTo(number, 2);
}

export type TextTable = { columns: string[]; numeric: number[]; rows: string[][] };

/** Rows under columns as the text a print shows, in the formats of `f`. */
export function textTable<Row>(columns: readonly XlsxColumn<Row>[], rows: readonly Row[], f: LocaleFormat): TextTable {
  return {
    columns: columns.map((column) => column.header),
    numeric: columns.flatMap((column, i) => (column.type === "text" ? [] : [i])),
    rows: rows.map((row) => columns.map((column) => displayCell(column.value(row), column.type, f))),
  };
}
