// The readable table equivalent of a chart: the same figures, behind a disclosure on screen and
// open on paper.
import { t } from "@/lib/i18n";

type DataTableProps = { caption: string; headers: string[]; rows: { key: string; cells: string[] }[]; testId?: string };

export function DataTable({ caption, headers, rows, testId }: DataTableProps) {
  return (
    <details className="text-sm" data-testid={testId}>
      <summary className="cursor-pointer font-medium text-brand-700 underline underline-offset-4" data-print="hide">
        {t("scorecard.charts.table")}
      </summary>
      <div className="mt-2 overflow-x-auto rounded border border-border">
        <table className="w-full text-right tabular-nums">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-brand-50">
            <tr>
              {headers.map((header, i) => (
                <th key={header} scope="col" className={`px-2 py-1 font-semibold ${i === 0 ? "text-left" : ""}`}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-t border-border">
                {row.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="px-2 py-1 text-left font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className="px-2 py-1">
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
