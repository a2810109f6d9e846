// The drill-down's first level: the province's dossier figures by agency (or with communes summed
// under their district) for a period, paged on the server (`?page=&size=`). Agency staff see their
// own agency's row only.
import type { Metadata } from "next";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { LinkRow } from "@/components/dossiers/link-row";
import { DrillFilters } from "@/components/dossiers/drill-filters";
import { UnitsViewSwitch } from "@/components/org/units-view-switch";
import { DrillTable } from "@/components/dossiers/drill-table";
import { drillContext, provinceCrumb } from "@/components/dossiers/drill-context";
import { ExportLink } from "@/components/ui/export-link";
import { LinkTabs } from "@/components/ui/link-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { can, readableAgencies } from "@/lib/auth/permissions";
import { getProvinceLevel } from "@/lib/data/dossier-drill";
import { wordsOf } from "@/lib/notifications/words";
import { getProvinceSetting } from "@/lib/data/province/settings";
import { getIntl } from "@/lib/i18n/server";
import { sortRows } from "@/lib/metrics/drill-down";
import { pageSlice, pagingSearch } from "@/lib/metrics/paging";
import { drillSearch, provinceDrillParams } from "@/lib/validations/dossier-params";
import type { SearchParams } from "@/lib/validations/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("dossiers.title") };
}

export default async function DossiersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { viewer, params, periods, t, f } = await drillContext(searchParams, provinceDrillParams);
  const { query } = params;
  // communes summed under their district: by the units of the time only (today's province has no districts)
  const grouping = params.view === "district" && query.view === "time" ? "district" : "agency";
  const ownOnly = readableAgencies(viewer) !== "all";
  const province = await getProvinceSetting();
  const table = await getProvinceLevel(viewer, query, grouping, ownOnly ? t("dossiers.ownAgency") : province.name, wordsOf(f.locale));
  const view = grouping === "district" ? "district" : undefined;
  // the worst agencies first (the default sort) on the first page; the total row is the province's
  const slice = pageSlice(sortRows(table.rows, query.sort), params.paging);
  const caption = t("dossiers.caption.agencies", { period: f.period(query.period) });
  const links = [
    { href: `/dossiers/heatmap?year=${query.period.from.slice(0, 4)}`, label: t("dossiers.heatmap.title") },
    { href: `/dossiers/compliance${drillSearch(query, {}, null)}`, label: t("dossiers.compliance.title") },
    ...(can(viewer, "inspectionFlag.manage") ? [{ href: "/dossiers/flags", label: t("flags.title") }] : []),
  ];

  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: provinceCrumb(query, t).label }]} />
      <PageHeader title={t("dossiers.heading")} intro={t("dossiers.intro", { period: f.period(query.period) })}
        actions={<ExportLink href={`/dossiers/export${drillSearch(query, { view })}`} what={t("dossiers.heading")} />} />
      <LinkRow links={links} />
      <DrillFilters action="/dossiers" query={query} periods={periods} hidden={{ view }} />
      <UnitsViewSwitch view={query.view} href={(units) => `/dossiers${drillSearch({ ...query, view: units }, { view })}`} />
      {ownOnly ? null : query.view === "today" ? (
        <p className="text-sm text-muted">{t("org.drill.districtsOfTime")}</p>
      ) : (
        <LinkTabs
          label={t("dossiers.groupByLabel")}
          showLabel
          links={[
            { href: `/dossiers${drillSearch(query)}`, label: t("dossiers.groupBy.agency"), current: grouping === "agency" },
            { href: `/dossiers${drillSearch(query, { view: "district" })}`, label: t("dossiers.groupBy.district"), current: grouping === "district" },
          ]}
        />
      )}
      <DrillTable caption={caption} nameHeader={t("dossiers.col.agency")}
        rows={slice.rows} total={table.total} sort={query.sort}
        sortHref={(sort) => `/dossiers${drillSearch(query, { view, ...pagingSearch({ page: 1, size: slice.size }) }, sort)}`} rowHref={(row) => `/dossiers/agencies/${row.key}${drillSearch(query)}`}
        ruleLabel={t("dossiers.rule.agency")} testId="drill-agencies" />
      <Pager table={caption} slice={slice} href={(paging) => `/dossiers${drillSearch(query, { view, ...pagingSearch(paging) })}`} testId="agencies-pager" />
      {table.unassigned ? (
        <p className="text-sm text-muted" data-testid="drill-unassigned">
          {t("org.drill.unassigned")}: {f.number(table.unassigned.figures.toProcess)}
        </p>
      ) : null}
    </div>
  );
}
