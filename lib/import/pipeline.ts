// The file import in two passes over the same stream of records:
// 1. dryRun: parse and validate every row; count rows to create, to update (the natural key is
//    already stored) and to reject, with each rejection's line, column and reason. Writes nothing.
// 2. commitFile: parse and validate again, and write the valid rows with writeRows inside the
//    caller's transaction. The caller checks that the number of valid rows has not changed.
// Both hold one batch of records at a time, plus the set of natural keys seen (for duplicates).
import type { ClientBase } from "pg";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { vi } from "@/lib/i18n/messages/vi";
import { ImportFileError } from "./file-error";
import { KINDS, type KindSpec } from "./kinds";
import { loadReferences, type References } from "./references";
import { ErrorReport, type RowError } from "./report";
import { readRecords, type FileFormat, type SourceRecord } from "./source";
import { columnLabel, mapHeader, recordOf, RecordValidator } from "./validate";
import { countExisting, writeRows, type WriteCounts } from "./write";

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
const EXISTING_BATCH = 5_000;

type Pass = {
  spec: KindSpec;
  onValid(row: unknown[], code: string): Promise<void> | void;
  onRejected(error: RowError, cells: readonly string[]): void;
  onHeader?(header: readonly string[]): void;
  onProgress?(progress: Progress): void;
};

/** One pass over the file: header, then every row validated. Returns the number of data rows. */
async function validateFile(refs: References, file: ImportFile, pass: Pass): Promise<number> {
  const validator = new RecordValidator(pass.spec, refs);
  let fields: (string | null)[] | null = null;
  let rows = 0;
  let bytes: number | undefined;
  const handle = async (record: SourceRecord) => {
    if (fields === null) {
      fields = mapHeader(pass.spec, record.cells);
      pass.onHeader?.(record.cells);
      return;
    }
    rows += 1;
    const checked = validator.check(recordOf(fields, record.cells), record.line, vi["import.error.duplicateInFile"]);
    if (checked.ok) {
      await pass.onValid(checked.row, checked.code);
      return;
    }
    for (const error of checked.errors) {
      pass.onRejected({ line: record.line, column: columnLabel(pass.spec, error.field), reason: error.reason }, record.cells);
    }
  };
  for await (const batch of readRecords(file.path, file.format, (read) => (bytes = read))) {
    for (const record of batch) await handle(record);
    pass.onProgress?.({ rows, bytes });
  }
  if (fields === null) throw new ImportFileError(vi["import.error.empty"]);
  return rows;
}

export async function dryRun(client: ClientBase, kind: ImportKind, file: ImportFile, onProgress?: (progress: Progress) => void): Promise<DryRunSummary> {
  const spec = KINDS[kind];
  let report: ErrorReport | null = null;
  const sample: RowError[] = [];
  const rejectedLines = new Set<number>();
  let valid = 0;
  let existing = 0;
  let pending: string[] = [];
  const flush = async () => {
    existing += await countExisting(client, spec, pending);
    pending = [];
  };
  const total = await validateFile(await loadReferences(client, kind), file, {
    spec,
    onHeader: (header) => (report = new ErrorReport(header)),
    async onValid(_row, code) {
      valid += 1;
      pending.push(code);
      if (pending.length >= EXISTING_BATCH) await flush();
    },
    onRejected(error, cells) {
      rejectedLines.add(error.line);
      if (sample.length < ERROR_SAMPLE_SIZE) sample.push(error);
      report!.add(error, cells);
    },
    onProgress,
  });
  await flush();
  const rejected = rejectedLines.size;
  return {
    total,
    create: valid - existing,
    update: existing,
    rejected,
    sample,
    report: rejected > 0 && report ? (report as ErrorReport).toBuffer() : null,
  };
}

/** Writes the file's valid rows; must run inside a transaction on `client`. */
export async function commitFile(
  client: ClientBase,
  kind: ImportKind,
  file: ImportFile,
  onProgress?: (rows: number) => void,
): Promise<WriteCounts & { valid: number }> {
  const spec = KINDS[kind];
  // validated rows flow into the staging COPY as they are read: an async generator between them
  const queue: unknown[][] = [];
  let done = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    wake?.();
    wake = null;
  };
  let backlog: (() => void) | null = null;
  // references first: once the COPY below has started, this connection answers nothing else
  const refs = await loadReferences(client, kind);
  const reading = validateFile(refs, file, {
    spec,
    async onValid(row) {
      queue.push(row);
      signal();
      if (queue.length >= 5_000) await new Promise<void>((resolve) => (backlog = resolve));
    },
    onRejected() {},
  }).then(
    () => {
      done = true;
      signal();
    },
    (error: unknown) => {
      failure = error;
      done = true;
      signal();
    },
  );
  async function* rows(): AsyncGenerator<unknown[]> {
    for (;;) {
      while (queue.length > 0) {
        const batch = queue.splice(0, queue.length);
        const release = backlog;
        backlog = null;
        (release as (() => void) | null)?.();
        yield* batch;
      }
      if (done) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
  }
  const counts = await writeRows(client, spec, rows(), onProgress);
  await reading;
  if (failure) throw failure;
  return { created: counts.created, updated: counts.updated, valid: counts.staged };
}
