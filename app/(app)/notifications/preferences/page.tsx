// A person's e-mail choices per kind of notification (issue 22).
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { requireViewer } from "@/lib/auth/session";
import { getPreferences } from "@/lib/data/notifications/preferences";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";
import { saveNotificationPreferences } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("notifications.prefs.title") };
}

/** The preferences form is a client component reading the "notifications" namespace. */
const PREFERENCE_NAMESPACES = [...SHELL_NAMESPACES, "notifications"] as const;

export default async function PreferencesPage() {
  const [viewer, { t }] = await Promise.all([requireViewer(), getIntl()]);
  const preferences = await getPreferences(viewer);
  return (
    <IntlClient namespaces={PREFERENCE_NAMESPACES}>
    <div className="space-y-6">
      <PageHeader title={t("notifications.prefs.title")} intro={t("notifications.prefs.description")}
        back={{ href: "/notifications", label: t("notifications.title") }} />
      {preferences.hasEmail ? null : <p className="text-sm text-muted">{t("notifications.prefs.noEmail")}</p>}
      <PreferencesForm action={saveNotificationPreferences} email={preferences.email} frequency={preferences.frequency} />
    </div>
    </IntlClient>
  );
}
