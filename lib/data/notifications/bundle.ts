// Daily bundling (issue 22): a person who chose "daily" (notification_delivery) gets no e-mail per
// notification (./deliver.ts queues none); the `mail-daily-bundle` tick queues one `send-bundle`
// job per such person with notifications not yet e-mailed, keyed by person and day, and that job
// sends them in one message and marks them e-mailed. A kind the person turned off stays out; the
// bundle has its own kind (DAILY_BUNDLE), whose unsubscribe link stops the bundles.
import "server-only";
import { getWriteDb } from "@/lib/db";
import { WRITE_TRANSACTION } from "@/lib/data/transaction";
import { getProvinceSetting } from "@/lib/data/province/settings";
import { composeMail } from "@/lib/mail/compose";
import { localDateOf } from "@/lib/metrics/periods";
import { unsubscribeUrls } from "@/lib/notifications/unsubscribe";
import { wordsOf } from "@/lib/notifications/words";
import type { SendSettings } from "./deliver";

/** How far back a bundle reaches: a day missed (the server down at the tick) is still sent the next evening. */
const BUNDLE_WINDOW_MS = 2 * 86_400_000;

/** Notifications not e-mailed yet, written in the window before `until`. */
const unsent = (until: Date) => ({ emailedAt: null, createdAt: { gt: new Date(until.getTime() - BUNDLE_WINDOW_MS), lte: until } });

/**
 * Queues today's bundle of every person who chose "daily" and has something unsent; returns how many.
 * Scope: reads only who; each job sends a person's own notifications to that person.
 */
export async function unsafeQueueDailyBundles(now: Date, maxAttempts: number): Promise<number> {
  const day = localDateOf(now);
  return getWriteDb().$transaction(async (tx) => {
    const people = await tx.notificationDelivery.findMany({
      where: {
        frequency: "daily",
        user: { active: true, email: { not: null }, notifications: { some: unsent(now) } },
        NOT: { user: { notificationPreferences: { some: { kind: "DAILY_BUNDLE", email: false } } } },
      },
      select: { userId: true },
      orderBy: { userId: "asc" },
    });
    for (const { userId } of people) {
      const payload = JSON.stringify({ userId, until: now.toISOString() });
      await tx.$executeRaw`SELECT graphile_worker.add_job('send-bundle', ${payload}::json, job_key => ${`bundle:${userId}:${day}`}, max_attempts => ${maxAttempts}::int)`;
    }
    return people.length;
  }, WRITE_TRANSACTION);
}

/**
 * The `send-bundle` job: one e-mail with the person's notifications not e-mailed yet (up to `until`),
 * then marks them. Returns how many it bundled (0: nothing to send, or not wanted any more).
 * Scope: the notifications are the person's own, the address the person's own.
 */
export async function unsafeSendBundle(userId: number, until: Date, settings: SendSettings): Promise<number> {
  const db = getWriteDb();
  const [user, off] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { email: true, active: true, locale: true } }),
    db.notificationPreference.findMany({ where: { userId, email: false }, select: { kind: true } }),
  ]);
  const skipped = new Set(off.map((row) => row.kind));
  if (!user?.email || !user.active || skipped.has("DAILY_BUNDLE")) return 0;
  const rows = (await db.notification.findMany({ where: { userId, ...unsent(until) }, select: { id: true, kind: true, title: true, body: true, link: true }, orderBy: { createdAt: "asc" } }))
    .filter((row) => !skipped.has(row.kind));
  if (rows.length === 0) return 0;
  const province = await getProvinceSetting();
  const unsubscribe = unsubscribeUrls(settings.appUrl, settings.secret, userId, "DAILY_BUNDLE");
  const lines = rows.flatMap((row) => [`• ${row.title}`, ...row.body.split("\n").map((line) => `  ${line}`), `  ${settings.appUrl}${row.link}`, ""]);
  // in the person's language; each notification was written in it already
  const words = wordsOf(user.locale);
  const content = composeMail({
    title: words.t("mail.bundle.title", { count: words.f.number(rows.length), day: words.f.localDate(localDateOf(until)) }),
    lines,
    url: `${settings.appUrl}/notifications`,
    unsubscribeUrl: unsubscribe.page,
    province: province.name,
  }, words);
  await settings.mailer.send({ ...content, to: user.email, unsubscribeUrl: unsubscribe.page, oneClickUrl: unsubscribe.oneClick });
  await db.notification.updateMany({ where: { id: { in: rows.map((row) => row.id) } }, data: { emailedAt: new Date() } });
  return rows.length;
}
