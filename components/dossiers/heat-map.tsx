// Late rate by agency × month as a table whose cells are coloured by band (a table is its own
// text equivalent); each cell links to that agency's drill-down for that month.
import Link from "next/link";
import { t } from "@/lib/i18n";
import { formatPercent } from "@/lib/i18n/format";
import { heatBand } from "@/lib/metrics/drill-down";

export type HeatRow = { agencyId: number; name: string; cells: { month: string; lateRate: number | null; href: string | null }[] };

const BAND_CLASS = ["bg-surface text-muted", "bg-brand-50", "bg-amber-100", "bg-orange-200", "bg-accent-100 text-accent-700 font-semibold"] as const;

export function HeatMap({ rows, months, caption }: { rows: HeatRow[]; months: { key: string; label: string }[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
      <table className="min-w-full text-right text-xs tabular-nums" data-testid="heat-map">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-brand-50 text-brand-900">
          <tr>
            <th scope="col" className="px-2 py-2 text-left font-semibold">{t("dossiers.col.agency")}</th>
            {months.map((month) => (
              <th key={month.key} scope="col" className="px-2 py-2 font-semibold">{month.label}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.map((row) => (
            <tr key={row.agencyId}>
              <th scope="row" className="px-2 py-1 text-left font-medium">{row.name}</th>
              {row.cells.map((cell) => {
                const text = cell.lateRate === null ? "–" : formatPercent(cell.lateRate, 1);
                return (
                  <td key={cell.month} className={`px-2 py-1 ${BAND_CLASS[heatBand(cell.lateRate)]}`}>
                    {cell.href ? (
                      <Link href={cell.href} aria-label={t("dossiers.heatmap.cell", { name: row.name, month: cell.month, rate: text })} className="underline decoration-dotted">
                        {text}
                      </Link>
                    ) : (
                      text
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
