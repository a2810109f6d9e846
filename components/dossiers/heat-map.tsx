// Late rate by agency × month as a table whose cells are coloured by band (a table is its own
// text equivalent); each cell links to that agency's drill-down for that month. Drawn by the client
// component HeatMapRows from compact rows, a page of agencies at a time (issue 19: a light page).
import { useTranslations } from "next-intl";
import type { getHeatMap } from "@/lib/data/dossier-drill";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import { useFormat } from "@/lib/i18n/use-format";
import { heatBand } from "@/lib/metrics/drill-down";
import { dossierFigures } from "@/lib/metrics/dossiers";
import { HeatMapRows } from "./heat-map-rows";
import { dayIndex, monthPeriod, monthsOf, periodKey, yearPeriod, type LocalDate } from "@/lib/metrics/periods";

/** `month`: the month's first day; `label`: "Tháng 05/2024". */
type HeatCell = { month: LocalDate; label: string; lateRate: number | null; href: string | null };
export type HeatRow = { agencyId: number; name: string; cells: HeatCell[] };
type HeatMonth = { key: LocalDate; label: string };

/** The year's months, and a row per agency of its monthly late rates (none for months after the data's day); `suffix` carries the units view into the cells' links. */
export function heatRows(series: Awaited<ReturnType<typeof getHeatMap>>, names: Map<number, string>, year: number, asOf: LocalDate, f: LocaleFormat, suffix = "") {
  const months: HeatMonth[] = monthsOf(yearPeriod(year)).map((month) => ({ key: month, label: month.slice(5, 7) }));
  const byAgency = new Map<number, HeatRow>();
  for (const entry of series) {
    if (entry.agencyId === null) continue;
    const row = byAgency.get(entry.agencyId) ?? { agencyId: entry.agencyId, name: names.get(entry.agencyId) ?? String(entry.agencyId), cells: [] };
    const period = monthPeriod(year, Number(entry.month.slice(5, 7)));
    const future = dayIndex(entry.month) > dayIndex(asOf);
    row.cells.push({
      month: entry.month,
      label: f.period(period),
      lateRate: future ? null : dossierFigures(entry.counts).lateRate,
      href: future ? null : `/dossiers/agencies/${entry.agencyId}?period=${periodKey(period)}${suffix}`,
    });
    byAgency.set(entry.agencyId, row);
  }
  return { months, rows: [...byAgency.values()].sort((a, b) => a.name.localeCompare(b.name, "vi")) };
}

/** A row as HeatMapRows takes it: each month's band digit and rate as shown, "" where no figure opens. */
const cells = (row: HeatRow, months: HeatMonth[], f: LocaleFormat) => [
  String(row.agencyId),
  row.name,
  ...months.map((month) => {
    const cell = row.cells.find((c) => c.month === month.key);
    return cell?.href ? `${heatBand(cell.lateRate)}${cell.lateRate === null ? "–" : f.percent(cell.lateRate)}` : "";
  }),
];

/** `linkSuffix`: what the cells' links carry after the period (the units view). */
export function HeatMap({ rows, months, caption, year, linkSuffix }: { rows: HeatRow[]; months: HeatMonth[]; caption: string; year: number; linkSuffix: string }) {
  const t = useTranslations("dossiers");
  const f = useFormat();
  return (
    <HeatMapRows caption={caption} agencyHeader={t("col.agency")} rows={rows.map((row) => cells(row, months, f))}
      months={months.map((month) => {
        const period = monthPeriod(year, Number(month.key.slice(5, 7)));
        return { key: month.key, period: periodKey(period), header: month.label, name: f.period(period) };
      })}
      cellLabel={t.raw("heatmap.cell") as string} linkSuffix={linkSuffix} empty={t("noRows")} />
  );
}
