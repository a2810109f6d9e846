// Inspection flags: open ones first by default, resolvable here; inspectors only (./layout.tsx).
import type { Metadata } from "next";
import { resolveInspectionFlag } from "@/app/(app)/dossiers/actions";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { FlagList } from "@/components/dossiers/flag-list";
import { LinkTabs } from "@/components/ui/link-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { listFlags } from "@/lib/data/inspection-flags";
import { FlagsIntl } from "@/components/dossiers/flags-intl";
import { getIntl } from "@/lib/i18n/server";
import { flagListParams } from "@/lib/validations/dossier-params";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("flags.title") };
}

export default async function FlagsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, { t }] = await Promise.all([requirePermission("inspectionFlag.manage"), getIntl()]);
  const { status } = parseSearchParams(flagListParams(), await searchParams);
  const flags = await listFlags(viewer, { status: status === "all" ? undefined : status });
  const tabs = [
    { href: "/dossiers/flags", label: t("flags.status.OPEN"), current: status === "OPEN" },
    { href: "/dossiers/flags?status=RESOLVED", label: t("flags.status.RESOLVED"), current: status === "RESOLVED" },
    { href: "/dossiers/flags?status=all", label: t("dossiers.filter.all"), current: status === "all" },
  ];

  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: t("dossiers.province"), href: "/dossiers" }, { label: t("flags.title") }]} />
      <PageHeader title={t("flags.title")} />
      <LinkTabs label={t("flags.filter")} links={tabs} />
      <FlagsIntl>
        <FlagList flags={flags} resolve={resolveInspectionFlag} />
      </FlagsIntl>
    </div>
  );
}
