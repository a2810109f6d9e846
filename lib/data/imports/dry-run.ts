// The dry run of a file: parse and validate every row; count rows to create, to update (the natural
// key is already stored) and to reject, with each rejection's line, column and reason. Writes
// nothing but a temporary table of the codes seen (SeenCodes), so memory stays bounded whatever the
// file's size. The error report is written in the uploader's language (`locale`). Unscoped: its one caller (runs.ts, behind startImport) checked "import.run".
import "server-only";
import type { ClientBase } from "pg";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { KINDS } from "@/lib/import/kinds";
import { checkedRecords, ERROR_SAMPLE_SIZE, type CheckedRecord, type DryRunSummary, type ImportFile, type Progress } from "@/lib/import/pipeline";
import { ErrorReport, type RowError } from "@/lib/import/report";
import { columnLabel, duplicateError, type FieldError } from "@/lib/import/validate";
import { unsafeLoadReferences } from "./references";
import { SeenCodes } from "./seen-codes";

/** rows whose codes the dry run checks against the temporary table and the stored rows at once */
const CHUNK_ROWS = 5_000;

/**
 * Checks every row of the file against the references and the stored rows, writing nothing.
 * Scope: the caller checked "import.run" (runs.ts importsFor); imported rows are province-wide.
 */
export async function unsafeDryRun(
  client: ClientBase,
  kind: ImportKind,
  file: ImportFile,
  locale: Locale = DEFAULT_LOCALE,
  onProgress?: (progress: Progress) => void,
): Promise<DryRunSummary> {
  const spec = KINDS[kind];
  const refs = await unsafeLoadReferences(client, kind);
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
        else if (first !== undefined) reject(line, [duplicateError("import.error.duplicateInFile", first)], cells);
        else valid += 1;
      }
      pending = [];
    };
    for await (const batch of checkedRecords(spec, refs, file, (header) => (report = new ErrorReport(header, locale)), onProgress)) {
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
