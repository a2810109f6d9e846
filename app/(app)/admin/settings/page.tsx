// The installation's settings (issue 21): whether the public page is on.
import type { Metadata } from "next";
import Link from "next/link";
import { PublicPageForm } from "@/components/admin/public-page-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { readPublicPageSetting } from "@/lib/data/public-page-setting";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";
import { switchPublicPage } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("settings.title") };
}

/** The switch's messages (a client component). */
const FORM_NAMESPACES = [...SHELL_NAMESPACES, "settings"] as const;

export default async function SettingsPage() {
  const viewer = await requirePermission("settings.manage");
  const [enabled, { t }] = await Promise.all([readPublicPageSetting(viewer), getIntl()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("settings.title")} intro={t("settings.publicPage.intro")} />
      <p>
        <Link href="/cong-khai" className="text-brand-700 underline">
          /cong-khai
        </Link>
      </p>
      <IntlClient namespaces={FORM_NAMESPACES}>
        <PublicPageForm enabled={enabled} save={switchPublicPage} />
      </IntlClient>
    </div>
  );
}
