// Every workbook the app writes goes through here, streamed with exceljs's WorkbookWriter: rows
// are committed to the zip as they come, so a list of a million dossiers needs the memory of one
// batch, not of the whole sheet (the in-memory Workbook would hold every cell). Each table sheet
// opens with the title block, then a bold header row that stays frozen and carries the autofilter;
// the last sheet lists the filters and definitions. Text cells are neutralised against formula
// injection (lib/export/cells.ts); numbers, dates and percentages are typed cells. The words (title
// block, notes) and the dates' display are the reader's language: the spec carries its `intl`.
import { once } from "node:events";
import { PassThrough, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import { neutraliseCell } from "@/lib/export/cells";
import type { CellType, CellValue, SheetData, TitleBlock, TypedNumber, WorkbookSpec } from "@/lib/export/xlsx/columns";
import type { Locale } from "@/lib/i18n/locale";
import type { Intl } from "@/lib/i18n/translator";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const FORMATS: Record<CellType, string | undefined> = {
  text: undefined,
  integer: "#,##0",
  year: "0",
  decimal: "#,##0.00##",
  percent: "0.00%",
  date: "dd/mm/yyyy",
  datetime: "dd/mm/yyyy hh:mm",
};
/** English dates name their month, as the app's English does (28 Sep 2021): 09/28 would be misread either way. */
const EN_DATES: Partial<Record<CellType, string>> = { date: "d mmm yyyy", datetime: "d mmm yyyy hh:mm" };

/** A column type's display format in `locale`. */
export function cellFormat(type: CellType, locale: Locale): string | undefined {
  return (locale === "en" ? EN_DATES[type] : undefined) ?? FORMATS[type];
}
/** zlib's level for the workbook's zip (see docs/PERFORMANCE.md: the level against the time and the memory) */
/** A Writable of readable-stream 2 (archiver's): Node's fields may be missing, its state has them. */
type LegacyWritable = Writable & { _writableState?: { needDrain?: boolean } };
export const ZLIB_LEVEL = 6;
const DEFAULT_WIDTHS: Record<CellType, number> = { text: 14, integer: 12, year: 8, decimal: 12, percent: 11, date: 12, datetime: 17 };
const MAX_WIDTH = 60;
/** Every so many rows the writer lets the zip catch up and waits while the reader is behind. */
const PACE_ROWS = 1_000;
/** Việt Nam's offset: a cell holds wall-clock time (Excel has no time zones), the app stores UTC. */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** A Date as Excel should show it in Việt Nam; "YYYY-MM-DD" as that calendar day. */
function excelDate(value: Date | string, type: "date" | "datetime"): Date {
  if (typeof value === "string") return new Date(`${value.slice(0, 10)}T00:00:00Z`);
  const local = new Date(value.getTime() + VIETNAM_OFFSET_MS);
  return type === "date" ? new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate())) : local;
}

const isTyped = (value: CellValue): value is TypedNumber => typeof value === "object" && value !== null && !(value instanceof Date);

function cellValue(value: CellValue, type: CellType): ExcelJS.CellValue {
  if (value === null) return null;
  if (isTyped(value)) return Number.isFinite(value.number) ? value.number : null;
  if (type === "date" || type === "datetime") return value instanceof Date || /^\d{4}-\d{2}-\d{2}/.test(String(value)) ? excelDate(value as Date | string, type) : neutraliseCell(String(value));
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return neutraliseCell(value instanceof Date ? value.toISOString() : value);
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, " ").trim().slice(0, 31) || "Sheet";
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base.slice(0, 27)} (${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function widths(data: SheetData): number[] {
  return data.columns.map((column, index) => {
    if (column.width) return column.width;
    const longest = data.sample.reduce((max, row) => {
      const value = row[index];
      const length = value === null || value === undefined ? 0 : column.type === "text" ? String(value).length : FORMATS[column.type] ? 12 : 0;
      return Math.max(max, length);
    }, 0);
    return Math.min(MAX_WIDTH, Math.max(DEFAULT_WIDTHS[column.type], column.header.length + 2, longest + 2));
  });
}

const TITLE_LABELS = ["province", "unit", "period", "dataAsOf", "exportedBy", "exportedAt"] as const;

export function titleRows(title: TitleBlock, { t, f }: Intl): string[][] {
  const value = (label: (typeof TITLE_LABELS)[number]) => (label === "exportedAt" ? f.dateTime(title.exportedAt) : title[label]);
  return [[title.title], ...TITLE_LABELS.map((label) => [t(`export.title.${label}`), value(label)])];
}

/** The row of the header under the title block (1-based: the title, its labels, a blank row), where the freeze and the filter sit. */
export const HEADER_ROW = 1 + TITLE_LABELS.length + 2;

type Sheet = ExcelJS.Worksheet;

function writeTitle(worksheet: Sheet, title: TitleBlock, intl: Intl): void {
  titleRows(title, intl).forEach((values, index) => {
    const row = worksheet.addRow(values.map((value) => neutraliseCell(value)));
    row.font = index === 0 ? { bold: true, size: 14 } : {};
    if (index > 0) row.getCell(1).font = { bold: true };
    row.commit();
  });
  worksheet.addRow([]).commit();
}

type Pace = () => Promise<void>;

async function writeTable(worksheet: Sheet, data: SheetData, spec: WorkbookSpec, pace: Pace, signal?: AbortSignal): Promise<number> {
  writeTitle(worksheet, spec.title, spec.intl);
  const header = worksheet.addRow(data.columns.map((column) => neutraliseCell(column.header)));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
    cell.border = { bottom: { style: "thin" } };
  });
  header.commit();
  let count = 0;
  for await (const values of data.rows) {
    if (signal?.aborted) throw signal.reason ?? new Error("aborted");
    const row = worksheet.addRow(values.map((value, index) => cellValue(value, data.columns[index]!.type)));
    // a column's format comes with its style (set once below); only a number typed by its row sets its own
    values.forEach((value, index) => {
      if (isTyped(value) && value.type !== data.columns[index]!.type) row.getCell(index + 1).numFmt = cellFormat(value.type, spec.intl.f.locale)!;
    });
    row.commit();
    count += 1;
    if (count % PACE_ROWS === 0) await pace();
  }
  const last = HEADER_ROW + Math.max(count, 1);
  worksheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: last, column: Math.max(data.columns.length, 1) } };
  return count;
}

function writeNotes(worksheet: Sheet, { title, notes, intl }: WorkbookSpec): void {
  const { t } = intl;
  writeTitle(worksheet, title, intl);
  const section = (heading: string, pairs: readonly (readonly [string, string])[]) => {
    const row = worksheet.addRow([neutraliseCell(heading)]);
    row.font = { bold: true };
    row.commit();
    for (const [label, value] of pairs) worksheet.addRow([neutraliseCell(label), neutraliseCell(value)]).commit();
    worksheet.addRow([]).commit();
  };
  section(t("export.notes.filters"), notes.filters.length > 0 ? notes.filters : [[t("export.notes.noFilters"), ""]]);
  section(t("export.notes.definitions"), notes.definitions);
}

/**
 * Writes the workbook to `stream` (ended when done). Returns each sheet's row count. An aborted
 * `signal` (the client went away, or cancelled) stops between rows.
 */
export async function writeWorkbook(spec: WorkbookSpec, stream: Writable, signal?: AbortSignal, zlibLevel = ZLIB_LEVEL): Promise<number[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: zlibLevel } } });
  workbook.creator = spec.title.exportedBy;
  workbook.created = spec.title.exportedAt;
  const taken = new Set<string>();
  const counts: number[] = [];
  // bounded memory: rows wait while the response's buffer is full (a slow or paused download),
  // and the event loop runs between batches so that the zip compresses what was written
  let current: unknown = null;
  const pace: Pace = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    // exceljs pipes a sheet's XML into the zip's deflate stream without waiting for it (its
    // StreamBuf ignores write()'s false): wait for that stream too, or a sheet written faster than
    // it compresses piles up in memory. That stream is archiver's PassThrough from readable-stream
    // 2, which has no writableNeedDrain: read its state's needDrain (measured: without it the whole
    // uncompressed sheet stayed in memory, docs/PERFORMANCE.md)
    const deflate = (current as { _stream?: { pipes?: LegacyWritable[] } } | null)?._stream?.pipes?.[0];
    if (deflate && (deflate.writableNeedDrain ?? deflate._writableState?.needDrain)) await once(deflate, "drain", signal ? { signal } : {});
    if (stream.writableNeedDrain) await once(stream, "drain", signal ? { signal } : {});
  };
  for (const data of spec.sheets) {
    const worksheet = workbook.addWorksheet(sheetName(data.name, taken), { views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 0 }] });
    current = worksheet;
    worksheet.columns = widths(data).map((width, index) => {
      const format = cellFormat(data.columns[index]!.type, spec.intl.f.locale);
      return { key: data.columns[index]!.key, width, ...(format ? { style: { numFmt: format } } : {}) };
    });
    counts.push(await writeTable(worksheet, data, spec, pace, signal));
    worksheet.commit();
  }
  const notes = workbook.addWorksheet(sheetName(spec.intl.t("export.notes.sheet"), taken));
  notes.columns = [{ width: 34 }, { width: 90 }];
  writeNotes(notes, spec);
  notes.commit();
  await workbook.commit();
  return counts;
}

/** The whole workbook in memory (small tables, the quarter pack, tests). */
export async function workbookBuffer(spec: WorkbookSpec): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  await writeWorkbook(spec, stream);
  await ended;
  return Buffer.concat(chunks);
}
