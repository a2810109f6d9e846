// The header's notification centre entry (issue 22): a link to /notifications with the unread count.
import Link from "next/link";
import { t } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";

export function NotificationBell({ unread }: { unread: number }) {
  const label = unread > 0 ? t("notifications.bellUnread", { count: formatNumber(unread) }) : t("notifications.bell");
  return (
    <Link href="/notifications" aria-label={label} title={label} data-testid="notification-bell"
      className="relative inline-flex items-center gap-1 rounded-sm text-sm font-medium text-white underline-offset-4 hover:underline">
      <span aria-hidden="true">🔔</span>
      <span className="sr-only sm:not-sr-only">{t("notifications.bell")}</span>
      {unread > 0 ? (
        <span aria-hidden="true" data-testid="notification-unread" className="min-w-5 rounded-full bg-accent-600 px-1.5 text-center text-xs font-bold text-white">
          {unread > 99 ? "99+" : formatNumber(unread)}
        </span>
      ) : null}
    </Link>
  );
}
