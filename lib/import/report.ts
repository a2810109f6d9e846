// The rejected rows as a CSV file (UTF-8 with BOM, so Excel opens Vietnamese correctly): line,
// column, reason, then the row's own cells. Bounded: past MAX_REPORT_LINES only a count is kept.
// Cells go through lib/export/csv.ts, which neutralises formula-like text ("=HYPERLINK(…)" as
// uploaded comes back as text, not as a live formula).
import { csvField } from "@/lib/export/csv";
import { vi } from "@/lib/i18n/messages/vi";

export const MAX_REPORT_LINES = 100_000;
const BOM = "\uFEFF";

export const csvLine = (cells: readonly string[]) => cells.map(csvField).join(",") + "\r\n";

export type RowError = { line: number; column: string; reason: string };

export class ErrorReport {
  private readonly lines: string[] = [];
  private dropped = 0;
  count = 0;

  constructor(header: readonly string[]) {
    this.lines.push(BOM + csvLine([vi["import.report.line"], vi["import.report.column"], vi["import.report.reason"], ...header]));
  }

  add(error: RowError, cells: readonly string[]): void {
    this.count += 1;
    if (this.lines.length > MAX_REPORT_LINES) {
      this.dropped += 1;
      return;
    }
    this.lines.push(csvLine([String(error.line), error.column, error.reason, ...cells]));
  }

  toBuffer(): Buffer {
    const tail = this.dropped > 0 ? [csvLine([vi["import.report.truncated"].replace("{count}", String(this.dropped))])] : [];
    return Buffer.from([...this.lines, ...tail].join(""), "utf8");
  }
}
