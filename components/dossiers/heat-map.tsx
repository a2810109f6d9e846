// Late rate by agency × month as a table whose cells are coloured by band (a table is its own
// text equivalent); each cell links to that agency's drill-down for that month.
import Link from "next/link";
import { Table, type Column } from "@/components/ui/table";
import type { getHeatMap } from "@/lib/data/dossier-drill";
import { t } from "@/lib/i18n";
import { formatPercent, formatPeriod } from "@/lib/i18n/format";
import { heatBand } from "@/lib/metrics/drill-down";
import { dossierFigures } from "@/lib/metrics/dossiers";
import { dayIndex, monthPeriod, monthsOf, periodKey, yearPeriod, type LocalDate } from "@/lib/metrics/periods";

/** `month`: the month's first day; `label`: "Tháng 05/2024". */
type HeatCell = { month: LocalDate; label: string; lateRate: number | null; href: string | null };
export type HeatRow = { agencyId: number; name: string; cells: HeatCell[] };
type HeatMonth = { key: LocalDate; label: string };

/** The year's months, and a row per agency of its monthly late rates (none for months after the data's day); `suffix` carries the units view into the cells' links. */
export function heatRows(series: Awaited<ReturnType<typeof getHeatMap>>, names: Map<number, string>, year: number, asOf: LocalDate, suffix = "") {
  const months: HeatMonth[] = monthsOf(yearPeriod(year)).map((month) => ({ key: month, label: month.slice(5, 7) }));
  const byAgency = new Map<number, HeatRow>();
  for (const entry of series) {
    if (entry.agencyId === null) continue;
    const row = byAgency.get(entry.agencyId) ?? { agencyId: entry.agencyId, name: names.get(entry.agencyId) ?? String(entry.agencyId), cells: [] };
    const period = monthPeriod(year, Number(entry.month.slice(5, 7)));
    const future = dayIndex(entry.month) > dayIndex(asOf);
    row.cells.push({
      month: entry.month,
      label: formatPeriod(period),
      lateRate: future ? null : dossierFigures(entry.counts).lateRate,
      href: future ? null : `/dossiers/agencies/${entry.agencyId}?period=${periodKey(period)}${suffix}`,
    });
    byAgency.set(entry.agencyId, row);
  }
  return { months, rows: [...byAgency.values()].sort((a, b) => a.name.localeCompare(b.name, "vi")) };
}

const BAND_CLASS = ["bg-surface text-muted", "bg-brand-50", "bg-amber-100", "bg-orange-200", "bg-accent-100 text-accent-700 font-semibold"] as const;

function HeatCellText({ row, cell }: { row: HeatRow; cell: HeatCell | undefined }) {
  if (!cell) return "–";
  const text = cell.lateRate === null ? "–" : formatPercent(cell.lateRate);
  if (!cell.href) return text;
  return (
    <Link href={cell.href} aria-label={t("dossiers.heatmap.cell", { name: row.name, month: cell.label, rate: text })} className="underline decoration-dotted">
      {text}
    </Link>
  );
}

export function HeatMap({ rows, months, caption }: { rows: HeatRow[]; months: HeatMonth[]; caption: string }) {
  const cellOf = (row: HeatRow, month: HeatMonth) => row.cells.find((cell) => cell.month === month.key);
  const columns: Column<HeatRow>[] = [
    { key: "agency", header: t("dossiers.col.agency"), rowHeader: true, cell: (row) => row.name },
    ...months.map((month) => ({
      key: month.key,
      header: month.label,
      numeric: true,
      className: (row: HeatRow) => BAND_CLASS[heatBand(cellOf(row, month)?.lateRate ?? null)],
      cell: (row: HeatRow) => <HeatCellText row={row} cell={cellOf(row, month)} />,
    })),
  ];
  return <Table caption={caption} columns={columns} rows={rows} rowKey={(row) => row.agencyId} density="compact" empty={t("dossiers.noRows")} testId="heat-map" />;
}
