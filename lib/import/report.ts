// The rejected rows as a CSV file (UTF-8 with BOM, so Excel opens Vietnamese correctly): line,
// column, reason, then the row's own cells. Bounded: past MAX_REPORT_LINES only a count is kept.
// Its language is the one it is built in: Vietnamese (DEFAULT_LOCALE) unless the caller passes the
// uploader's locale.
// Cells go through lib/export/csv.ts, which neutralises formula-like text ("=HYPERLINK(…)" as
// uploaded comes back as text, not as a live formula).
import { csvField } from "@/lib/export/csv";
import { DEFAULT_LOCALE, translate, type Locale } from "@/lib/i18n/locales";
import { reasonText, type RowReason } from "./reasons";

export const MAX_REPORT_LINES = 100_000;
const BOM = "\uFEFF";

export const csvLine = (cells: readonly string[]) => cells.map(csvField).join(",") + "\r\n";

/** A rejected row; a reason stored as words by an older run is a string. `column` "" is the whole row. */
export type RowError = { line: number; column: string; reason: RowReason | string };

/** The column of a rejection in words: "" (the whole row) in `locale`; an older run stored its words. */
export function columnText(column: string, locale: Locale = DEFAULT_LOCALE): string {
  return column === "" ? translate(locale, "import.wholeRow") : column;
}

export class ErrorReport {
  private readonly lines: string[] = [];
  private dropped = 0;
  count = 0;

  constructor(
    header: readonly string[],
    private readonly locale: Locale = DEFAULT_LOCALE,
  ) {
    const say = (key: "import.report.line" | "import.report.column" | "import.report.reason") => translate(locale, key);
    this.lines.push(BOM + csvLine([say("import.report.line"), say("import.report.column"), say("import.report.reason"), ...header]));
  }

  add(error: RowError, cells: readonly string[]): void {
    this.count += 1;
    if (this.lines.length > MAX_REPORT_LINES) {
      this.dropped += 1;
      return;
    }
    this.lines.push(csvLine([String(error.line), columnText(error.column, this.locale), reasonText(error.reason, this.locale), ...cells]));
  }

  toBuffer(): Buffer {
    const tail = this.dropped > 0 ? [csvLine([translate(this.locale, "import.report.truncated", { count: this.dropped })])] : [];
    return Buffer.from([...this.lines, ...tail].join(""), "utf8");
  }
}
