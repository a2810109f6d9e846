// The review board's status filters (issue 16): one link per status with its count for the quarter
// shown, the active one marked, and the rows it keeps with late submitters first.
import Link from "next/link";
import type { BoardRow } from "@/lib/data/reports/board";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { BOARD_FILTERS, boardRank, matchesBoardFilter, type BoardFilter } from "@/lib/rules/report-workflow";

/** The rows the filter keeps for column `column` (the quarter shown), late submitters first, then missing ones. */
export function boardRows(rows: BoardRow[], column: number, filter: BoardFilter | undefined): BoardRow[] {
  const kept = filter ? rows.filter((row) => matchesBoardFilter(filter, row.cells[column]!)) : rows;
  // a stable sort keeps the board's order (kind, then name) within each rank
  return [...kept].sort((a, b) => boardRank(a.cells[column]!) - boardRank(b.cells[column]!));
}

type Props = { rows: BoardRow[]; column: number; periodKey: string; periodLabel: string; active: BoardFilter | undefined };

export function BoardFilters({ rows, column, periodKey, periodLabel, active }: Props) {
  const t = useTranslations("reports");
  const f = useFormat();
  const count = (filter: BoardFilter) => rows.filter((row) => matchesBoardFilter(filter, row.cells[column]!)).length;
  const link = (filter: BoardFilter | undefined, text: string) => {
    const current = filter === active;
    return (
      <li key={filter ?? "all"}>
        <Link
          href={`/reports?period=${periodKey}${filter ? `&status=${filter}` : ""}`}
          aria-current={current ? "true" : undefined}
          data-filter={filter ?? "all"}
          className={`inline-block rounded-full border px-3 py-1 ${current ? "border-brand-700 bg-brand-700 text-white" : "border-border bg-surface text-brand-700 hover:underline"}`}
        >
          {text}
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label={t("filter.label", { period: periodLabel })} data-testid="board-summary" className="space-y-2 text-sm">
      <ul className="flex flex-wrap gap-2">
        {link(undefined, t("filter.all", { count: f.number(rows.length) }))}
        {BOARD_FILTERS.map((filter) => link(filter, t(`filter.${filter}`, { count: f.number(count(filter)) })))}
      </ul>
      {active ? (
        <p role="status">
          {t("filter.active", { filter: t(`filter.${active}`, { count: f.number(count(active)) }) })}
          <Link href={`/reports?period=${periodKey}`} className="font-semibold text-brand-700 underline">{t("filter.clear")}</Link>
        </p>
      ) : null}
    </nav>
  );
}
