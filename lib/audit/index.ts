// The one writer of the audit log (append-only: a trigger rejects UPDATE, DELETE and TRUNCATE).
// It appends inside the caller's transaction — a Prisma one (the action wrapper, sign-in) or a
// plain pg client's (the import's COPY transactions) — so the row and the write it records are
// stored together or not at all. The event is checked against ./events first: an unknown event,
// a wrong entity or an unexpected detail is refused, and the transaction with it.
// It reads nothing and takes the transaction it is given, so it imports no database client.
// An event that notifies also queues its job there (./outbox.ts, issue 22).
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditEventSchema, type AuditEvent, type AuditEventInput } from "./events";
import { enqueueNotification } from "./outbox";

export * from "./events";

/** An event with who, on what and from where. */
export type AuditRecord = AuditEventInput & {
  /** Who did it; null when nobody is known (a sign-in attempt for an unknown account). */
  actorId: number | null;
  /** The record concerned, within the event's entity. */
  entityId?: string | null;
  /** The agency the record belongs to, for reading the log by agency. */
  agencyId?: number | null;
  ip?: string | null;
};

/** A plain SQL client: pg's Client and PoolClient fit. */
export type SqlClient = { query(text: string, values: unknown[]): Promise<unknown> };

const clip = (value: string | null | undefined) => (value == null ? null : value.slice(0, 64));

export async function appendAudit(db: Prisma.TransactionClient | SqlClient, record: AuditRecord): Promise<void> {
  const { event, entity, details } = auditEventSchema.parse({ event: record.event, entity: record.entity, details: record.details });
  const row = {
    actorId: record.actorId,
    action: event,
    entity,
    entityId: clip(record.entityId),
    agencyId: record.agencyId ?? null,
    ip: clip(record.ip),
  };
  if ("auditLog" in db) {
    await db.auditLog.create({ data: { ...row, details: details as Prisma.InputJsonValue | undefined } });
  } else {
    await db.query(
      "INSERT INTO audit_log (actor_id, action, entity, entity_id, agency_id, details, ip) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      [row.actorId, row.action, row.entity, row.entityId, row.agencyId, details === undefined ? null : JSON.stringify(details), row.ip],
    );
  }
  // the events that notify someone add their job in this same transaction (./outbox.ts)
  await enqueueNotification(db, { event, actorId: row.actorId, entityId: row.entityId, agencyId: row.agencyId, details: details ?? null });
}

/** A stored row read back as its event; null for a row this list does not describe (written before it). */
export function readAuditEvent(row: { action: string; entity: string; details: unknown }): AuditEvent | null {
  const parsed = auditEventSchema.safeParse({ event: row.action, entity: row.entity, details: row.details ?? undefined });
  return parsed.success ? parsed.data : null;
}
