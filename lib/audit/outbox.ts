// The notifications' outbox is the job queue itself: an audit event that notifies (lib/notifications/kinds.ts)
// adds one graphile-worker job with the queue's own SQL function, graphile_worker.add_job, in the
// transaction that writes the audit row — so a rolled-back write never notifies, and a committed one
// always does, whichever process then runs the job. The job (lib/data/notifications/deliver.ts) finds
// the recipients and writes their notifications.
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyingKind } from "@/lib/notifications/kinds";
import type { SqlClient } from "./index";

/** What the `notify` job receives: the audit event, as the write recorded it. */
export type NotifyPayload = {
  event: string;
  actorId: number | null;
  entityId: string | null;
  agencyId: number | null;
  details: unknown;
};

/** graphile-worker's retry budget for finding recipients (its backoff is exp(attempt) seconds). */
const NOTIFY_ATTEMPTS = 10;

export async function enqueueNotification(db: Prisma.TransactionClient | SqlClient, payload: NotifyPayload): Promise<void> {
  if (!notifyingKind(payload.event)) return;
  const json = JSON.stringify(payload);
  if ("$executeRaw" in db) {
    await db.$executeRaw`SELECT graphile_worker.add_job('notify', ${json}::json, max_attempts => ${NOTIFY_ATTEMPTS}::int)`;
    return;
  }
  await db.query("SELECT graphile_worker.add_job('notify', $1::json, max_attempts => $2::int)", [json, NOTIFY_ATTEMPTS]);
}
