// An agency's level: its dossier figures by procedure field (and, for a district, by commune),
// with links to its officials, its late dossiers and an inspection flag. Another agency's id is
// "not found" for agency staff (../layout.tsx).
import type { Metadata } from "next";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { LinkRow } from "@/components/dossiers/link-row";
import { DrillFilters } from "@/components/dossiers/drill-filters";
import { DrillTable } from "@/components/dossiers/drill-table";
import { agencyCrumbs, drillContext } from "@/components/dossiers/drill-context";
import { FlagsPanel } from "@/components/dossiers/flags-panel";
import { UnitHistory } from "@/components/org/unit-history";
import { UnitsViewSwitch } from "@/components/org/units-view-switch";
import { ExportLink } from "@/components/ui/export-link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { getAgencyLevel } from "@/lib/data/dossier-drill";
import { getIntl } from "@/lib/i18n/server";
import { sortRows } from "@/lib/metrics/drill-down";
import { drillParams, drillSearch } from "@/lib/validations/dossier-params";
import type { SearchParams } from "@/lib/validations/search-params";
import { loadDrillAgency, type AgencyParams } from "../load";

type Props = { params: AgencyParams; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, agency] = await Promise.all([getIntl(), params.then(({ id }) => loadDrillAgency(id))]);
  return { title: t("dossiers.agencyTitle", { name: agency.name }) };
}

export default async function AgencyDossiersPage({ params, searchParams }: Props) {
  const [{ id }, { viewer, params: query, periods, t, f }] = await Promise.all([params, drillContext(searchParams, drillParams)]);
  const agency = await loadDrillAgency(id, query);
  const table = await getAgencyLevel(viewer, agency, query);
  const base = `/dossiers/agencies/${agency.id}`;
  const listSearch = (status?: string) => drillSearch({ period: query.period, sort: query.sort, view: query.view }, { agency: agency.id, status }, null);
  const links = [
    { href: `${base}/procedures${drillSearch(query, {}, null)}`, label: t("dossiers.procedures.link") },
    ...(can(viewer, "official.read") ? [{ href: `${base}/officials${drillSearch(query, {}, null)}`, label: t("dossiers.officials.link") }] : []),
    { href: `/dossiers/list${listSearch("late")}`, label: t("dossiers.list.lateLink") },
    { href: `/dossiers/list${listSearch()}`, label: t("dossiers.list.allLink") },
  ];
  const tableProps = { sort: query.sort, sortHref: (sort: typeof query.sort) => `${base}${drillSearch(query, {}, sort)}` };

  return (
    <div className="space-y-6">
      <Breadcrumb items={agencyCrumbs(agency, query, t)} />
      <PageHeader title={agency.name} intro={t("dossiers.agencyIntro", { period: f.period(query.period) })}
        actions={<ExportLink href={`${base}/export${drillSearch(query)}`} what={agency.name} />} />
      <LinkRow links={links} />
      <DrillFilters action={base} query={query} periods={periods} />
      <UnitsViewSwitch view={query.view} href={(view) => `${base}${drillSearch({ ...query, view })}`} />
      <UnitHistory
        predecessors={agency.predecessors}
        successors={agency.successors}
        validTo={agency.validTo}
        href={(id) => `/dossiers/agencies/${id}${drillSearch({ ...query, view: agency.predecessors.some((p) => p.id === id) ? "time" : query.view })}`}
      />
      <section className="space-y-3" aria-labelledby="fields-heading">
        <h2 id="fields-heading" className="text-lg font-semibold text-brand-900">{t("dossiers.fields.heading")}</h2>
        <DrillTable {...tableProps} caption={t("dossiers.caption.fields", { name: agency.name, period: f.period(query.period) })}
          nameHeader={t("dossiers.col.field")} rows={sortRows(table.rows, query.sort)} total={table.total}
          rowHref={(row) => `${base}/fields/${row.key}${drillSearch(query)}`} testId="drill-fields" />
      </section>
      {agency.children.length > 0 ? (
        <section className="space-y-3" aria-labelledby="communes-heading">
          <h2 id="communes-heading" className="text-lg font-semibold text-brand-900">{t("dossiers.communes.heading")}</h2>
          <DrillTable {...tableProps} caption={t("dossiers.caption.communes", { name: agency.name, period: f.period(query.period) })}
            nameHeader={t("dossiers.col.agency")} rows={sortRows(table.children, query.sort)}
            total={{ ...table.childrenTotal, name: t("dossiers.communes.total") }}
            rowHref={(row) => `/dossiers/agencies/${row.key}${drillSearch(query)}`} ruleLabel={t("dossiers.rule.agency")} testId="drill-communes" />
        </section>
      ) : null}
      <FlagsPanel viewer={viewer} target="AGENCY" targetId={agency.id} />
    </div>
  );
}
