// The header's notification centre entry (issue 22): a link to /notifications with the unread count.
// The bell is an inline SVG, not the 🔔 emoji: the app's fonts have no glyph for it and it showed
// as an empty box. The link's accessible name carries the count; the icon and badge are decoration.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";

function BellIcon() {
  return (
    <svg aria-hidden="true" focusable="false" data-testid="notification-bell-icon" viewBox="0 0 24 24" width="20" height="20"
      fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

export function NotificationBell({ unread }: { unread: number }) {
  const t = useTranslations("notifications");
  const f = useFormat();
  const label = unread > 0 ? t("bellUnread", { count: f.number(unread) }) : t("bell");
  return (
    <Link href="/notifications" aria-label={label} title={label} data-testid="notification-bell"
      className="relative inline-flex items-center gap-1 rounded-sm text-sm font-medium text-white underline-offset-4 hover:underline">
      <BellIcon />
      <span aria-hidden="true" className="hidden sm:inline">{t("bell")}</span>
      {unread > 0 ? (
        <span aria-hidden="true" data-testid="notification-unread" className="min-w-5 rounded-full bg-accent-600 px-1.5 text-center text-xs font-bold text-white">
          {unread > 99 ? "99+" : f.number(unread)}
        </span>
      ) : null}
    </Link>
  );
}
