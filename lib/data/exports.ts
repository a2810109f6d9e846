// Every export is a read the audit log keeps (issue 20 item 5): who, what, with which filters —
// the typed EXPORT_CREATED event of lib/audit. Written before the file streams, so a cancelled
// download is still on record.
import "server-only";
import { getWriteDb } from "@/lib/db";
import { WRITE_TRANSACTION } from "@/lib/data/transaction";
import { appendAudit } from "@/lib/audit";
import type { Viewer } from "@/lib/auth/permissions";

export type ExportRecord = {
  /** what was exported, e.g. "tasks" or "dossier-list" */
  what: string;
  format: "xlsx" | "docx" | "pdf" | "zip";
  /** the export's parameters as the URL gave them (periods, agency, status, …) */
  filters: Record<string, string>;
  /** the rows written, when known before the file streams */
  rows?: number;
  /** the agency the export is about, when one */
  agencyId?: number | null;
  ip?: string | null;
};

// the event's bounds: a URL's parameters are clipped rather than refused (the export is a read)
const clipFilters = (filters: Record<string, string>) =>
  Object.fromEntries(Object.entries(filters).slice(0, 20).map(([key, value]) => [key.slice(0, 40), value.slice(0, 200)]));

export async function recordExport(viewer: Viewer, record: ExportRecord): Promise<void> {
  await getWriteDb().$transaction(
    (tx) =>
      appendAudit(tx, {
        actorId: viewer.userId,
        event: "EXPORT_CREATED",
        entityId: record.what,
        agencyId: record.agencyId ?? viewer.agencyId,
        details: { what: record.what.slice(0, 64), format: record.format, filters: clipFilters(record.filters), ...(record.rows === undefined ? {} : { rows: record.rows }) },
        ip: record.ip ?? null,
      }),
    WRITE_TRANSACTION,
  );
}
