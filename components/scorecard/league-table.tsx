// Agency league table: late dossier rate (and a year earlier), on-time task rate and latest internal
// rating, ranked within each group of units (khối) of the year — one table per group — and sorted on
// the server through the URL; by today's units or by the units of the time. Agencies at or above
// 10 % late carry the province's rule (DESIGN §6). The scorecard shows each group's first and last
// units; `?league=all` the whole table, paged on the server (issue 19: the page stays light). The
// print and the workbook always hold the whole table.
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { CellLink, Table, type Column } from "@/components/ui/table";
import type { Viewer } from "@/lib/auth/permissions";
import { getAgencyLeague } from "@/lib/data/scorecard";
import { DEFAULT_PAGE_SIZE, pagingSearch } from "@/lib/metrics/paging";
import { periodKey, type Period } from "@/lib/metrics/periods";
import { LEAGUE_SORT_KEYS, sortLeague, type LeagueRow, type LeagueSort, type LeagueSortKey } from "@/lib/metrics/scorecard";
import { groupEnds, groupRows, pageGroups, type GroupEnds } from "@/lib/org/groups";
import { unitLabel } from "@/lib/org/labels";
import { DEFAULT_UNITS_VIEW, type UnitsView } from "@/lib/org/views";
import type { LeagueLength } from "@/lib/validations/scorecard";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { getIntl } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/translator";

/** The scorecard's URL at the league table: the period, units view, sort and length of the table kept unless changed. */
export function leagueHref(period: Period, state: { sort?: LeagueSort; view: UnitsView; league: LeagueLength }): string {
  const params = new URLSearchParams({ period: periodKey(period) });
  if (state.sort) {
    params.set("sort", state.sort.key);
    params.set("dir", state.sort.direction);
  }
  if (state.view !== DEFAULT_UNITS_VIEW) params.set("units", state.view);
  if (state.league) {
    params.set("league", "all");
    for (const [name, value] of Object.entries(pagingSearch(state.league))) if (value) params.set(name, value);
  }
  return `/scorecard?${params}#league-heading`;
}

function sortHref(period: Period, sort: LeagueSort, key: LeagueSortKey, view: UnitsView, league: LeagueLength): string {
  const direction = sort.key === key ? (sort.direction === "asc" ? "desc" : "asc") : key === "late" ? "desc" : "asc";
  // a new order starts again from the first page
  return leagueHref(period, { sort: { key, direction }, view, league: league && { ...league, page: 1 } });
}

const isSortKey = (key: string): key is LeagueSortKey => (LEAGUE_SORT_KEYS as readonly string[]).includes(key);

/** A rate with its denominator under it ("/ 1.234"). */
function RateOf({ value, of }: { value: number | null; of: number }) {
  const t = useTranslations();
  const f = useFormat();
  return (
    <>
      {value === null ? t("common.noData") : f.percent(value)}
      {of > 0 ? <span className="sub">/ {f.number(of)}</span> : null}
    </>
  );
}

function YearAgo({ row }: { row: LeagueRow }) {
  const t = useTranslations();
  const f = useFormat();
  if (row.lateRateYearAgo === null) return <span className="text-muted">{t("org.league.noYearAgo")}</span>;
  const delta = row.lateRate === null ? null : (row.lateRate - row.lateRateYearAgo) * 100;
  return (
    <>
      {f.percent(row.lateRateYearAgo)}
      {delta === null ? null : (
        <span className={delta > 0 ? "sub text-bad" : delta < 0 ? "sub text-good" : "sub"} data-testid="league-year-change">
          {t("org.league.change", { delta: f.signed(delta, 2) })}
        </span>
      )}
    </>
  );
}

type PlacedRow = LeagueRow & { position: number };

/** The columns in the viewer's language (built per render: headers and cells are translated). */
function columns(t: Translator): Column<PlacedRow>[] {
  return [
  { key: "position", header: "#", numeric: true, className: "text-muted", cell: (row) => row.position },
  {
    key: "name",
    header: t("scorecard.league.agency"),
    rowHeader: true,
    sortable: true,
    cell: (row) => (
      <>
        <Link href={`/agencies/${row.agencyId}`} className="cell-a" data-testid="league-agency-link">
          {unitLabel({ name: row.agencyName, validTo: row.closedOn })}
        </Link>
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
  { key: "yearAgo", header: t("org.league.yearAgo"), numeric: true, cellData: () => ({ "data-testid": "league-year-ago" }), cell: (row) => <YearAgo row={row} /> },
  { key: "tasks", header: t("scorecard.league.taskOnTimeRate"), numeric: true, sortable: true, cellData: () => ({ "data-testid": "league-tasks" }), cell: (row) => <RateOf value={row.taskOnTimeRate} of={row.tasksDecided} /> },
  {
    key: "rating",
    header: t("scorecard.league.rating"),
    sortable: true,
    cellData: () => ({ "data-testid": "league-rating" }),
    cell: (row) =>
      row.rating && row.ratingYear ? (
        t("scorecard.league.ratingOf", { rating: t(`assessments.rating.${row.rating}`), year: String(row.ratingYear) })
      ) : (
        <span className="text-muted">{t("scorecard.league.noRating")}</span>
      ),
  },
  ];
}

/** Each group's first and last units on the scorecard itself (the worst and the best in the default order). */
const ENDS = 3;

type LeagueTableProps = { viewer: Viewer; period: Period; sort: LeagueSort; view: UnitsView; league: LeagueLength };

export async function LeagueTable({ viewer, period, sort, view, league: length }: LeagueTableProps) {
  const { t, f } = await getIntl();
  const league = await getAgencyLeague(viewer, period, view);
  const rows = sortLeague(league.rows, sort);
  const flagged = rows.filter((row) => row.breaksLateRule).length;
  if (rows.length === 0) return <EmptyState>{t("scorecard.league.empty")}</EmptyState>;
  const grouped = groupRows(rows, league.groups, (row) => row.agencyId);
  const paged = length ? pageGroups(grouped, length) : null;
  const parts: GroupEnds<LeagueRow>[] = paged ? paged.parts.map((part) => ({ ...part, hidden: 0 })) : groupEnds(grouped, ENDS);
  const shortened = parts.some((part) => part.hidden > 0);
  const tableSort = { key: sort.key, dir: sort.direction, href: (key: string) => (isSortKey(key) ? sortHref(period, sort, key, view, length) : "#") };
  return (
    <div className="space-y-2">
      <p className="text-sm">{t("scorecard.league.rule")}</p>
      {league.groupYear !== null ? <p className="text-sm text-muted">{t("org.league.groupsOf", { year: String(league.groupYear) })}</p> : null}
      <p className="text-sm font-semibold text-bad" data-testid="league-flagged-count">
        {t("scorecard.league.flaggedCount", { count: f.number(flagged) })}
      </p>
      {shortened ? <p className="text-sm text-muted">{t("scorecard.league.short", { count: f.number(ENDS) })}</p> : null}
      <div className="space-y-4" data-testid="league-table" data-length={length ? "all" : "short"}>
        {parts.map((part) => {
          const name = league.groups.length === 0 ? null : part.group ? t("org.league.group", { name: part.group.name }) : t("org.league.ungrouped");
          return (
            <div key={part.group?.code ?? "-"} className="space-y-1">
              {name ? <h3 className="font-semibold text-brand-900">{name}</h3> : null}
              <Table caption={name ? `${t("scorecard.league.caption")} — ${name}` : t("scorecard.league.caption")} columns={columns(t)} rows={part.rows} rowKey={(row) => row.agencyId}
                rowProps={(row) => ({ className: row.breaksLateRule ? "bg-accent-100/60" : undefined, "data-testid": `league-row-${row.agencyId}` })}
                sort={tableSort} tableClassName="min-w-[42rem]" testId={`league-group-${part.group?.code ?? "none"}`} />
              {part.hidden > 0 ? <p className="text-sm text-muted" data-testid="league-hidden">{t("scorecard.league.hidden", { count: f.number(part.hidden) })}</p> : null}
            </div>
          );
        })}
      </div>
      {paged ? <Pager table={t("scorecard.league.caption")} slice={paged.slice} href={(paging) => leagueHref(period, { sort, view, league: paging })} testId="league-pager" /> : null}
      <p className="text-sm" data-print="hide">
        {length ? (
          <CellLink href={leagueHref(period, { sort, view, league: null })}>{t("scorecard.league.showShort")}</CellLink>
        ) : shortened ? (
          <CellLink href={leagueHref(period, { sort, view, league: { page: 1, size: DEFAULT_PAGE_SIZE } })}>{t("scorecard.league.showAll", { count: f.number(rows.length) })}</CellLink>
        ) : null}
      </p>
    </div>
  );
}
