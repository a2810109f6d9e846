// The notification centre (issue 22): the viewer's own notifications, newest first, each with its
// link and, while unread, a button to mark it read.
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { MarkReadForm } from "@/components/notifications/mark-read-form";
import { requireViewer } from "@/lib/auth/session";
import { listNotifications } from "@/lib/data/notifications/centre";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";
import { markRead } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("notifications.title") };
}

/** The mark-read buttons are client components reading the "notifications" namespace. */
const NOTIFICATION_NAMESPACES = [...SHELL_NAMESPACES, "notifications"] as const;

export default async function NotificationsPage() {
  const [viewer, { t, f }] = await Promise.all([requireViewer(), getIntl()]);
  // a notification's title and body are stored as written when it was sent (in Vietnamese)
  const rows = await listNotifications(viewer);
  const unread = rows.some((row) => !row.readAt);
  return (
    <IntlClient namespaces={NOTIFICATION_NAMESPACES}>
    <div className="space-y-6">
      <PageHeader title={t("notifications.title")} intro={t("notifications.description")}
        actions={<Link href="/notifications/preferences" className="text-sm font-medium text-brand-700 underline">{t("notifications.preferencesLink")}</Link>} />
      {unread ? <MarkReadForm action={markRead} /> : null}
      {rows.length === 0 ? (
        <EmptyState testId="notifications-empty">{t("notifications.empty")}</EmptyState>
      ) : (
        <ul className="divide-y divide-border rounded-md border border-border bg-surface" data-testid="notification-list">
          {rows.map((row) => (
            <li key={row.id} className={`flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between ${row.readAt ? "" : "bg-brand-50"}`}
              data-testid="notification" data-read={row.readAt ? "true" : "false"}>
              <div className="min-w-0 space-y-1">
                <p className="font-semibold text-foreground">
                  {row.readAt ? null : <span className="mr-2 rounded bg-accent-600 px-1.5 py-0.5 text-xs font-bold text-white">{t("notifications.unread")}</span>}
                  <Link href={row.link} className="text-brand-700 underline">{row.title}</Link>
                </p>
                {row.body.split("\n").map((line, i) => <p key={i} className="text-sm text-foreground">{line}</p>)}
                <p className="text-xs text-muted">{f.dateTime(row.createdAt)}</p>
              </div>
              {row.readAt ? null : <MarkReadForm action={markRead} id={row.id} />}
            </li>
          ))}
        </ul>
      )}
    </div>
    </IntlClient>
  );
}
