// Late rate by agency × month for a year; each cell opens the agency's drill-down for that month.
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { FIRST_YEAR } from "@/components/dossiers/drill-context";
import { HeatMap, type HeatRow } from "@/components/dossiers/heat-map";
import { requireViewer } from "@/lib/auth/session";
import { getDataAsOf } from "@/lib/data/as-of";
import { getAgencyNames, getHeatMap } from "@/lib/data/dossier-drill";
import { t } from "@/lib/i18n";
import { formatPeriod } from "@/lib/i18n/format";
import { dossierFigures } from "@/lib/metrics/dossiers";
import { monthPeriod, monthsOf, periodKey, yearPeriod } from "@/lib/metrics/periods";
import { searchParam, type SearchParams } from "@/lib/validations/dossiers";
import { UnitsViewSwitch } from "@/components/org/units-view-switch";
import { DEFAULT_UNITS_VIEW, parseUnitsView } from "@/lib/org/views";

export const metadata: Metadata = { title: t("dossiers.heatmap.title") };

export default async function HeatMapPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, asOf, params] = await Promise.all([requireViewer(), getDataAsOf(), searchParams]);
  const lastYear = Number(asOf.slice(0, 4));
  const wanted = Number(searchParam(params, "year"));
  const year = Number.isInteger(wanted) && wanted >= FIRST_YEAR && wanted <= lastYear ? wanted : lastYear;
  const period = yearPeriod(year);
  const view = parseUnitsView(searchParam(params, "units"));
  const suffix = view === DEFAULT_UNITS_VIEW ? "" : `&units=${view}`;
  const [series, names] = await Promise.all([getHeatMap(viewer, period, view), getAgencyNames()]);
  const months = monthsOf(period).map((month) => ({
    key: month,
    label: month.slice(5, 7),
    period: monthPeriod(year, Number(month.slice(5, 7))),
  }));
  const byAgency = new Map<number, HeatRow>();
  for (const entry of series) {
    if (entry.agencyId === null) continue;
    const row = byAgency.get(entry.agencyId) ?? { agencyId: entry.agencyId, name: names.get(entry.agencyId) ?? String(entry.agencyId), cells: [] };
    const future = entry.month > asOf;
    const lateRate = future ? null : dossierFigures(entry.counts).lateRate;
    const month = months.find((m) => m.key === entry.month);
    row.cells.push({
      month: month ? formatPeriod(month.period) : entry.month,
      lateRate,
      href: future || !month ? null : `/dossiers/agencies/${entry.agencyId}?period=${periodKey(month.period)}${suffix}`,
    });
    byAgency.set(entry.agencyId, row);
  }
  const rows = [...byAgency.values()].sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => lastYear - i);

  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: t("dossiers.province"), href: "/dossiers" }, { label: t("dossiers.heatmap.title") }]} />
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("dossiers.heatmap.heading", { year })}</h1>
        <p className="text-foreground">{t("dossiers.heatmap.intro")}</p>
      </div>
      <nav aria-label={t("dossiers.heatmap.years")} className="flex flex-wrap gap-3 text-sm">
        {years.map((y) => (
          <Link key={y} href={`/dossiers/heatmap?year=${y}${suffix}`} aria-current={y === year ? "page" : undefined} className="text-brand-700 underline">
            {y}
          </Link>
        ))}
      </nav>
      <UnitsViewSwitch view={view} href={(option) => `/dossiers/heatmap?year=${year}${option === DEFAULT_UNITS_VIEW ? "" : `&units=${option}`}`} />
      <p className="text-sm text-muted">{t("dossiers.heatmap.legend")}</p>
      <HeatMap rows={rows} months={months} caption={t("dossiers.heatmap.heading", { year })} />
    </div>
  );
}
