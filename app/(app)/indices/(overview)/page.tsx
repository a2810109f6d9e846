// The five indices at a glance: latest published score and rank, change on the year before.
import { ExportLink } from "@/components/ui/export-link";
import type { Metadata } from "next";
import { IndicesTable } from "@/components/indices/indices-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { getIndexSummaries } from "@/lib/data/indices";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t("indices.title") };

export default async function IndicesPage() {
  const summaries = await getIndexSummaries(await requirePermission("scorecard.read"));
  return (
    <div className="space-y-6">
      <PageHeader title={t("indices.heading")} intro={t("indices.intro")} actions={<ExportLink href="/indices/export" what={t("indices.heading")} />} />
      <IndicesTable summaries={summaries} />
    </div>
  );
}
