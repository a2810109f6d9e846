// The jobs' side of notifications (issue 22), run by the worker (lib/db/queue.ts) with no viewer:
// write each recipient's notification once (a retried job finds its rows by dedupe key), queue
// one `send-email` job per e-mail wanted in the same transaction, and send it.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getWriteDb } from "@/lib/db";
import type { NotifyPayload } from "@/lib/audit/outbox";
import { composeMail } from "@/lib/mail/compose";
import type { Mailer } from "@/lib/mail/smtp";
import { unsubscribeUrls } from "@/lib/notifications/unsubscribe";
import { wordsOf } from "@/lib/notifications/words";
import type { NotificationKind } from "@/lib/notifications/kinds";
import { getProvinceSetting } from "@/lib/data/province/settings";
import { unsafeMessageOfEvent, type Message } from "./recipients";

type Db = Prisma.TransactionClient;

export type MailSettings = { enabled: boolean; maxAttempts: number };
export type SendSettings = { mailer: Mailer; appUrl: string; secret: string };

/** Users (of `ids`) who turned e-mail of `kind` off; no row means on. */
async function optedOut(tx: Db, ids: number[], kind: NotificationKind): Promise<Set<number>> {
  const rows = await tx.notificationPreference.findMany({ where: { userId: { in: ids }, kind, email: false }, select: { userId: true } });
  return new Set(rows.map((row) => row.userId));
}

/**
 * Writes `message` to each recipient under `dedupeKey` (skipping those who have it already) and
 * queues their e-mails. Returns the new notifications' ids. Scope: the message's recipients were
 * chosen by its maker (./recipients.ts, ./digests.ts).
 */
export async function unsafeWriteNotifications(tx: Db, message: Message, dedupeKey: string, mail: MailSettings): Promise<number[]> {
  if (message.recipients.length === 0) return [];
  const created = await tx.notification.createManyAndReturn({
    // each in the recipient's own language
    data: message.recipients.map((user) => ({ userId: user.id, kind: message.kind, ...message.text(wordsOf(user.locale)), link: message.link, dedupeKey })),
    skipDuplicates: true,
    select: { id: true, userId: true },
  });
  if (mail.enabled && created.length > 0) {
    const emails = new Map(message.recipients.map((user) => [user.id, user.email]));
    const ids = created.map((row) => row.userId);
    const out = await optedOut(tx, ids, message.kind);
    // those who chose one e-mail a day get it in the evening's bundle (./bundle.ts), not now
    const daily = new Set((await tx.notificationDelivery.findMany({ where: { userId: { in: ids }, frequency: "daily" }, select: { userId: true } })).map((row) => row.userId));
    for (const row of created) {
      if (!emails.get(row.userId) || out.has(row.userId) || daily.has(row.userId)) continue;
      await tx.$executeRaw`SELECT graphile_worker.add_job('send-email', json_build_object('notificationId', ${row.id}::int), job_key => ${`mail:${row.id}`}, max_attempts => ${mail.maxAttempts}::int)`;
    }
  }
  return created.map((row) => row.id);
}

/**
 * The `notify` job: the event's recipients get its notification. `jobId` keys the rows, so a retry writes nothing twice.
 * Scope: the recipients are chosen by ./recipients.ts from the event's own record.
 */
export async function unsafeDeliverEvent(payload: NotifyPayload, jobId: string, mail: MailSettings): Promise<number[]> {
  return getWriteDb().$transaction(async (tx) => {
    const message = await unsafeMessageOfEvent(tx, payload);
    return message ? unsafeWriteNotifications(tx, message, `event:${jobId}`, mail) : [];
  });
}

export type SendOutcome = "sent" | "already-sent" | "not-wanted";

/**
 * The `send-email` job. A failure of the SMTP server throws, and the queue tries again later
 * (graphile-worker's exponential backoff) until the job's attempts are spent; Admin then sees it
 * (lib/data/jobs.ts). The row is marked after the server accepted the message.
 * Scope: the notification was written for this user; the mail goes to that user's own address.
 */
export async function unsafeSendNotificationEmail(notificationId: number, settings: SendSettings): Promise<SendOutcome> {
  const db = getWriteDb();
  const row = await db.notification.findUnique({
    where: { id: notificationId },
    select: { id: true, kind: true, title: true, body: true, link: true, emailedAt: true, userId: true, user: { select: { email: true, active: true, locale: true } } },
  });
  if (!row) return "not-wanted";
  if (row.emailedAt) return "already-sent";
  const preference = await db.notificationPreference.findUnique({ where: { userId_kind: { userId: row.userId, kind: row.kind } }, select: { email: true } });
  if (!row.user.email || !row.user.active || preference?.email === false) return "not-wanted";
  const province = await getProvinceSetting();
  const unsubscribe = unsubscribeUrls(settings.appUrl, settings.secret, row.userId, row.kind as NotificationKind);
  const content = composeMail({ title: row.title, lines: row.body.split("\n"), url: `${settings.appUrl}${row.link}`, unsubscribeUrl: unsubscribe.page, province: province.name }, wordsOf(row.user.locale));
  await settings.mailer.send({ ...content, to: row.user.email, unsubscribeUrl: unsubscribe.page, oneClickUrl: unsubscribe.oneClick });
  await db.notification.update({ where: { id: row.id }, data: { emailedAt: new Date() } });
  return "sent";
}
