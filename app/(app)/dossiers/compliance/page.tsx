// Compliance lists (DESIGN §6): late or overdue dossiers without an apology letter, dossiers
// rescheduled more than once, agencies at or above 10 % late in the year; each exports to CSV.
// No loading.tsx here: the agency in the URL is checked first (another agency's is a real 404),
// then the list streams in its own <Suspense>.
import { ExportLink } from "@/components/ui/export-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { ComplianceList } from "@/components/dossiers/compliance-list";
import { complianceQuery, complianceSearch } from "@/components/dossiers/compliance-query";
import { drillContext } from "@/components/dossiers/drill-context";
import { DrillFilters } from "@/components/dossiers/drill-filters";
import { LinkTabs } from "@/components/ui/link-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { LoadingStatus, TableSkeleton } from "@/components/ui/skeleton";
import { linkButtonClass } from "@/components/ui/styles";
import { COMPLIANCE_LISTS, ruleYear } from "@/lib/data/dossier-compliance";
import { getIntl } from "@/lib/i18n/server";
import { periodKey } from "@/lib/metrics/periods";
import { complianceParams, DEFAULT_DRILL_SORT } from "@/lib/validations/dossier-params";
import type { SearchParams } from "@/lib/validations/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("dossiers.compliance.title") };
}

export default async function CompliancePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { viewer, asOf, params, periods, t, f } = await drillContext(searchParams, complianceParams);
  const parsed = await complianceQuery(viewer, params);
  if (!parsed) notFound();
  const { filter, agency } = parsed;
  const key = periodKey(filter.period);
  const shownPeriod = filter.list === "lateAgencies" ? ruleYear(filter.period) : filter.period;
  const lists = COMPLIANCE_LISTS.map((list) => ({
    href: `/dossiers/compliance${complianceSearch({ ...filter, list }, key)}`,
    label: t(`dossiers.compliance.${list}`),
    current: list === filter.list,
  }));

  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: t("dossiers.province"), href: "/dossiers" }, { label: t("dossiers.compliance.title") }]} />
      <PageHeader title={t("dossiers.compliance.heading")} intro={t("dossiers.compliance.intro")} />
      <LinkTabs label={t("dossiers.compliance.lists")} links={lists} />
      <DrillFilters
        action="/dossiers/compliance"
        query={{ period: filter.period, sort: DEFAULT_DRILL_SORT, view: "time" }}
        periods={periods}
        showLevel={false}
        keepSort={false}
        hidden={{ list: filter.list, agency: agency ? String(agency.id) : undefined }}
      />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 className="text-lg font-semibold text-brand-900" data-testid="compliance-title">
          {t(`dossiers.compliance.${filter.list}`)} — {f.period(shownPeriod)}
          {agency ? ` — ${agency.name}` : ""}
        </h2>
        <div className="flex flex-wrap gap-2">
          <a href={`/dossiers/compliance/export${complianceSearch(filter, key)}`} className={linkButtonClass} download>
            {t("dossiers.compliance.export")}
          </a>
          <ExportLink href={`/dossiers/compliance/export${complianceSearch(filter, key, { format: "xlsx" })}`} what={t(`dossiers.compliance.${filter.list}`)} />
        </div>
      </div>
      <Suspense key={`${filter.list}-${key}-${params.cursor ? "next" : ""}`} fallback={<><LoadingStatus /><TableSkeleton rows={10} columns={10} /></>}>
        <ComplianceList viewer={viewer} filter={filter} periodKey={key} asOf={asOf} cursor={params.cursor} />
      </Suspense>
    </div>
  );
}
