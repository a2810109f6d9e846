// What a workbook is made of, as plain data (no database, no React): columns with a type and a
// value per row, the title block every sheet opens with, and the notes of the last sheet. The
// types decide the cells: numbers as numbers, ratios as percentages, days as dates, each with a
// display format that Excel and LibreOffice render in the reader's locale (3.761.706 ; 99,47 % ;
// 28/09/2021 under vi-VN).
import type { Intl } from "@/lib/i18n/translator";

/** "year": a calendar year, a number shown without a thousands separator (2024, never 2.024) */
export type CellType = "text" | "integer" | "year" | "decimal" | "percent" | "date" | "datetime";

/** A number whose type is the row's, not the column's (a report value is a count, a percentage or a score). */
export type TypedNumber = { number: number; type: "integer" | "decimal" | "percent" };

/** A cell's value: text, a number (a ratio 0…1 for "percent"), a Date or "YYYY-MM-DD" for dates; null is an empty cell. */
export type CellValue = string | number | Date | TypedNumber | null;

/** A value in a unit of the app's indicators: counts, percentages (0–100), scores, text. */
export function unitCell(value: number | string | null, unit: "COUNT" | "PERCENT" | "SCORE" | "TEXT" | "RATIO" | "POINTS"): CellValue {
  if (value === null || typeof value === "string") return value;
  if (unit === "COUNT") return { number: value, type: "integer" };
  if (unit === "PERCENT") return { number: value / 100, type: "percent" };
  return { number: value, type: "decimal" };
}

export type XlsxColumn<Row> = {
  key: string;
  header: string;
  type: CellType;
  value: (row: Row) => CellValue;
  /** in characters; otherwise from the header, the type and the first rows */
  width?: number;
};

/** The block above every table: what, where, when, by whom (issue 20 item 1). */
export type TitleBlock = {
  title: string;
  province: string;
  unit: string;
  period: string;
  /** the data's day, dd/mm/yyyy */
  dataAsOf: string;
  exportedBy: string;
  exportedAt: Date;
};

/** The last sheet: the filters the export was made with and the definitions of its figures (DESIGN §5). */
export type WorkbookNotes = { filters: readonly (readonly [string, string])[]; definitions: readonly (readonly [string, string])[] };

/** A sheet with its rows already turned into cells, so that sheets of different rows travel together. */
export type SheetData = {
  name: string;
  columns: readonly Omit<XlsxColumn<never>, "value">[];
  rows: Iterable<CellValue[]> | AsyncIterable<CellValue[]>;
  /** the first rows' text, for column widths (a streamed sheet has none) */
  sample: readonly CellValue[][];
};

/** `intl`: the reader's translator and formats, for the title block's labels, the notes sheet and the dates' display. */
export type WorkbookSpec = { title: TitleBlock; sheets: readonly SheetData[]; notes: WorkbookNotes; intl: Intl };

const SAMPLE_ROWS = 500;

function isAsync<T>(rows: Iterable<T> | AsyncIterable<T>): rows is AsyncIterable<T> {
  return Symbol.asyncIterator in rows;
}

async function* mapAsync<Row>(rows: AsyncIterable<Row>, cells: (row: Row) => CellValue[]): AsyncGenerator<CellValue[]> {
  for await (const row of rows) yield cells(row);
}

/** A sheet of `rows` under `columns`: an array (its first rows size the columns) or a stream of rows. */
export function sheet<Row>(name: string, columns: readonly XlsxColumn<Row>[], rows: readonly Row[] | AsyncIterable<Row>): SheetData {
  const cells = (row: Row) => columns.map((column) => column.value(row));
  const bare = columns.map(({ key, header, type, width }) => ({ key, header, type, width }));
  if (isAsync(rows)) return { name, columns: bare, rows: mapAsync(rows, cells), sample: [] };
  return { name, columns: bare, rows: rows.map(cells), sample: rows.slice(0, SAMPLE_ROWS).map(cells) };
}
