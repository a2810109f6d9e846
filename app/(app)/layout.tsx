// The shell of the application: skip link, banner with the role-filtered menu, main, footer.
import type { ReactNode } from "react";
import { Header } from "@/components/shell/header";
import { navigationFor } from "@/lib/auth/navigation";
import { getSessionUser, requireViewer } from "@/lib/auth/session";
import { getProvinceSetting } from "@/lib/data/province/settings";
import { countUnreadNotifications } from "@/lib/data/notifications/centre";
import { getIntl } from "@/lib/i18n/server";

// Every page of the shell reads the database at request time; the build has none.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // Every page behind the shell needs a signed-in viewer; proxy.ts only spares the round trip.
  const viewer = await requireViewer();
  const [province, user, unread, { t, locale }] = await Promise.all([getProvinceSetting(), getSessionUser(), countUnreadNotifications(viewer), getIntl()]);
  const navigation = navigationFor(viewer.role).map((entry) => ({ href: entry.href, label: t(entry.labelKey) }));

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main-content"
        data-print="hide"
        className="sr-only z-50 rounded-md bg-surface px-4 py-2 font-semibold text-brand-900 shadow-lg focus:not-sr-only focus:fixed focus:px-4 focus:py-2 focus:top-3 focus:left-3"
      >
        {t("shell.skipToContent")}
      </a>
      <Header provinceName={province.name} navigation={navigation} userName={user?.fullName ?? ""} unreadNotifications={unread} locale={locale} />
      <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
        {children}
      </main>
      <footer className="border-t border-border bg-surface" data-print="hide">
        <p className="mx-auto max-w-7xl px-4 py-4 text-sm text-muted sm:px-6">
          {t("app.footer", { name: province.name })}
        </p>
      </footer>
    </div>
  );
}
