// The notification centre (issue 22): a person reads, counts and marks only their own notifications
// (the viewer's user id is in every where).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";

export type NotificationRow = { id: number; kind: string; title: string; body: string; link: string; createdAt: Date; readAt: Date | null };

export async function countUnreadNotifications(viewer: Viewer): Promise<number> {
  return getDb().notification.count({ where: { userId: viewer.userId, readAt: null } });
}

export async function listNotifications(viewer: Viewer, limit = 50): Promise<NotificationRow[]> {
  return getDb().notification.findMany({
    where: { userId: viewer.userId },
    select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}

/** Marks the viewer's notifications read: those of `ids`, or all when `ids` is absent. Returns how many changed. */
export async function markNotificationsRead(tx: Prisma.TransactionClient, viewer: Viewer, input: { ids?: number[] }, now: Date): Promise<{ marked: number }> {
  const { count } = await tx.notification.updateMany({
    where: { userId: viewer.userId, readAt: null, ...(input.ids ? { id: { in: input.ids } } : {}) },
    data: { readAt: now },
  });
  return { marked: count };
}

/** The one notification of the viewer's that opens `id`'s link, marking it read; null when it is not theirs. */
export async function openNotification(tx: Prisma.TransactionClient, viewer: Viewer, id: number, now: Date): Promise<{ link: string } | null> {
  const row = await tx.notification.findFirst({ where: { id, userId: viewer.userId }, select: { id: true, link: true, readAt: true } });
  if (!row) return null;
  if (!row.readAt) await tx.notification.update({ where: { id: row.id }, data: { readAt: now } });
  return { link: row.link };
}
