// The audit log (append-only: a trigger rejects UPDATE and DELETE). Every write appends its row
// inside the write's own transaction, so either both are stored or neither.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  /** Who did it; null when nobody is known (a sign-in attempt for an unknown account). */
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

export async function appendAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action.slice(0, 64),
      entity: entry.entity.slice(0, 64),
      entityId: entry.entityId?.slice(0, 64) ?? null,
      agencyId: entry.agencyId ?? null,
      details: entry.details,
      ip: entry.ip?.slice(0, 64) ?? null,
    },
  });
}
