// The drill-down's first level: the province's dossier figures by agency (or with communes summed
// under their district) for a period. Agency staff see their own agency's row only.
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { LinkRow } from "@/components/dossiers/link-row";
import { DrillFilters } from "@/components/dossiers/drill-filters";
import { UnitsViewSwitch } from "@/components/org/units-view-switch";
import { DrillTable } from "@/components/dossiers/drill-table";
import { drillContext, provinceCrumb } from "@/components/dossiers/drill-context";
import { can, readableAgencies } from "@/lib/auth/permissions";
import { getProvinceLevel, type ProvinceGrouping } from "@/lib/data/dossier-drill";
import { getProvinceSetting } from "@/lib/data/overview";
import { t } from "@/lib/i18n";
import { formatNumber, formatPeriod } from "@/lib/i18n/format";
import { sortRows } from "@/lib/metrics/drill-down";
import { drillSearch, searchParam, type SearchParams } from "@/lib/validations/dossiers";

export const metadata: Metadata = { title: t("dossiers.title") };

type Props = { searchParams: Promise<SearchParams> };

export default async function DossiersPage({ searchParams }: Props) {
  const { viewer, params, query, periods } = await drillContext(searchParams);
  const grouping: ProvinceGrouping = searchParam(params, "view") === "district" && query.view === "time" ? "district" : "agency";
  const province = await getProvinceSetting();
  const ownOnly = readableAgencies(viewer) !== "all";
  const table = await getProvinceLevel(viewer, query, grouping, ownOnly ? t("dossiers.ownAgency") : province.name);
  const rows = sortRows(table.rows, query.sort);
  const view = grouping === "district" ? "district" : undefined;
  const links = [
    { href: `/dossiers/heatmap?year=${query.period.from.slice(0, 4)}`, label: t("dossiers.heatmap.title") },
    { href: `/dossiers/compliance${drillSearch(query, {}, null)}`, label: t("dossiers.compliance.title") },
    ...(can(viewer, "inspectionFlag.manage") ? [{ href: "/dossiers/flags", label: t("flags.title") }] : []),
  ];

  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: provinceCrumb(query).label }]} />
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("dossiers.heading")}</h1>
        <p className="text-foreground">{t("dossiers.intro", { period: formatPeriod(query.period) })}</p>
      </div>
      <LinkRow links={links} />
      <DrillFilters action="/dossiers" query={query} periods={periods} hidden={{ view }} />
      <UnitsViewSwitch view={query.view} href={(units) => `/dossiers${drillSearch({ ...query, view: units }, { view })}`} />
      {ownOnly ? null : query.view === "today" ? (
        <p className="text-sm text-muted">{t("org.drill.districtsOfTime")}</p>
      ) : (
        <p className="flex gap-4 text-sm">
          <span>{t("dossiers.groupBy")}</span>
          <Link href={`/dossiers${drillSearch(query)}`} aria-current={grouping === "agency" ? "true" : undefined} className="text-brand-700 underline">
            {t("dossiers.groupBy.agency")}
          </Link>
          <Link href={`/dossiers${drillSearch(query, { view: "district" })}`} aria-current={grouping === "district" ? "true" : undefined} className="text-brand-700 underline">
            {t("dossiers.groupBy.district")}
          </Link>
        </p>
      )}
      <DrillTable
        caption={t("dossiers.caption.agencies", { period: formatPeriod(query.period) })}
        nameHeader={t("dossiers.col.agency")}
        rows={rows}
        total={table.total}
        sort={query.sort}
        sortHref={(sort) => `/dossiers${drillSearch(query, { view }, sort)}`}
        rowHref={(row) => `/dossiers/agencies/${row.key}${drillSearch(query)}`}
        ruleLabel={t("dossiers.rule.agency")}
        testId="drill-agencies"
      />
      {table.unassigned ? (
        <p className="text-sm text-muted" data-testid="drill-unassigned">
          {t("org.drill.unassigned")}: {formatNumber(table.unassigned.figures.toProcess)}
        </p>
      ) : null}
    </div>
  );
}
