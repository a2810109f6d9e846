// Who an audit event notifies, and with what words and link (issue 22). Run by the `notify` job,
// with no viewer: the recipients are chosen here exactly as the pages scope them — an agency's
// reporters for their own agency's report, Home Affairs for every submitted report, the person
// who started an import for its result.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotifyPayload } from "@/lib/audit/outbox";
import type { MessageKey } from "@/lib/i18n/keys";
import { notifyingKind, type NotificationKind } from "@/lib/notifications/kinds";
import type { Words } from "@/lib/notifications/words";

type Db = Prisma.TransactionClient;

/** `locale`: the account's saved language (users.locale), in which its notifications are written. */
export type Recipient = { id: number; email: string | null; locale: string };
/** A notification's title and body in one language. */
export type MessageText = { title: string; body: string };
/** `text` words the message in each recipient's language (lib/notifications/words.ts). */
export type Message = { kind: NotificationKind; text: (words: Words) => MessageText; link: string; recipients: Recipient[] };

const ACTIVE = { active: true } as const;
const recipientFields = { id: true, email: true, locale: true } as const;

const REPORT_BODY_KEYS = {
  REPORT_RETURNED: "notifications.msg.REPORT_RETURNED.body",
  REPORT_APPROVED: "notifications.msg.REPORT_APPROVED.body",
  REPORT_REOPENED: "notifications.msg.REPORT_REOPENED.body",
  REPORT_SUBMITTED: "notifications.msg.REPORT_SUBMITTED.body",
} as const satisfies Partial<Record<NotificationKind, MessageKey>>;

type ReportKind = keyof typeof REPORT_BODY_KEYS;

function count(details: unknown, key: string): number {
  const value = (details as Record<string, unknown> | null)?.[key];
  return typeof value === "number" ? value : 0;
}

async function reportMessage(tx: Db, kind: ReportKind, payload: NotifyPayload): Promise<Message | null> {
  const report = await tx.report.findUnique({
    where: { id: Number(payload.entityId) },
    select: { agencyId: true, agency: { select: { name: true } }, period: { select: { year: true, quarter: true } } },
  });
  if (!report) return null;
  const { quarter, year } = report.period;
  const values = { agency: report.agency.name, comments: count(payload.details, "comments") };
  // Scope: a report's reporters are its agency's own users; a submitted report goes to Home Affairs
  const recipients = await tx.user.findMany({
    where: kind === "REPORT_SUBMITTED" ? { ...ACTIVE, role: "HOME_AFFAIRS" } : { ...ACTIVE, role: "AGENCY", agencyId: report.agencyId },
    select: recipientFields,
    orderBy: { id: "asc" },
  });
  return {
    kind,
    text: ({ t }) => {
      const worded = { ...values, period: t("notifications.msg.reportPeriod", { quarter, year }) };
      return { title: t(`notifications.msg.${kind}.title`, worded), body: t(REPORT_BODY_KEYS[kind], worded) };
    },
    link: `/reports/${report.period.year}-Q${report.period.quarter}/${report.agencyId}`,
    recipients,
  };
}

async function importMessage(tx: Db, kind: "IMPORT_FINISHED" | "IMPORT_FAILED", payload: NotifyPayload): Promise<Message | null> {
  const runId = Number(payload.entityId);
  const run = await tx.importRun.findUnique({ where: { id: runId }, select: { createdById: true } });
  if (!run) return null;
  // Scope: an import's result goes to the one who started it
  const recipients = await tx.user.findMany({ where: { ...ACTIVE, id: run.createdById }, select: recipientFields });
  const details = (payload.details ?? {}) as Record<string, unknown>;
  const values = { run: runId, created: count(details, "created"), updated: count(details, "updated"), reason: String(details.reason ?? "") };
  return {
    kind,
    text: ({ t }) => ({ title: t(`notifications.msg.${kind}.title`, values), body: t(`notifications.msg.${kind}.body`, values) }),
    link: `/admin/imports/${runId}`,
    recipients,
  };
}

/**
 * The message an audit event gives, with its recipients; null when it notifies nobody (or its record is gone).
 * Scope: the recipients follow the pages' rules (see each maker above).
 */
export async function unsafeMessageOfEvent(tx: Db, payload: NotifyPayload): Promise<Message | null> {
  const kind = notifyingKind(payload.event);
  if (kind === null || payload.entityId === null) return null;
  if (kind === "IMPORT_FINISHED" || kind === "IMPORT_FAILED") return importMessage(tx, kind, payload);
  if (kind in REPORT_BODY_KEYS) return reportMessage(tx, kind as ReportKind, payload);
  return null;
}
