// Agency league table: late dossier rate (and a year earlier), on-time task rate and latest internal
// rating, ranked within each group of units (khối) of the year and sorted on the server through the
// URL; by today's units or by the units of the time. Agencies at or above 10 % late carry the
// province's rule (DESIGN §6).
import Link from "next/link";
import type { Viewer } from "@/lib/auth/permissions";
import { getAgencyLeague } from "@/lib/data/scorecard";
import { t, type MessageKey } from "@/lib/i18n";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { periodKey, type Period } from "@/lib/metrics/periods";
import { sortLeague, type LeagueRow, type LeagueSort, type LeagueSortKey } from "@/lib/metrics/scorecard";
import { groupRows } from "@/lib/org/groups";
import { unitLabel } from "@/lib/org/labels";
import { DEFAULT_UNITS_VIEW, type UnitsView } from "@/lib/org/views";

const COLUMNS: { key: LeagueSortKey; labelKey: MessageKey; numeric: boolean }[] = [
  { key: "name", labelKey: "scorecard.league.agency", numeric: false },
  { key: "late", labelKey: "scorecard.league.lateRate", numeric: true },
  { key: "tasks", labelKey: "scorecard.league.taskOnTimeRate", numeric: true },
  { key: "rating", labelKey: "scorecard.league.rating", numeric: false },
];

function sortHref(period: Period, sort: LeagueSort, key: LeagueSortKey, view: UnitsView): string {
  const direction = sort.key === key ? (sort.direction === "asc" ? "desc" : "asc") : key === "late" ? "desc" : "asc";
  const params = new URLSearchParams({ period: periodKey(period), sort: key, dir: direction });
  if (view !== DEFAULT_UNITS_VIEW) params.set("units", view);
  return `/scorecard?${params}#league-heading`;
}

const rate = (value: number | null) => (value === null ? t("common.noData") : formatPercent(value));

function YearAgo({ row }: { row: LeagueRow }) {
  if (row.lateRateYearAgo === null) return <span className="text-muted">{t("org.league.noYearAgo")}</span>;
  const delta = row.lateRate === null ? null : (row.lateRate - row.lateRateYearAgo) * 100;
  return (
    <>
      {formatPercent(row.lateRateYearAgo)}
      {delta === null ? null : (
        <span className={`block text-xs ${delta > 0 ? "text-bad" : delta < 0 ? "text-good" : "text-muted"}`} data-testid="league-year-change">
          {t("org.league.change", { delta: `${delta > 0 ? "+" : delta < 0 ? "−" : "±"}${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(Math.abs(delta))}` })}
        </span>
      )}
    </>
  );
}

function Row({ row }: { row: LeagueRow & { position: number } }) {
  return (
    <tr className={`border-t border-border ${row.breaksLateRule ? "bg-accent-100/60" : ""}`} data-testid={`league-row-${row.agencyId}`}>
      <td className="px-3 py-2 text-right tabular-nums text-muted">{row.position}</td>
      <th scope="row" className="px-3 py-2 text-left font-medium">
        {unitLabel({ name: row.agencyName, validTo: row.closedOn })}
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
      <td className="px-3 py-2 text-right tabular-nums" data-testid="league-year-ago">
        <YearAgo row={row} />
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

export async function LeagueTable({ viewer, period, sort, view }: { viewer: Viewer; period: Period; sort: LeagueSort; view: UnitsView }) {
  const league = await getAgencyLeague(viewer, period, view);
  const rows = sortLeague(league.rows, sort);
  const flagged = rows.filter((row) => row.breaksLateRule).length;
  if (rows.length === 0) return <p className="text-sm text-muted">{t("scorecard.league.empty")}</p>;
  const grouped = groupRows(rows, league.groups, (row) => row.agencyId);
  const header = (column: (typeof COLUMNS)[number]) => {
    const active = sort.key === column.key;
    const label = t(column.labelKey);
    return (
      <th key={column.key} scope="col" aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : undefined} className={`px-3 py-2 ${column.numeric ? "text-right" : "text-left"}`}>
        <Link href={sortHref(period, sort, column.key, view)} className="underline-offset-4 hover:underline" data-testid={`sort-${column.key}`}>
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
  };
  return (
    <div className="space-y-2">
      <p className="text-sm">{t("scorecard.league.rule")}</p>
      {league.groupYear !== null ? <p className="text-sm text-muted">{t("org.league.groupsOf", { year: league.groupYear })}</p> : null}
      <p className="text-sm font-semibold text-bad" data-testid="league-flagged-count">
        {t("scorecard.league.flaggedCount", { count: formatNumber(flagged) })}
      </p>
      <div className="max-h-[36rem] overflow-auto rounded-lg border border-border bg-surface print:max-h-none print:overflow-visible" tabIndex={0} role="region" aria-labelledby="league-heading">
        <table className="w-full min-w-[42rem] text-sm" data-testid="league-table">
          <caption className="sr-only">{t("scorecard.league.caption")}</caption>
          <thead className="sticky top-0 bg-brand-50 text-left">
            <tr>
              <th scope="col" className="px-3 py-2 text-right">
                <span aria-hidden="true">#</span>
                <span className="sr-only">{t("org.league.position")}</span>
              </th>
              {header(COLUMNS[0]!)}
              {header(COLUMNS[1]!)}
              <th scope="col" className="px-3 py-2 text-right">{t("org.league.yearAgo")}</th>
              {header(COLUMNS[2]!)}
              {header(COLUMNS[3]!)}
            </tr>
          </thead>
          {grouped.map((part) => (
            <tbody key={part.group?.code ?? "-"} data-testid={`league-group-${part.group?.code ?? "none"}`}>
              {league.groups.length > 0 ? (
                <tr className="border-t border-border bg-brand-50/60">
                  <th scope="rowgroup" colSpan={6} className="px-3 py-1.5 text-left font-semibold text-brand-900">
                    {part.group ? t("org.league.group", { name: part.group.name }) : t("org.league.ungrouped")}
                  </th>
                </tr>
              ) : null}
              {part.rows.map((row) => (
                <Row key={row.agencyId} row={row} />
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
}
