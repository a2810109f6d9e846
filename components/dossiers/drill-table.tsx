// One level of the drill-down as a table: a row per group with the figures of DESIGN §5.2, the
// level's total last, each column header a link that sorts on the server (the sort is in the URL).
import Link from "next/link";
import { t, type MessageKey } from "@/lib/i18n";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { FIGURE_COLUMNS, nextSort, type DrillRow, type FigureColumn, type Sort, type SortKey } from "@/lib/metrics/drill-down";

type Props = {
  caption: string;
  nameHeader: string;
  rows: DrillRow[];
  total: DrillRow;
  sort: Sort;
  /** the URL of this page sorted by `sort` */
  sortHref: (sort: Sort) => string;
  /** where a row leads, if anywhere */
  rowHref: (row: DrillRow) => string | null;
  /** the note beside a row that breaks the province's late rule */
  ruleLabel?: string;
  testId: string;
};

const HEADERS: Record<FigureColumn, MessageKey> = {
  carriedOver: "dossiers.col.carriedOver",
  received: "dossiers.col.received",
  toProcess: "dossiers.col.toProcess",
  resolvedEarly: "dossiers.col.early",
  resolvedOnTime: "dossiers.col.onTime",
  resolvedLate: "dossiers.col.late",
  overdueAtEnd: "dossiers.col.overdue",
  lateRate: "dossiers.col.lateRate",
  onTimeRate: "dossiers.col.onTimeRate",
};

export function formatFigure(row: DrillRow, column: FigureColumn): string {
  const value = row.figures[column];
  if (value === null) return t("common.noData");
  return column === "lateRate" || column === "onTimeRate" ? formatPercent(value) : formatNumber(value);
}

function SortHeader({ label, column, sort, sortHref }: { label: string; column: SortKey; sort: Sort; sortHref: Props["sortHref"] }) {
  const active = sort.key === column;
  return (
    <th
      scope="col"
      className="px-3 py-2 font-semibold"
      aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link href={sortHref(nextSort(sort, column))} className="underline decoration-dotted underline-offset-2">
        {label}
        {active ? <span aria-hidden="true">{sort.dir === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    </th>
  );
}

export function DrillTable({ caption, nameHeader, rows, total, sort, sortHref, rowHref, ruleLabel, testId }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
      <table className="min-w-full text-right text-sm tabular-nums" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-brand-50 text-brand-900">
          <tr>
            <SortHeader label={nameHeader} column="name" sort={sort} sortHref={sortHref} />
            {FIGURE_COLUMNS.map((column) => (
              <SortHeader key={column} label={t(HEADERS[column])} column={column} sort={sort} sortHref={sortHref} />
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.length === 0 ? (
            <tr>
              <td colSpan={FIGURE_COLUMNS.length + 1} className="px-3 py-4 text-center text-muted">
                {t("dossiers.noRows")}
              </td>
            </tr>
          ) : null}
          {rows.map((row) => {
            const href = rowHref(row);
            return (
              <tr key={row.key} data-key={row.key}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {href ? (
                    <Link href={href} className="text-brand-700 underline">
                      {row.name}
                    </Link>
                  ) : (
                    row.name
                  )}
                  {row.breaksRule && ruleLabel ? (
                    <span className="ml-2 rounded bg-accent-100 px-1.5 py-0.5 text-xs font-semibold text-accent-700">{ruleLabel}</span>
                  ) : null}
                </th>
                {FIGURE_COLUMNS.map((column) => (
                  <td key={column} className="px-3 py-2" data-column={column}>
                    {formatFigure(row, column)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
        <tfoot className="border-t-2 border-border bg-brand-50/50 font-semibold">
          <tr data-key="total">
            <th scope="row" className="px-3 py-2 text-left">
              {t("dossiers.total", { name: total.name })}
            </th>
            {FIGURE_COLUMNS.map((column) => (
              <td key={column} className="px-3 py-2" data-column={column}>
                {formatFigure(total, column)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
