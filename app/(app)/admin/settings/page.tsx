// The installation's settings (issue 21): whether the public page is on.
import type { Metadata } from "next";
import Link from "next/link";
import { PublicPageForm } from "@/components/admin/public-page-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { readPublicPageSetting } from "@/lib/data/public-page-setting";
import { t } from "@/lib/i18n";
import { switchPublicPage } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: t("settings.title") };

export default async function SettingsPage() {
  const viewer = await requirePermission("settings.manage");
  const enabled = await readPublicPageSetting(viewer);
  return (
    <div className="space-y-6">
      <PageHeader title={t("settings.title")} intro={t("settings.publicPage.intro")} />
      <p>
        <Link href="/cong-khai" className="text-brand-700 underline">
          /cong-khai
        </Link>
      </p>
      <PublicPageForm enabled={enabled} save={switchPublicPage} />
    </div>
  );
}
