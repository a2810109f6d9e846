// Record-level validation shared by the file import and /api/v1: the kind's zod schema, then the
// codes it names. Reasons are message keys with their arguments (./reasons.ts); `field` is the record field (the file import shows its
// column header instead). The natural key's uniqueness within the upload is checked by the caller:
// in memory for an API batch (≤ 10,000 records), in a temporary table for a file (seen-codes.ts).
import type { z } from "zod";
import { headerOf, type KindSpec, type References } from "./kinds";
import { reason, reasonOfIssue, type RowReason } from "./reasons";
import type { KeyedMessage } from "@/lib/validations/messages";
import { ImportFileError } from "./file-error";

export type FieldError = { field: string; reason: RowReason };

export type Checked = { ok: true; row: unknown[]; code: string } | { ok: false; errors: FieldError[] };

function zodErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.length > 0 ? String(issue.path[0]) : "", reason: reasonOfIssue(issue) }));
}

export class RecordValidator {
  constructor(
    readonly spec: KindSpec,
    private readonly refs: References,
  ) {}

  check(input: unknown): Checked {
    const parsed = this.spec.schema.safeParse(input);
    if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
    const resolved = this.spec.resolve(parsed.data, this.refs);
    if ("errors" in resolved) return { ok: false, errors: resolved.errors };
    return { ok: true, row: resolved.row, code: resolved.row[0] as string };
  }
}

/** The error of a record whose natural key an earlier valid record of the same upload already has. */
export function duplicateError(key: KeyedMessage["key"], first: number): FieldError {
  return { field: "code", reason: reason(key, { first }) };
}

const headerKey = (text: string) => text.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");

/** Which cell holds which field: the header row matched against the Vietnamese headers (or the field names). */
export function mapHeader(spec: KindSpec, header: readonly string[]): (string | null)[] {
  const byHeader = new Map<string, string>();
  for (const column of spec.columns) {
    byHeader.set(headerKey(column.header), column.key);
    byHeader.set(headerKey(column.key), column.key);
  }
  const fields = header.map((cell) => byHeader.get(headerKey(cell)) ?? null);
  const absent = spec.columns.filter((column) => column.required && !fields.includes(column.key)).map((column) => column.header);
  if (absent.length > 0) throw new ImportFileError({ key: "import.error.missingColumns", values: { columns: absent.join(", ") } });
  return fields;
}

/** A file row as the record the schema reads: only non-empty cells of known columns. */
export function recordOf(fields: readonly (string | null)[], cells: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (let i = 0; i < fields.length; i += 1) {
    const field = fields[i];
    const cell = cells[i];
    if (field && cell !== undefined && cell.trim() !== "") record[field] = cell;
  }
  return record;
}

/** The column a rejection names: its header, or "" for the whole row (worded where it is shown: wholeRowText). */
export function columnLabel(spec: KindSpec, field: string): string {
  return field === "" ? "" : headerOf(spec, field);
}
