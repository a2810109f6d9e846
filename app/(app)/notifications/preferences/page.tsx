// A person's e-mail choices per kind of notification (issue 22).
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { requireViewer } from "@/lib/auth/session";
import { getPreferences } from "@/lib/data/notifications/preferences";
import { t } from "@/lib/i18n";
import { saveNotificationPreferences } from "../actions";

export const metadata: Metadata = { title: t("notifications.prefs.title") };

export default async function PreferencesPage() {
  const viewer = await requireViewer();
  const preferences = await getPreferences(viewer);
  return (
    <div className="space-y-6">
      <PageHeader title={t("notifications.prefs.title")} intro={t("notifications.prefs.description")}
        back={{ href: "/notifications", label: t("notifications.title") }} />
      {preferences.hasEmail ? null : <p className="text-sm text-muted">{t("notifications.prefs.noEmail")}</p>}
      <PreferencesForm action={saveNotificationPreferences} email={preferences.email} frequency={preferences.frequency} />
    </div>
  );
}
