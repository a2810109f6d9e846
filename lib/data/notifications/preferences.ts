// Each person's choice of which kinds reach them by e-mail (issue 22); no row = on.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import { getDb, getWriteDb } from "@/lib/db";
import { appendAudit } from "@/lib/audit";
import { WRITE_TRANSACTION } from "@/lib/data/transaction";
import { NOTIFICATION_KINDS, type DeliveryFrequency, type NotificationKind } from "@/lib/notifications/kinds";

export type Preferences = { hasEmail: boolean; email: Record<NotificationKind, boolean>; frequency: DeliveryFrequency };

export async function getPreferences(viewer: Viewer): Promise<Preferences> {
  const db = getDb();
  const [user, rows, delivery] = await Promise.all([
    db.user.findUnique({ where: { id: viewer.userId }, select: { email: true } }),
    db.notificationPreference.findMany({ where: { userId: viewer.userId }, select: { kind: true, email: true } }),
    db.notificationDelivery.findUnique({ where: { userId: viewer.userId }, select: { frequency: true } }),
  ]);
  const chosen = new Map(rows.map((row) => [row.kind, row.email]));
  const email = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, chosen.get(kind) ?? true])) as Record<NotificationKind, boolean>;
  return { hasEmail: Boolean(user?.email), email, frequency: delivery?.frequency === "daily" ? "daily" : "immediate" };
}

export async function savePreferences(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  input: { email: Partial<Record<NotificationKind, boolean>>; frequency?: DeliveryFrequency },
): Promise<{ off: NotificationKind[]; frequency?: DeliveryFrequency }> {
  if (input.frequency) {
    await tx.notificationDelivery.upsert({ where: { userId: viewer.userId }, create: { userId: viewer.userId, frequency: input.frequency }, update: { frequency: input.frequency } });
  }
  const entries = Object.entries(input.email) as [NotificationKind, boolean][];
  for (const [kind, email] of entries) {
    await tx.notificationPreference.upsert({
      where: { userId_kind: { userId: viewer.userId, kind } },
      create: { userId: viewer.userId, kind, email },
      update: { email },
    });
  }
  return { off: entries.filter(([, email]) => !email).map(([kind]) => kind), frequency: input.frequency };
}

/** The unsubscribe link's write, audited. Scope: the signed token named this user and kind (lib/notifications/unsubscribe.ts). */
export async function unsafeUnsubscribe(userId: number, kind: NotificationKind, via: "page" | "one-click" = "page"): Promise<boolean> {
  return getWriteDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, agencyId: true } });
    if (!user) return false;
    await tx.notificationPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, email: false }, update: { email: false } });
    await appendAudit(tx, { event: "NOTIFICATION_UNSUBSCRIBED", actorId: userId, entityId: String(userId), agencyId: user.agencyId, details: { kind, via } });
    return true;
  }, WRITE_TRANSACTION);
}
