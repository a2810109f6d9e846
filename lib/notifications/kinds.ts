// The kinds of notification (issue 22): who gets each is decided by lib/data/notifications/recipients.ts,
// the words by lib/i18n/messages/notifications-vi.ts. Pure: client components read the list too.
export const NOTIFICATION_KINDS = [
  "REPORT_RETURNED",
  "REPORT_APPROVED",
  "REPORT_REOPENED",
  "REPORT_SUBMITTED",
  "DEADLINE_SOON",
  "DEADLINE_PASSED",
  "RULE_AGENCY_LATE",
  "RULE_OFFICIAL_LATE",
  "RULE_NO_APOLOGY",
  "RULE_REPLACEMENT_REVIEW",
  "IMPORT_FINISHED",
  "IMPORT_FAILED",
  "DIGEST_LEADER",
  "DIGEST_AGENCY",
  // the one e-mail a day of those who chose "daily" (its own kind: its unsubscribe link stops it)
  "DAILY_BUNDLE",
] as const;

/** How often a person's e-mail goes out: each notification at once, or one bundle a day. */
export const DELIVERY_FREQUENCIES = ["immediate", "daily"] as const;
export type DeliveryFrequency = (typeof DELIVERY_FREQUENCIES)[number];

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** The audit events that notify, and as what (lib/audit/events.ts). */
export const AUDIT_NOTIFIES = {
  REPORT_RETURNED: "REPORT_RETURNED",
  REPORT_APPROVED: "REPORT_APPROVED",
  REPORT_UNAPPROVED: "REPORT_REOPENED",
  REPORT_SUBMITTED: "REPORT_SUBMITTED",
  IMPORT_COMPLETED: "IMPORT_FINISHED",
  IMPORT_FAILED: "IMPORT_FAILED",
} as const satisfies Record<string, NotificationKind>;

export type NotifyingAuditEvent = keyof typeof AUDIT_NOTIFIES;

export function notifyingKind(event: string): NotificationKind | null {
  return event in AUDIT_NOTIFIES ? AUDIT_NOTIFIES[event as NotifyingAuditEvent] : null;
}
