// The five indices at a glance: latest published score and rank, change on the year before.
import { ExportLink } from "@/components/ui/export-link";
import type { Metadata } from "next";
import { IndicesTable } from "@/components/indices/indices-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { getIndexSummaries } from "@/lib/data/indices";
import { getIntl } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("indices.title") };
}

export default async function IndicesPage() {
  const [summaries, { t }] = await Promise.all([requirePermission("scorecard.read").then(getIndexSummaries), getIntl()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("indices.heading")} intro={t("indices.intro")} actions={<ExportLink href="/indices/export" what={t("indices.heading")} />} />
      <IndicesTable summaries={summaries} />
    </div>
  );
}
