"use client";
// The table equivalent of a chart (STYLE §9): the same figures as rows, behind a disclosure so
// that the page stays short; screen-reader and keyboard users open it like any other control. A
// client component (issue 19): a server page hands it the rows as strings, not as an element tree.
import { Table, type Column } from "@/components/ui/table";
import { useTranslations } from "next-intl";

export type ChartTableProps = {
  caption: string;
  /** header of the first column (the category axis), then of each series */
  columns: string[];
  /** first cell is the row's label; the others already formatted */
  rows: string[][];
  testId?: string;
};

export function ChartTable({ caption, columns, rows, testId }: ChartTableProps) {
  const t = useTranslations("charts");
  const cols: Column<string[]>[] = columns.map((header, i) => ({ key: `c${i}`, header, rowHeader: i === 0, numeric: i > 0, cell: (row) => row[i] }));
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-semibold text-brand-700 underline">{t("showTable")}</summary>
      <div className="mt-2">
        <Table caption={caption} columns={cols} rows={rows} rowKey={(row, i) => `${i}-${row[0]}`} framed={false} testId={testId} />
      </div>
    </details>
  );
}
