// An agency's page. Agency staff may open only their own; another agency's id is "not found",
// never "forbidden", so that the page does not confirm which ids exist.
import type { Metadata } from "next";
import { AgencyTasksSection } from "@/components/tasks/agency-tasks-section";
import { AgencyAccountability } from "@/components/indices/agency-accountability";
import { AgencyHistorySection } from "@/components/org/agency-history-section";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requireViewer } from "@/lib/auth/session";
import type { AgencyPage } from "@/lib/data/agencies";
import { t, type MessageKey } from "@/lib/i18n";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { loadAgency, type AgencyParams } from "./load";

export const dynamic = "force-dynamic";

type Props = { params: AgencyParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadAgency((await params).id)).name };
}

const COUNTS: { key: keyof AgencyPage["_count"]; labelKey: MessageKey }[] = [
  { key: "procedures", labelKey: "agency.count.procedures" },
  { key: "officials", labelKey: "agency.count.officials" },
  { key: "tasks", labelKey: "agency.count.tasks" },
  { key: "dossiers", labelKey: "agency.count.dossiers" },
  { key: "users", labelKey: "agency.count.users" },
];

export default async function AgencyDetailPage({ params }: Props) {
  const agency = await loadAgency((await params).id);
  const validity = agency.validTo
    ? t("agency.validRange", { from: formatDate(agency.validFrom), to: formatDate(agency.validTo) })
    : t("agency.validFrom", { from: formatDate(agency.validFrom) });

  return (
    <div className="space-y-8">
      <PageHeader title={agency.name}>{agency.synthetic ? <p className="text-sm text-muted">{t("agency.synthetic")}</p> : null}</PageHeader>
      <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="font-medium text-muted">{t("agency.code")}</dt>
        <dd>{agency.code}</dd>
        <dt className="font-medium text-muted">{t("agency.kindLabel")}</dt>
        <dd>{t(`agency.kind.${agency.kind}`)}</dd>
        {agency.parent && (
          <>
            <dt className="font-medium text-muted">{t("agency.parent")}</dt>
            <dd>{agency.parent.name}</dd>
          </>
        )}
        <dt className="font-medium text-muted">{t("agency.validity")}</dt>
        <dd>{validity}</dd>
      </dl>
      <section aria-labelledby="agency-counts" className="space-y-4">
        <h2 id="agency-counts" className="text-lg font-semibold text-brand-900">
          {t("agency.countsHeading")}
        </h2>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-5">
          {COUNTS.map((count) => (
            <StatCard
              key={count.key}
              label={t(count.labelKey)}
              value={formatNumber(agency._count[count.key])}
              testId={`agency-count-${count.key}`}
            />
          ))}
        </dl>
      </section>
      <AgencyHistorySection viewer={await requireViewer()} agencyId={agency.id} firstYear={2021} />
      <AgencyTasksSection agencyId={agency.id} />
      <AgencyAccountability agencyId={agency.id} />
    </div>
  );
}
