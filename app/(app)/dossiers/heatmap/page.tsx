// Late rate by agency × month for a year, a page of agencies at a time; each cell opens the
// agency's drill-down for that month.
import type { Metadata } from "next";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { drillContext } from "@/components/dossiers/drill-context";
import { HeatMap, heatRows } from "@/components/dossiers/heat-map";
import { LinkTabs } from "@/components/ui/link-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { getHeatMap } from "@/lib/data/dossier-drill";
import { getAgencyNames } from "@/lib/data/province/agencies";
import { getIntl } from "@/lib/i18n/server";
import { pageSlice, pagingSearch, type Paging } from "@/lib/metrics/paging";
import { yearPeriod } from "@/lib/metrics/periods";
import { DEFAULT_UNITS_VIEW } from "@/lib/org/views";
import { UnitsViewSwitch } from "@/components/org/units-view-switch";
import { heatMapParams } from "@/lib/validations/dossier-params";
import { spanYears, type SearchParams } from "@/lib/validations/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("dossiers.heatmap.title") };
}

/** "&page=2&size=50" of a page other than the first at the default size. */
const pageSuffix = (paging: Paging) =>
  Object.entries(pagingSearch(paging))
    .flatMap(([name, value]) => (value ? [`&${name}=${value}`] : []))
    .join("");

export default async function HeatMapPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { viewer, span, params, t, f } = await drillContext(searchParams, heatMapParams);
  const { year, view, paging } = params;
  const suffix = view === DEFAULT_UNITS_VIEW ? "" : `&units=${view}`;
  const [series, names] = await Promise.all([getHeatMap(viewer, yearPeriod(year), view), getAgencyNames()]);
  const { months, rows } = heatRows(series, names, year, span.asOf, f, suffix);
  // a page of agencies at a time: three hundred rows of twelve linked cells weighed 465 KB (issue 19)
  const slice = pageSlice(rows, paging);
  const caption = t("dossiers.heatmap.heading", { year: String(year) });
  const { first, last } = spanYears(span);
  const years = Array.from({ length: last - first + 1 }, (_, i) => last - i);

  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: t("dossiers.province"), href: "/dossiers" }, { label: t("dossiers.heatmap.title") }]} />
      <PageHeader title={t("dossiers.heatmap.heading", { year: String(year) })} intro={t("dossiers.heatmap.intro")} />
      <LinkTabs label={t("dossiers.heatmap.years")} links={years.map((y) => ({ href: `/dossiers/heatmap?year=${y}${suffix}`, label: String(y), current: y === year }))} />
      <UnitsViewSwitch view={view} href={(option) => `/dossiers/heatmap?year=${year}${option === DEFAULT_UNITS_VIEW ? "" : `&units=${option}`}`} />
      <p className="text-sm text-muted">{t("dossiers.heatmap.legend")}</p>
      <HeatMap rows={slice.rows} months={months} caption={caption} year={year} linkSuffix={suffix} />
      <Pager table={caption} slice={slice} href={(at) => `/dossiers/heatmap?year=${year}${suffix}${pageSuffix(at)}`} testId="heatmap-pager" />
    </div>
  );
}
