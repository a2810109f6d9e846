// A streaming CSV reader (RFC 4180 plus what spreadsheet exports do): comma or semicolon,
// detected from the header line; fields in double quotes may hold delimiters, "" and line breaks;
// CRLF, LF or CR line ends. Text is fed in chunks and whole records come out, so a file of any
// size passes through memory one chunk at a time. Each record carries the line on which it starts
// (the header is line 1), for error messages.
import { ImportFileError } from "./file-error";

export type SourceRecord = { line: number; cells: string[] };

const QUOTE = 34;
const CR = 13;
const LF = 10;
/** A record longer than this is an unclosed quote, not data. */
const MAX_RECORD_CHARS = 1_000_000;

/** The delimiter of a header line: the more frequent of ";" and "," outside quotes (tab as a last resort). */
export function detectDelimiter(headerLine: string): string {
  const outside = headerLine.replace(/"[^"]*"/g, "");
  const count = (c: string) => outside.split(c).length - 1;
  const semicolons = count(";");
  const commas = count(",");
  if (semicolons === 0 && commas === 0 && count("\t") > 0) return "\t";
  return semicolons > commas ? ";" : ",";
}

export class CsvParser {
  private rest = "";
  private nextLine = 1;
  private delimiter: number | null;

  constructor(delimiter?: string) {
    this.delimiter = delimiter === undefined ? null : delimiter.charCodeAt(0);
  }

  get detectedDelimiter(): string | null {
    return this.delimiter === null ? null : String.fromCharCode(this.delimiter);
  }

  push(chunk: string, out: SourceRecord[]): void {
    this.rest = this.rest.length === 0 ? chunk : this.rest + chunk;
    this.parse(out, false);
  }

  finish(out: SourceRecord[]): void {
    this.parse(out, true);
  }

  private parse(out: SourceRecord[], final: boolean): void {
    const text = this.rest;
    const n = text.length;
    if (this.delimiter === null) {
      const end = text.search(/[\r\n]/);
      if (end === -1 && !final) return;
      this.delimiter = detectDelimiter(end === -1 ? text : text.slice(0, end)).charCodeAt(0);
    }
    const delimiter = this.delimiter;
    let pos = 0;
    records: while (pos < n) {
      const cells: string[] = [];
      let i = pos;
      let breaks = 0;
      for (;;) {
        let value: string;
        if (i < n && text.charCodeAt(i) === QUOTE) {
          value = "";
          let j = i + 1;
          for (;;) {
            const q = text.indexOf('"', j);
            if (q === -1 || (q + 1 >= n && !final)) {
              if (final) throw new ImportFileError({ key: "import.error.unclosedQuote", values: { line: this.nextLine } });
              break records;
            }
            value += text.slice(j, q);
            if (text.charCodeAt(q + 1) === QUOTE) {
              value += '"';
              j = q + 2;
              continue;
            }
            j = q + 1;
            break;
          }
          for (let k = value.indexOf("\n"); k !== -1; k = value.indexOf("\n", k + 1)) breaks += 1;
          // anything between the closing quote and the delimiter is kept, as spreadsheets do
          let k = j;
          while (k < n) {
            const c = text.charCodeAt(k);
            if (c === delimiter || c === CR || c === LF) break;
            k += 1;
          }
          if (k > j) value += text.slice(j, k);
          i = k;
        } else {
          let j = i;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === delimiter || c === CR || c === LF) break;
            j += 1;
          }
          value = text.slice(i, j);
          i = j;
        }
        cells.push(value);
        if (i >= n) {
          if (!final) break records;
          break;
        }
        const c = text.charCodeAt(i);
        if (c === delimiter) {
          i += 1;
          if (i >= n && !final) break records;
          continue;
        }
        if (c === CR) {
          if (i + 1 >= n && !final) break records;
          i += text.charCodeAt(i + 1) === LF ? 2 : 1;
        } else {
          i += 1;
        }
        break;
      }
      const line = this.nextLine;
      this.nextLine += 1 + breaks;
      pos = i;
      if (cells.length > 1 || cells[0] !== "") out.push({ line, cells });
    }
    this.rest = pos === 0 ? text : text.slice(pos);
    if (this.rest.length > MAX_RECORD_CHARS) {
      throw new ImportFileError({ key: "import.error.unclosedQuote", values: { line: this.nextLine } });
    }
  }
}

/** Records of a CSV text stream, batched per chunk. */
export async function* parseCsv(texts: AsyncIterable<string>): AsyncGenerator<SourceRecord[]> {
  const parser = new CsvParser();
  for await (const text of texts) {
    const out: SourceRecord[] = [];
    parser.push(text, out);
    if (out.length > 0) yield out;
  }
  const out: SourceRecord[] = [];
  parser.finish(out);
  if (out.length > 0) yield out;
}
