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
import { getIntl } from "@/lib/i18n/server";
import { loadAgency, type AgencyParams } from "./load";

export const dynamic = "force-dynamic";

type Props = { params: AgencyParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadAgency((await params).id)).name };
}

/** The counts shown, each labelled by its own agency.count.<key> message. */
const COUNTS = ["procedures", "officials", "tasks", "dossiers", "users"] as const satisfies readonly (keyof AgencyPage["_count"])[];

export default async function AgencyDetailPage({ params }: Props) {
  const [agency, viewer, { t, f }] = await Promise.all([params.then(({ id }) => loadAgency(id)), requireViewer(), getIntl()]);
  const validity = agency.validTo
    ? t("agency.validRange", { from: f.date(agency.validFrom), to: f.date(agency.validTo) })
    : t("agency.validFrom", { from: f.date(agency.validFrom) });

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
              key={count}
              label={t(`agency.count.${count}`)}
              value={f.number(agency._count[count])}
              testId={`agency-count-${count}`}
            />
          ))}
        </dl>
      </section>
      <AgencyHistorySection viewer={viewer} agencyId={agency.id} firstYear={2021} />
      <AgencyTasksSection agencyId={agency.id} />
      <AgencyAccountability agencyId={agency.id} />
    </div>
  );
}
