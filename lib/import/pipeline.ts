// The file import reads a file twice, through the same stream of validated records: once for the
// dry run, once for the confirmed write (both in lib/data/imports). This module is that stream,
// pure of any database: the file is pulled a batch at a time (bounded memory whatever its size),
// the header row is matched against the kind's columns, and every data row is validated against
// the references it names (loaded by the caller once per pass).
import { ImportFileError } from "./file-error";
import type { KindSpec, References } from "./kinds";
import type { RowError } from "./report";
import { readRecords, type FileFormat } from "./source";
import { mapHeader, recordOf, RecordValidator, type Checked } from "./validate";

export type ImportFile = { path: string; format: FileFormat };

export type Progress = { rows: number; bytes?: number };

export type DryRunSummary = {
  total: number;
  create: number;
  update: number;
  rejected: number;
  /** the first rejections, for the page */
  sample: RowError[];
  /** every rejection as CSV; null when none */
  report: Buffer | null;
};

export const ERROR_SAMPLE_SIZE = 200;

export type CheckedRecord = { line: number; cells: readonly string[]; checked: Checked };

/** The file's data rows validated, one read batch at a time; the header row goes to `onHeader`. */
export async function* checkedRecords(
  spec: KindSpec,
  refs: References,
  file: ImportFile,
  onHeader?: (header: readonly string[]) => void,
  onProgress?: (progress: Progress) => void,
): AsyncGenerator<CheckedRecord[]> {
  const validator = new RecordValidator(spec, refs);
  let fields: (string | null)[] | null = null;
  let rows = 0;
  let bytes: number | undefined;
  for await (const batch of readRecords(file.path, file.format, (read) => (bytes = read))) {
    const checked: CheckedRecord[] = [];
    for (const record of batch) {
      if (fields === null) {
        fields = mapHeader(spec, record.cells);
        onHeader?.(record.cells);
        continue;
      }
      checked.push({ line: record.line, cells: record.cells, checked: validator.check(recordOf(fields, record.cells)) });
    }
    rows += checked.length;
    onProgress?.({ rows, bytes });
    if (checked.length > 0) yield checked;
  }
  if (fields === null) throw new ImportFileError({ key: "import.error.empty" });
}

/** The resolved rows of the file's valid records, in line order. */
export async function* validRows(spec: KindSpec, refs: References, file: ImportFile): AsyncGenerator<unknown[]> {
  for await (const batch of checkedRecords(spec, refs, file)) {
    for (const record of batch) if (record.checked.ok) yield record.checked.row;
  }
}
