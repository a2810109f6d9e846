// CSV for Excel in Việt Nam: UTF-8 with a byte-order mark (without it Excel reads the bytes as the
// system code page and Vietnamese turns to noise), CRLF line ends, RFC 4180 quoting. The lines
// before the table say what the file holds (list, period, filters), each as "label,value".

import { neutraliseText } from "@/lib/export/cells";

export const CSV_BOM = "\uFEFF";

/**
 * One field, neutralised against formula injection (lib/export/cells.ts) and quoted when it
 * holds a comma, a semicolon (the list separator of Excel in many locales), a quote, a line
 * break or leading/trailing spaces.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value) : neutraliseText(value);
  return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly (string | number | null)[]): string {
  return fields.map(csvField).join(",");
}

/** The whole file: header lines, a blank line, the column names and the rows. */
export function buildCsv(
  header: readonly [string, string][],
  columns: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const lines = [...header.map(([label, value]) => csvLine([label, value])), "", csvLine(columns), ...rows.map(csvLine)];
  return `${CSV_BOM}${lines.join("\r\n")}\r\n`;
}

/** The table part of a file written by buildCsv, as rows of fields (for tests and checks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = "";
  let row: string[] = [];
  let quoted = false;
  const body = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}
