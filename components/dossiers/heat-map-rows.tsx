"use client";
// The heat map drawn from compact rows (issue 19): a row is the agency's id, its name and one short
// string per month — the band's digit then the rate as shown, or "" where there is no figure to open
// (a month after the data's day) — and the cells' links and screen-reader names are built here from
// the agency, the month and the templates the server sends once. Same markup as the server drew.
// The cells' label is an ICU message the server sends as it stands in its catalogue, formatted here
// by next-intl's own translator: no namespace of the catalogue is shipped for one template.
import Link from "next/link";
import { createTranslator, useLocale } from "next-intl";
import { useMemo } from "react";
import { Table, type Column } from "@/components/ui/table";

/** [agency id, name, ...one cell per month]. */
export type HeatCells = string[];

type Props = {
  caption: string;
  agencyHeader: string;
  /** the months: column key (its first day), period key for links ("2024-05"), short header ("05") and name ("Tháng 05/2024") */
  months: { key: string; period: string; header: string; name: string }[];
  rows: HeatCells[];
  /** the catalogue's "dossiers.heatmap.cell" as written: "{name}, {month}: {rate}" */
  cellLabel: string;
  /** what follows "?period=…" in a cell's link (the units view) */
  linkSuffix: string;
  empty: string;
};

export function HeatMapRows({ caption, agencyHeader, months, rows, cellLabel, linkSuffix, empty }: Props) {
  const locale = useLocale();
  const label = useMemo(() => createTranslator({ locale, messages: { cell: cellLabel } }), [locale, cellLabel]);
  const columns: Column<HeatCells>[] = [
    { key: "agency", header: agencyHeader, rowHeader: true, cell: (row) => row[1] },
    ...months.map((month, i): Column<HeatCells> => ({
      key: month.key,
      header: month.header,
      numeric: true,
      // the band's class (app/globals.css: heat-0 … heat-4)
      className: (row) => `heat-${row[i + 2]?.[0] ?? 0}`,
      cell: (row) => {
        const cell = row[i + 2];
        if (!cell) return "–";
        const text = cell.slice(1);
        return (
          <Link href={`/dossiers/agencies/${row[0]}?period=${month.period}${linkSuffix}`} aria-label={label("cell", { name: row[1] ?? "", month: month.name, rate: text })} className="heat-a">
            {text}
          </Link>
        );
      },
    })),
  ];
  return <Table caption={caption} columns={columns} rows={rows} rowKey={(row) => row[0]!} density="compact" empty={empty} testId="heat-map" />;
}
