// The table equivalent of a chart (STYLE §9): the same figures as rows, behind a disclosure so
// that the page stays short; screen-reader and keyboard users open it like any other control.
import { t } from "@/lib/i18n";

export type ChartTableProps = {
  caption: string;
  /** header of the first column (the category axis), then of each series */
  columns: string[];
  /** first cell is the row's label; the others already formatted */
  rows: string[][];
  testId?: string;
};

export function ChartTable({ caption, columns, rows, testId }: ChartTableProps) {
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-semibold text-brand-700 underline">{t("charts.showTable")}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-full text-left" data-testid={testId}>
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-brand-50 text-brand-900">
            <tr>
              {columns.map((column, i) => (
                <th key={i} scope="col" className={`px-3 py-2 font-semibold ${i > 0 ? "text-right" : ""}`}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="px-3 py-2 font-medium">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className="px-3 py-2 text-right tabular-nums">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
