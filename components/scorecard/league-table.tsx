// Agency league table: late dossier rate, on-time task rate and latest internal rating, sorted on
// the server through the URL; agencies at or above 10 % late carry the province's rule (DESIGN §6).
import Link from "next/link";
import type { Viewer } from "@/lib/auth/permissions";
import { getAgencyLeague } from "@/lib/data/scorecard";
import { t, type MessageKey } from "@/lib/i18n";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { periodKey, type Period } from "@/lib/metrics/periods";
import { sortLeague, type LeagueRow, type LeagueSort, type LeagueSortKey } from "@/lib/metrics/scorecard";

const COLUMNS: { key: LeagueSortKey; labelKey: MessageKey; numeric: boolean }[] = [
  { key: "name", labelKey: "scorecard.league.agency", numeric: false },
  { key: "late", labelKey: "scorecard.league.lateRate", numeric: true },
  { key: "tasks", labelKey: "scorecard.league.taskOnTimeRate", numeric: true },
  { key: "rating", labelKey: "scorecard.league.rating", numeric: false },
];

function sortHref(period: Period, sort: LeagueSort, key: LeagueSortKey): string {
  const direction = sort.key === key ? (sort.direction === "asc" ? "desc" : "asc") : key === "late" ? "desc" : "asc";
  return `/scorecard?${new URLSearchParams({ period: periodKey(period), sort: key, dir: direction })}#league-heading`;
}

const rate = (value: number | null) => (value === null ? t("common.noData") : formatPercent(value));

function Row({ row, position }: { row: LeagueRow; position: number }) {
  return (
    <tr className={`border-t border-border ${row.breaksLateRule ? "bg-accent-100/60" : ""}`} data-testid={`league-row-${row.agencyId}`}>
      <td className="px-3 py-2 text-right tabular-nums text-muted">{position}</td>
      <th scope="row" className="px-3 py-2 text-left font-medium">
        {row.agencyName}
        {row.breaksLateRule ? (
          <p className="mt-0.5 text-xs font-semibold text-bad" data-testid="late-rule-flag">
            <span aria-hidden="true">⚠ </span>
            {t("scorecard.league.flag")}
          </p>
        ) : null}
      </th>
      <td className="px-3 py-2 text-right tabular-nums" data-testid="league-late">
        {rate(row.lateRate)}
        {row.toProcess > 0 ? <span className="block text-xs text-muted">/ {formatNumber(row.toProcess)}</span> : null}
      </td>
      <td className="px-3 py-2 text-right tabular-nums" data-testid="league-tasks">
        {rate(row.taskOnTimeRate)}
        {row.tasksAssigned > 0 ? <span className="block text-xs text-muted">/ {formatNumber(row.tasksAssigned)}</span> : null}
      </td>
      <td className="px-3 py-2" data-testid="league-rating">
        {row.rating && row.ratingYear
          ? t("scorecard.league.ratingOf", { rating: t(`assessments.rating.${row.rating}`), year: row.ratingYear })
          : <span className="text-muted">{t("scorecard.league.noRating")}</span>}
      </td>
    </tr>
  );
}

export async function LeagueTable({ viewer, period, sort }: { viewer: Viewer; period: Period; sort: LeagueSort }) {
  const rows = sortLeague(await getAgencyLeague(viewer, period), sort);
  const flagged = rows.filter((row) => row.breaksLateRule).length;
  if (rows.length === 0) return <p className="text-sm text-muted">{t("scorecard.league.empty")}</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm">{t("scorecard.league.rule")}</p>
      <p className="text-sm font-semibold text-bad" data-testid="league-flagged-count">
        {t("scorecard.league.flaggedCount", { count: formatNumber(flagged) })}
      </p>
      <div className="max-h-[36rem] overflow-auto rounded-lg border border-border bg-surface print:max-h-none print:overflow-visible" tabIndex={0} role="region" aria-labelledby="league-heading">
        <table className="w-full min-w-[36rem] text-sm" data-testid="league-table">
          <caption className="sr-only">{t("scorecard.league.caption")}</caption>
          <thead className="sticky top-0 bg-brand-50 text-left">
            <tr>
              <th scope="col" className="px-3 py-2 text-right">
                #
              </th>
              {COLUMNS.map((column) => {
                const active = sort.key === column.key;
                const label = t(column.labelKey);
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : undefined}
                    className={`px-3 py-2 ${column.numeric ? "text-right" : "text-left"}`}
                  >
                    <Link href={sortHref(period, sort, column.key)} className="underline-offset-4 hover:underline" data-testid={`sort-${column.key}`}>
                      {label}
                      <span aria-hidden="true">{active ? (sort.direction === "asc" ? " ▲" : " ▼") : ""}</span>
                      <span className="sr-only">
                        {" "}
                        ({t("scorecard.league.sortBy", { column: label })}
                        {active ? `, ${t(sort.direction === "asc" ? "scorecard.league.ascending" : "scorecard.league.descending")}` : ""})
                      </span>
                    </Link>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <Row key={row.agencyId} row={row} position={i + 1} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
