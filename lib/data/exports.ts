// Every export is a read the audit log keeps (issue 20 item 5): who, what, with which filters.
// One action constant for now; the typed audit events of lib/audit take it over when they land.
import "server-only";
import { getDb } from "@/lib/db";
import { appendAudit } from "@/lib/data/audit";
import type { Viewer } from "@/lib/auth/permissions";

export const EXPORT_AUDIT = { exported: "EXPORT_CREATED" } as const;

export type ExportRecord = {
  /** what was exported, e.g. "tasks" or "dossier-list" */
  what: string;
  format: "xlsx" | "docx";
  /** the export's parameters as the URL gave them (periods, agency, status, …) */
  filters: Record<string, string>;
  /** the agency the export is about, when one */
  agencyId?: number | null;
  ip?: string | null;
};

export async function recordExport(viewer: Viewer, record: ExportRecord): Promise<void> {
  await getDb().$transaction((tx) =>
    appendAudit(tx, {
      actorId: viewer.userId,
      action: EXPORT_AUDIT.exported,
      entity: "export",
      entityId: record.what,
      agencyId: record.agencyId ?? viewer.agencyId,
      details: { format: record.format, filters: record.filters },
      ip: record.ip ?? null,
    }),
  );
}
