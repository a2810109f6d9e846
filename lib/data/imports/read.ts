// File imports as Home Affairs reads them ("import.run"): history, one run's page, and downloads of
// the stored original and error report. Reading first heals runs whose server died (lease.ts), so
// the page never shows "importing" for a write that no longer exists.
import "server-only";
import type { ImportKind, ImportStatus } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { getPgPool } from "@/lib/db/pg-pool";
import { can, type Viewer } from "@/lib/auth/permissions";
import type { RowError } from "@/lib/import/report";
import type { RowReason } from "@/lib/import/reasons";
import { isMessageKey } from "@/lib/i18n/keys";
import { unsafeSweepDeadRuns } from "./lease";
import { unsafeStoredFile } from "./stored-files";

export type ImportListRow = {
  id: number; kind: ImportKind; fileName: string; status: ImportStatus; createdAt: Date; createdBy: { fullName: string };
  totalRows: number; createRows: number; updateRows: number; rejectedRows: number;
};

export async function listImports(viewer: Viewer, take = 50): Promise<ImportListRow[]> {
  if (!can(viewer, "import.run")) return [];
  await unsafeSweepDeadRuns(getPgPool());
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
  /** why it was refused or failed: a key with its arguments (worded by the page), or the words of an older run */
  fileSize: number; message: RowReason | null; errorSample: RowError[]; processedRows: number;
  hasOriginal: boolean; hasErrorReport: boolean; finishedAt: Date | null;
  /** waiting for its confirmation, or a failed write that may be confirmed again (its original is kept) */
  confirmable: boolean;
};

export async function getImport(viewer: Viewer, id: number): Promise<ImportDetail | null> {
  if (!can(viewer, "import.run")) return null;
  const pool = getPgPool();
  await unsafeSweepDeadRuns(pool);
  const result = await pool.query(
    `SELECT r.id, r.kind, r.file_name, r.status, r.created_at, r.total_rows, r.create_rows, r.update_rows, r.rejected_rows,
            r.file_size, r.message, r.message_key, r.message_values, r.error_sample, r.processed_rows, r.finished_at, r.confirmed_at, u.full_name,
            EXISTS (SELECT 1 FROM import_file f WHERE f.run_id = r.id AND f.role = 'ORIGINAL') AS has_original,
            EXISTS (SELECT 1 FROM import_file f WHERE f.run_id = r.id AND f.role = 'ERROR_REPORT') AS has_error_report
       FROM import_run r JOIN app_user u ON u.id = r.created_by_id WHERE r.id = $1`,
    [id],
  );
  const r = result.rows[0];
  if (!r) return null;
  const rows = r.create_rows + r.update_rows;
  // a key the catalogue no longer has shows the words stored beside it
  const keyed = typeof r.message_key === "string" && isMessageKey(r.message_key);
  const message: RowReason | null = keyed ? { key: r.message_key, values: r.message_values ?? undefined } : r.message === null ? null : { text: r.message };
  const confirmable = rows > 0 && (r.status === "VALIDATED" || (r.status === "FAILED" && r.confirmed_at !== null && r.has_original));
  return {
    id: r.id, kind: r.kind, fileName: r.file_name, status: r.status, createdAt: r.created_at, createdBy: { fullName: r.full_name },
    totalRows: r.total_rows, createRows: r.create_rows, updateRows: r.update_rows, rejectedRows: r.rejected_rows,
    fileSize: Number(r.file_size), message, errorSample: (r.error_sample ?? []) as RowError[], processedRows: r.processed_rows,
    hasOriginal: r.has_original, hasErrorReport: r.has_error_report, finishedAt: r.finished_at, confirmable,
  };
}

export async function importFile(viewer: Viewer, id: number, which: "original" | "errors"): Promise<{ fileName: string; bytes: Buffer } | null> {
  if (!can(viewer, "import.run")) return null;
  const pool = getPgPool();
  const run = await pool.query<{ file_name: string }>("SELECT file_name FROM import_run WHERE id = $1", [id]);
  const fileName = run.rows[0]?.file_name;
  if (!fileName) return null;
  const bytes = await unsafeStoredFile(pool, id, which === "original" ? "ORIGINAL" : "ERROR_REPORT");
  if (!bytes) return null;
  const base = fileName.replace(/\.[^.]+$/, "");
  return { fileName: which === "original" ? fileName : `${base}-loi.csv`, bytes };
}
