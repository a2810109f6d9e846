// A typed cell as text in vi-VN (3.761.706 ; 99,47 % ; 28/09/2021): the print and the PDF show
// the workbook's own column definitions, so a table, its workbook and its print never disagree.
import type { CellType, CellValue, XlsxColumn } from "@/lib/export/xlsx/columns";
import { formatDate, formatDateTime, formatLocalDate, formatNumber, formatPercent } from "@/lib/i18n/format";

export function displayCell(value: CellValue, type: CellType): string {
  if (value === null) return "";
  if (value instanceof Date) return type === "datetime" ? formatDateTime(value) : formatDate(value);
  if (typeof value === "string") return type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatLocalDate(value) : value;
  const [number, as] = typeof value === "number" ? [value, type] : [value.number, value.type];
  if (as === "year") return String(number);
  if (as === "percent") return formatPercent(number);
  if (as === "integer") return formatNumber(Math.round(number));
  return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(number);
}

export type TextTable = { columns: string[]; numeric: number[]; rows: string[][] };

/** Rows under columns as the text a print shows. */
export function textTable<Row>(columns: readonly XlsxColumn<Row>[], rows: readonly Row[]): TextTable {
  return {
    columns: columns.map((column) => column.header),
    numeric: columns.flatMap((column, i) => (column.type === "text" ? [] : [i])),
    rows: rows.map((row) => columns.map((column) => displayCell(column.value(row), column.type))),
  };
}
