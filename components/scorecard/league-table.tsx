// Agency league table: late dossier rate, on-time task rate and latest internal rating, sorted on
// the server through the URL; agencies at or above 10 % late carry the province's rule (DESIGN §6).
import { EmptyState } from "@/components/ui/empty-state";
import { Table, type Column } from "@/components/ui/table";
import type { Viewer } from "@/lib/auth/permissions";
import { getAgencyLeague } from "@/lib/data/scorecard";
import { t } from "@/lib/i18n";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { periodKey, type Period } from "@/lib/metrics/periods";
import { LEAGUE_SORT_KEYS, sortLeague, type LeagueRow, type LeagueSort, type LeagueSortKey } from "@/lib/metrics/scorecard";

function sortHref(period: Period, sort: LeagueSort, key: LeagueSortKey): string {
  const direction = sort.key === key ? (sort.direction === "asc" ? "desc" : "asc") : key === "late" ? "desc" : "asc";
  return `/scorecard?${new URLSearchParams({ period: periodKey(period), sort: key, dir: direction })}#league-heading`;
}

const isSortKey = (key: string): key is LeagueSortKey => (LEAGUE_SORT_KEYS as readonly string[]).includes(key);

const rate = (value: number | null) => (value === null ? t("common.noData") : formatPercent(value));

/** A rate with its denominator under it ("/ 1.234"). */
function RateOf({ value, of }: { value: number | null; of: number }) {
  return (
    <>
      {rate(value)}
      {of > 0 ? <span className="block text-xs text-muted">/ {formatNumber(of)}</span> : null}
    </>
  );
}

const COLUMNS: Column<LeagueRow & { position: number }>[] = [
  { key: "position", header: "#", numeric: true, className: "text-muted", cell: (row) => row.position },
  {
    key: "name",
    header: t("scorecard.league.agency"),
    rowHeader: true,
    sortable: true,
    cell: (row) => (
      <>
        {row.agencyName}
        {row.breaksLateRule ? (
          <span className="mt-0.5 block text-xs font-semibold text-bad" data-testid="late-rule-flag">
            <span aria-hidden="true">⚠ </span>
            {t("scorecard.league.flag")}
          </span>
        ) : null}
      </>
    ),
  },
  { key: "late", header: t("scorecard.league.lateRate"), numeric: true, sortable: true, cellData: () => ({ "data-testid": "league-late" }), cell: (row) => <RateOf value={row.lateRate} of={row.toProcess} /> },
  { key: "tasks", header: t("scorecard.league.taskOnTimeRate"), numeric: true, sortable: true, cellData: () => ({ "data-testid": "league-tasks" }), cell: (row) => <RateOf value={row.taskOnTimeRate} of={row.tasksAssigned} /> },
  {
    key: "rating",
    header: t("scorecard.league.rating"),
    sortable: true,
    cellData: () => ({ "data-testid": "league-rating" }),
    cell: (row) =>
      row.rating && row.ratingYear ? (
        t("scorecard.league.ratingOf", { rating: t(`assessments.rating.${row.rating}`), year: row.ratingYear })
      ) : (
        <span className="text-muted">{t("scorecard.league.noRating")}</span>
      ),
  },
];

export async function LeagueTable({ viewer, period, sort }: { viewer: Viewer; period: Period; sort: LeagueSort }) {
  const rows = sortLeague(await getAgencyLeague(viewer, period), sort).map((row, i) => ({ ...row, position: i + 1 }));
  const flagged = rows.filter((row) => row.breaksLateRule).length;
  if (rows.length === 0) return <EmptyState>{t("scorecard.league.empty")}</EmptyState>;
  return (
    <div className="space-y-2">
      <p className="text-sm">{t("scorecard.league.rule")}</p>
      <p className="text-sm font-semibold text-bad" data-testid="league-flagged-count">
        {t("scorecard.league.flaggedCount", { count: formatNumber(flagged) })}
      </p>
      <Table caption={t("scorecard.league.caption")} columns={COLUMNS} rows={rows} rowKey={(row) => row.agencyId}
        rowProps={(row) => ({ className: row.breaksLateRule ? "bg-accent-100/60" : undefined, "data-testid": `league-row-${row.agencyId}` })}
        sort={{ key: sort.key, dir: sort.direction, href: (key) => (isSortKey(key) ? sortHref(period, sort, key) : "#") }} maxHeight="max-h-[36rem]"
        tableClassName="min-w-[36rem]" testId="league-table" />
    </div>
  );
}
