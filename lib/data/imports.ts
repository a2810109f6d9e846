// File imports as Home Affairs sees them ("import.run"): upload with its dry run, confirmation,
// history, and downloads of the original and the error report. The work itself is in
// lib/import/runs.ts, on the plain pg pool (streaming COPY, long transactions).
import "server-only";
import type { Readable } from "node:stream";
import type { ImportKind, ImportStatus } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { getPgPool } from "@/lib/db/pg-pool";
import { can, type Viewer } from "@/lib/auth/permissions";
import { saveUpload } from "@/lib/import/files";
import { confirmRun, createRun, validateRun, type ValidateOutcome } from "@/lib/import/runs";
import type { Progress } from "@/lib/import/pipeline";
import type { RowError } from "@/lib/import/report";
import type { FileFormat } from "@/lib/import/source";
import type { WriteProgress } from "@/lib/import/write";

export class ImportForbiddenError extends Error {
  override name = "ImportForbiddenError";
}

function mustRun(viewer: Viewer): void {
  if (!can(viewer, "import.run")) throw new ImportForbiddenError("import.run");
}

export type ImportListRow = {
  id: number; kind: ImportKind; fileName: string; status: ImportStatus; createdAt: Date; createdBy: { fullName: string };
  totalRows: number; createRows: number; updateRows: number; rejectedRows: number;
};

export async function listImports(viewer: Viewer, take = 50): Promise<ImportListRow[]> {
  if (!can(viewer, "import.run")) return [];
  return getDb().importRun.findMany({
    select: {
      id: true, kind: true, fileName: true, status: true, createdAt: true, totalRows: true, createRows: true, updateRows: true,
      rejectedRows: true, createdBy: { select: { fullName: true } },
    },
    orderBy: { id: "desc" },
    take,
  });
}

export type ImportDetail = ImportListRow & {
  fileSize: number; message: string | null; errorSample: RowError[]; processedRows: number;
  hasOriginal: boolean; hasErrorReport: boolean; finishedAt: Date | null;
};

export async function getImport(viewer: Viewer, id: number): Promise<ImportDetail | null> {
  if (!can(viewer, "import.run")) return null;
  const result = await getPgPool().query(
    `SELECT r.id, r.kind, r.file_name, r.status, r.created_at, r.total_rows, r.create_rows, r.update_rows, r.rejected_rows,
            r.file_size, r.message, r.error_sample, r.processed_rows, r.finished_at, u.full_name,
            r.original IS NOT NULL AS has_original, r.error_report IS NOT NULL AS has_error_report
       FROM import_run r JOIN app_user u ON u.id = r.created_by_id WHERE r.id = $1`,
    [id],
  );
  const r = result.rows[0];
  if (!r) return null;
  return {
    id: r.id, kind: r.kind, fileName: r.file_name, status: r.status, createdAt: r.created_at, createdBy: { fullName: r.full_name },
    totalRows: r.total_rows, createRows: r.create_rows, updateRows: r.update_rows, rejectedRows: r.rejected_rows,
    fileSize: Number(r.file_size), message: r.message, errorSample: (r.error_sample ?? []) as RowError[], processedRows: r.processed_rows,
    hasOriginal: r.has_original, hasErrorReport: r.has_error_report, finishedAt: r.finished_at,
  };
}

export async function importFile(viewer: Viewer, id: number, which: "original" | "errors"): Promise<{ fileName: string; bytes: Buffer } | null> {
  if (!can(viewer, "import.run")) return null;
  const column = which === "original" ? "original" : "error_report";
  const result = await getPgPool().query<{ file_name: string; bytes: Buffer | null }>(`SELECT file_name, ${column} AS bytes FROM import_run WHERE id = $1`, [id]);
  const row = result.rows[0];
  if (!row?.bytes) return null;
  const base = row.file_name.replace(/\.[^.]+$/, "");
  return { fileName: which === "original" ? row.file_name : `${base}-loi.csv`, bytes: row.bytes };
}

export async function startImport(
  viewer: Viewer,
  ip: string | null,
  upload: { kind: ImportKind; fileName: string; format: FileFormat; body: ReadableStream<Uint8Array> | Readable },
  onProgress: (progress: Progress) => void,
): Promise<{ runId: number; outcome: ValidateOutcome }> {
  mustRun(viewer);
  const saved = await saveUpload(upload.body);
  const pool = getPgPool();
  const runId = await createRun(pool, { kind: upload.kind, fileName: upload.fileName, format: upload.format, size: saved.size, uploadPath: saved.path, userId: viewer.userId });
  const outcome = await validateRun(pool, runId, { userId: viewer.userId, ip }, onProgress);
  return { runId, outcome };
}

export async function confirmImport(viewer: Viewer, ip: string | null, id: number, onProgress: WriteProgress) {
  mustRun(viewer);
  return confirmRun(getPgPool(), id, { userId: viewer.userId, ip }, { onProgress });
}
