// The file import in two passes over the same stream of records:
// 1. dryRun: parse and validate every row; count rows to create, to update (the natural key is
//    already stored) and to reject, with each rejection's line, column and reason. Writes nothing.
// 2. commitFile: parse and validate again, and write the valid rows with writeRows inside the
//    caller's transaction. The caller checks that the number of valid rows has not changed.
// Memory stays bounded whatever the file's size: both passes pull the file a batch at a time, the
// dry run keeps the codes it has seen in a temporary table (SeenCodes) and the commit stages rows
// through COPY, where the first row with a code wins as it does in the dry run.
import type { ClientBase } from "pg";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { vi } from "@/lib/i18n/messages/vi";
import { ImportFileError } from "./file-error";
import { KINDS, type KindSpec } from "./kinds";
import { loadReferences, type References } from "./references";
import { ErrorReport, type RowError } from "./report";
import { SeenCodes } from "./seen-codes";
import { readRecords, type FileFormat } from "./source";
import { columnLabel, duplicateError, mapHeader, recordOf, RecordValidator, type Checked, type FieldError } from "./validate";
import { writeRows, type WriteCounts, type WriteProgress } from "./write";

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
/** rows whose codes the dry run checks against the temporary table and the stored rows at once */
const CHUNK_ROWS = 5_000;

type CheckedRecord = { line: number; cells: readonly string[]; checked: Checked };

/** The file's data rows validated, one read batch at a time; the header row goes to `onHeader`. */
async function* checkedRecords(
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
  if (fields === null) throw new ImportFileError(vi["import.error.empty"]);
}

export async function dryRun(client: ClientBase, kind: ImportKind, file: ImportFile, onProgress?: (progress: Progress) => void): Promise<DryRunSummary> {
  const spec = KINDS[kind];
  const refs = await loadReferences(client, kind);
  let report = null as ErrorReport | null;
  const sample: RowError[] = [];
  let total = 0;
  let valid = 0;
  let rejected = 0;
  let existing = 0;
  const reject = (line: number, errors: readonly FieldError[], cells: readonly string[]) => {
    rejected += 1;
    for (const error of errors) {
      const row = { line, column: columnLabel(spec, error.field), reason: error.reason };
      if (sample.length < ERROR_SAMPLE_SIZE) sample.push(row);
      report?.add(row, cells);
    }
  };
  const seen = await SeenCodes.open(client, spec);
  try {
    let pending: CheckedRecord[] = [];
    // one chunk at a time, in line order, so the report lists rejections by line
    const settle = async () => {
      const verdict = await seen.add(pending.flatMap((record) => (record.checked.ok ? [{ code: record.checked.code, line: record.line }] : [])));
      existing += verdict.existing;
      for (const { line, cells, checked } of pending) {
        total += 1;
        const first = verdict.duplicates.get(line);
        if (!checked.ok) reject(line, checked.errors, cells);
        else if (first !== undefined) reject(line, [duplicateError(vi["import.error.duplicateInFile"], first)], cells);
        else valid += 1;
      }
      pending = [];
    };
    for await (const batch of checkedRecords(spec, refs, file, (header) => (report = new ErrorReport(header)), onProgress)) {
      for (const record of batch) pending.push(record);
      if (pending.length >= CHUNK_ROWS) await settle();
    }
    await settle();
  } finally {
    await seen.close();
  }
  return {
    total,
    create: valid - existing,
    update: existing,
    rejected,
    sample,
    report: rejected > 0 && report ? report.toBuffer() : null,
  };
}

/** Writes the file's valid rows; must run inside a transaction on `client`. */
export async function commitFile(
  client: ClientBase,
  kind: ImportKind,
  file: ImportFile,
  onProgress?: WriteProgress,
): Promise<WriteCounts & { valid: number }> {
  const spec = KINDS[kind];
  // references first: once the COPY below has started, this connection answers nothing else
  const refs = await loadReferences(client, kind);
  async function* validRows(): AsyncGenerator<unknown[]> {
    for await (const batch of checkedRecords(spec, refs, file)) {
      for (const record of batch) if (record.checked.ok) yield record.checked.row;
    }
  }
  const counts = await writeRows(client, spec, validRows(), onProgress);
  return { created: counts.created, updated: counts.updated, valid: counts.created + counts.updated };
}
