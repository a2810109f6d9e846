// The audit log (append-only: a trigger rejects UPDATE and DELETE). Every write appends its row
// inside the write's own transaction, so either both are stored or neither. The one writer of the
// table: from a Prisma transaction (server actions) or from a plain `pg` connection (the import and
// the API batches, which stream with COPY and so cannot run inside a Prisma transaction).
import "server-only";
import type { ClientBase } from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  /** Who did it; null when nobody is known (a sign-in attempt for an unknown account, an API token, the system). */
  actorId: number | null;
  /** What happened, in SCREAMING_SNAKE_CASE: SIGN_IN, REPORT_SUBMITTED, ACTION_FORBIDDEN, … */
  action: string;
  /** The kind of record concerned, e.g. "user", "report". */
  entity: string;
  entityId?: string | null;
  /** The agency the record belongs to, for filtering the log by agency. */
  agencyId?: number | null;
  /** Never passwords, tokens or whole form posts. */
  details?: Prisma.InputJsonValue;
  ip?: string | null;
};

/** A Prisma transaction, or a `pg` connection inside BEGIN … COMMIT. */
export type AuditWriter = Prisma.TransactionClient | ClientBase;

function isPgClient(writer: AuditWriter): writer is ClientBase {
  return !("auditLog" in writer);
}

export async function appendAudit(writer: AuditWriter, entry: AuditEntry): Promise<void> {
  const row = {
    actorId: entry.actorId,
    action: entry.action.slice(0, 64),
    entity: entry.entity.slice(0, 64),
    entityId: entry.entityId?.slice(0, 64) ?? null,
    agencyId: entry.agencyId ?? null,
    details: entry.details,
    ip: entry.ip?.slice(0, 64) ?? null,
  };
  if (isPgClient(writer)) {
    await writer.query(
      "INSERT INTO audit_log (actor_id, action, entity, entity_id, agency_id, details, ip) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      [row.actorId, row.action, row.entity, row.entityId, row.agencyId, row.details === undefined ? null : JSON.stringify(row.details), row.ip],
    );
    return;
  }
  await writer.auditLog.create({ data: row });
}
