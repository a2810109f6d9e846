"use server";
// A person's own notification centre and e-mail choices (issue 22): OWN_ACCOUNT actions, acting on
// the viewer's user id only (lib/data/notifications).
import { action, OWN_ACCOUNT } from "@/lib/auth/action";
import { markNotificationsRead } from "@/lib/data/notifications/centre";
import { savePreferences } from "@/lib/data/notifications/preferences";
import type { DeliveryFrequency, NotificationKind } from "@/lib/notifications/kinds";
import { markReadSchema, preferencesSchema } from "@/lib/validations/notifications";

export const markRead = action(
  {
    permission: OWN_ACCOUNT,
    schema: markReadSchema,
    audit: { event: "NOTIFICATIONS_READ", details: (_input, result: { marked: number }) => ({ marked: result.marked }) },
    revalidate: () => ["/notifications"],
  },
  (input, { tx, viewer }) => markNotificationsRead(tx, viewer, input.id ? { ids: [input.id] } : {}, new Date()),
);

export const saveNotificationPreferences = action(
  {
    permission: OWN_ACCOUNT,
    schema: preferencesSchema,
    audit: { event: "NOTIFICATION_PREFERENCES_SAVED", details: (_input, result: { off: NotificationKind[]; frequency?: DeliveryFrequency }) => ({ off: result.off, frequency: result.frequency }) },
    revalidate: () => ["/notifications/preferences"],
  },
  (input, { tx, viewer }) => savePreferences(tx, viewer, input),
);
