// Every procedure of an agency in one table (the field level's procedures without choosing a
// field first): each row leads to the procedure's months.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { DrillFilters } from "@/components/dossiers/drill-filters";
import { DrillTable } from "@/components/dossiers/drill-table";
import { agencyCrumbs, drillContext } from "@/components/dossiers/drill-context";
import { findDrillAgency, getAgencyProcedures } from "@/lib/data/dossier-drill";
import { t } from "@/lib/i18n";
import { formatPeriod } from "@/lib/i18n/format";
import { sortRows } from "@/lib/metrics/drill-down";
import { drillSearch, parseId, type SearchParams } from "@/lib/validations/dossiers";

export const metadata: Metadata = { title: t("dossiers.title") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function AgencyProceduresPage({ params, searchParams }: Props) {
  const { viewer, query, periods } = await drillContext(searchParams);
  const agencyId = parseId((await params).id);
  const agency = agencyId === null ? null : await findDrillAgency(viewer, agencyId, query);
  if (!agency) notFound();
  const table = await getAgencyProcedures(viewer, agency, query);
  const base = `/dossiers/agencies/${agency.id}/procedures`;

  return (
    <div className="space-y-6">
      <Breadcrumb items={[...agencyCrumbs(agency, query), { label: t("dossiers.procedures.heading") }]} />
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("dossiers.procedures.pageHeading", { name: agency.name })}</h1>
        <p className="text-foreground">{t("dossiers.fieldIntro", { agency: agency.name, period: formatPeriod(query.period) })}</p>
      </div>
      <DrillFilters action={base} query={query} periods={periods} />
      <DrillTable
        caption={t("dossiers.caption.procedures", { name: agency.name, period: formatPeriod(query.period) })}
        nameHeader={t("dossiers.col.procedure")}
        rows={sortRows(table.rows, query.sort)}
        total={table.total}
        sort={query.sort}
        sortHref={(sort) => `${base}${drillSearch(query, {}, sort)}`}
        rowHref={(row) => `${base}/${row.key}${drillSearch(query)}`}
        testId="drill-procedures"
      />
    </div>
  );
}
