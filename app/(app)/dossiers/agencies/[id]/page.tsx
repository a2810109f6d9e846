// An agency's level: its dossier figures by procedure field (and, for a district, by commune),
// with links to its officials, its late dossiers and an inspection flag. Another agency's id is
// "not found" for agency staff.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { LinkRow } from "@/components/dossiers/link-row";
import { DrillFilters } from "@/components/dossiers/drill-filters";
import { DrillTable } from "@/components/dossiers/drill-table";
import { agencyCrumbs, drillContext } from "@/components/dossiers/drill-context";
import { FlagsPanel } from "@/components/dossiers/flags-panel";
import { UnitHistory } from "@/components/org/unit-history";
import { UnitsViewSwitch } from "@/components/org/units-view-switch";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { findDrillAgency, getAgencyLevel } from "@/lib/data/dossier-drill";
import { t } from "@/lib/i18n";
import { formatPeriod } from "@/lib/i18n/format";
import { sortRows } from "@/lib/metrics/drill-down";
import { periodKey } from "@/lib/metrics/periods";
import { drillSearch, parseId, type SearchParams } from "@/lib/validations/dossiers";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const loadAgency = cache(async (id: string) => {
  const agencyId = parseId(id);
  const agency = agencyId === null ? null : await findDrillAgency(await requireViewer(), agencyId);
  if (!agency) notFound();
  return agency;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: t("dossiers.agencyTitle", { name: (await loadAgency((await params).id)).name }) };
}

export default async function AgencyDossiersPage({ params, searchParams }: Props) {
  const { viewer, query, periods } = await drillContext(searchParams);
  const agencyId = parseId((await params).id);
  const agency = agencyId === null ? null : await findDrillAgency(viewer, agencyId, query);
  if (!agency) notFound();
  const table = await getAgencyLevel(viewer, agency, query);
  const base = `/dossiers/agencies/${agency.id}`;
  const links = [
    { href: `${base}/procedures${drillSearch(query, {}, null)}`, label: t("dossiers.procedures.link") },
    ...(can(viewer, "official.read") ? [{ href: `${base}/officials${drillSearch(query, {}, null)}`, label: t("dossiers.officials.link") }] : []),
    {
      href: `/dossiers/list${drillSearch(query, { agency: agency.id, status: "late" }, null)}`,
      label: t("dossiers.list.lateLink"),
    },
    { href: `/dossiers/list${drillSearch(query, { agency: agency.id }, null)}`, label: t("dossiers.list.allLink") },
  ];

  return (
    <div className="space-y-6">
      <Breadcrumb items={agencyCrumbs(agency, query)} />
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{agency.name}</h1>
        <p className="text-foreground">{t("dossiers.agencyIntro", { period: formatPeriod(query.period) })}</p>
      </div>
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
        <DrillTable
          caption={t("dossiers.caption.fields", { name: agency.name, period: formatPeriod(query.period) })}
          nameHeader={t("dossiers.col.field")}
          rows={sortRows(table.rows, query.sort)}
          total={table.total}
          sort={query.sort}
          sortHref={(sort) => `${base}${drillSearch(query, {}, sort)}`}
          rowHref={(row) => `${base}/fields/${row.key}${drillSearch(query)}`}
          testId="drill-fields"
        />
      </section>
      {agency.children.length > 0 ? (
        <section className="space-y-3" aria-labelledby="communes-heading">
          <h2 id="communes-heading" className="text-lg font-semibold text-brand-900">{t("dossiers.communes.heading")}</h2>
          <DrillTable
            caption={t("dossiers.caption.communes", { name: agency.name, period: formatPeriod(query.period) })}
            nameHeader={t("dossiers.col.agency")}
            rows={sortRows(table.children, query.sort)}
            total={{ ...table.childrenTotal, name: t("dossiers.communes.total") }}
            sort={query.sort}
            sortHref={(sort) => `${base}${drillSearch(query, {}, sort)}`}
            rowHref={(row) => `/dossiers/agencies/${row.key}${drillSearch(query)}`}
            ruleLabel={t("dossiers.rule.agency")}
            testId="drill-communes"
          />
        </section>
      ) : null}
      <FlagsPanel viewer={viewer} target="AGENCY" targetId={agency.id} />
    </div>
  );
}
