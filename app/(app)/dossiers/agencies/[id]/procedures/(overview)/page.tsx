// Every procedure of an agency in one table (the field level's procedures without choosing a
// field first), sorted and then paged on the server (a department has hundreds): each row leads
// to the procedure's months; the total row is the whole agency's.
import type { Metadata } from "next";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { DrillFilters } from "@/components/dossiers/drill-filters";
import { DrillTable } from "@/components/dossiers/drill-table";
import { agencyCrumbs, drillContext } from "@/components/dossiers/drill-context";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { getAgencyProcedures } from "@/lib/data/dossier-drill";
import { wordsOf } from "@/lib/notifications/words";
import { getIntl } from "@/lib/i18n/server";
import { sortRows } from "@/lib/metrics/drill-down";
import { pageSlice, pagingSearch } from "@/lib/metrics/paging";
import { drillParams, drillSearch } from "@/lib/validations/dossier-params";
import type { SearchParams } from "@/lib/validations/search-params";
import { loadDrillAgency, type AgencyParams } from "../../load";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("dossiers.title") };
}

type Props = { params: AgencyParams; searchParams: Promise<SearchParams> };

export default async function AgencyProceduresPage({ params, searchParams }: Props) {
  const [{ id }, { viewer, params: query, periods, t, f }] = await Promise.all([params, drillContext(searchParams, drillParams)]);
  const agency = await loadDrillAgency(id, query);
  const table = await getAgencyProcedures(viewer, agency, query, wordsOf(f.locale));
  const base = `/dossiers/agencies/${agency.id}/procedures`;
  const slice = pageSlice(sortRows(table.rows, query.sort), query.paging);
  const caption = t("dossiers.caption.procedures", { name: agency.name, period: f.period(query.period) });

  return (
    <div className="space-y-6">
      <Breadcrumb items={[...agencyCrumbs(agency, query, t), { label: t("dossiers.procedures.heading") }]} />
      <PageHeader title={t("dossiers.procedures.pageHeading", { name: agency.name })} intro={t("dossiers.fieldIntro", { agency: agency.name, period: f.period(query.period) })} />
      <DrillFilters action={base} query={query} periods={periods} />
      <DrillTable caption={caption}
        nameHeader={t("dossiers.col.procedure")} rows={slice.rows} total={table.total} sort={query.sort}
        sortHref={(sort) => `${base}${drillSearch(query, pagingSearch({ page: 1, size: slice.size }), sort)}`} rowHref={(row) => `${base}/${row.key}${drillSearch(query)}`}
        testId="drill-procedures" />
      <Pager table={caption} slice={slice} href={(paging) => `${base}${drillSearch(query, pagingSearch(paging))}`} testId="procedures-pager" />
    </div>
  );
}
