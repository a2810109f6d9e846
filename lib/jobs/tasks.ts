// The queue's tasks (issue 22): what each job identifier does. The data they touch is read and
// written by lib/data/notifications; a task that throws is retried by the queue.
import type { Task, TaskList } from "graphile-worker";
import { z } from "zod";
import type { NotifyPayload } from "@/lib/audit/outbox";
import type { MailEnv } from "@/lib/env";
import type { Mailer } from "@/lib/mail/smtp";
import { unsafeDeliverEvent, unsafeSendNotificationEmail } from "@/lib/data/notifications/deliver";
import { unsafeRunWeeklyDigests, unsafeSendDigest } from "@/lib/data/notifications/digests";
import { unsafeSchedulePaused } from "@/lib/data/jobs";
import { unsafeRunDeadlineNotifications } from "@/lib/data/notifications/scheduled-deadlines";
import { unsafeRunRuleNotifications } from "@/lib/data/notifications/scheduled-rules";
import { unsafeQueueDailyBundles, unsafeSendBundle } from "@/lib/data/notifications/bundle";

export type TaskDeps = { mail: MailEnv; mailer: Mailer | null; secret: string; now?: () => Date };

const notifyPayload = z.object({
  event: z.string(),
  actorId: z.number().int().nullable(),
  entityId: z.string().nullable(),
  agencyId: z.number().int().nullable(),
  details: z.unknown(),
});
const sendPayload = z.object({ notificationId: z.number().int().positive() });
const bundlePayload = z.object({ userId: z.number().int().positive(), until: z.iso.datetime() });
const digestPayload = z.object({ userId: z.number().int().positive(), week: z.string().regex(/^\d{4}-W\d{2}$/) });

export function createTasks(deps: TaskDeps): TaskList {
  const mailSettings = { enabled: deps.mailer !== null, maxAttempts: deps.mail.maxAttempts };
  const now = deps.now ?? (() => new Date());

  const notify: Task = async (payload, helpers) => {
    await unsafeDeliverEvent(notifyPayload.parse(payload) as NotifyPayload, helpers.job.id, mailSettings);
  };

  const sendEmail: Task = async (payload) => {
    const { notificationId } = sendPayload.parse(payload);
    // SMTP was switched off after the job was queued: nothing to send it with
    if (!deps.mailer) return;
    await unsafeSendNotificationEmail(notificationId, { mailer: deps.mailer, appUrl: deps.mail.appUrl, secret: deps.secret });
  };

  const digestWeekly: Task = async () => {
    if (await unsafeSchedulePaused("digest-weekly")) return;
    await unsafeRunWeeklyDigests(now());
  };

  const digest: Task = async (payload) => {
    const { userId, week } = digestPayload.parse(payload);
    await unsafeSendDigest(userId, week, now(), mailSettings);
  };

  // deadlines, then the rules: two transactions, each notifying its crossings once (a retry of the
  // job after the first committed finds nothing new there)
  const notifyDaily: Task = async () => {
    if (await unsafeSchedulePaused("notify-daily")) return;
    await unsafeRunDeadlineNotifications(now(), deps.mail.deadlineDays, mailSettings);
    await unsafeRunRuleNotifications(deps.mail.apologyDays, mailSettings);
  };

  const mailDailyBundle: Task = async () => {
    if (!deps.mailer || (await unsafeSchedulePaused("mail-daily-bundle"))) return;
    await unsafeQueueDailyBundles(now(), deps.mail.maxAttempts);
  };

  const sendBundle: Task = async (payload) => {
    const { userId, until } = bundlePayload.parse(payload);
    if (!deps.mailer) return;
    await unsafeSendBundle(userId, new Date(until), { mailer: deps.mailer, appUrl: deps.mail.appUrl, secret: deps.secret });
  };

  return {
    notify,
    "send-email": sendEmail,
    "digest-weekly": digestWeekly,
    digest,
    "notify-daily": notifyDaily,
    "mail-daily-bundle": mailDailyBundle,
    "send-bundle": sendBundle,
  };
}
