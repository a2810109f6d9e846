// Agency league table: late dossier rate (and a year earlier), on-time task rate and latest internal
// rating, ranked within each group of units (khối) of the year — one table per group — and sorted on
// the server through the URL; by today's units or by the units of the time. Agencies at or above
// 10 % late carry the province's rule (DESIGN §6). The scorecard shows each group's first and last
// units; `?league=all` the whole table, paged on the server (issue 19: the page stays light). The
// print and the workbook always hold the whole table.
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { CellLink } from "@/components/ui/table";
import type { Viewer } from "@/lib/auth/permissions";
import { getAgencyLeague } from "@/lib/data/scorecard";
import { DEFAULT_PAGE_SIZE, pagingSearch } from "@/lib/metrics/paging";
import { periodKey, type Period } from "@/lib/metrics/periods";
import { LEAGUE_SORT_KEYS, sortLeague, type LeagueRow, type LeagueSort, type LeagueSortKey } from "@/lib/metrics/scorecard";
import { groupEnds, groupRows, pageGroups, type GroupEnds } from "@/lib/org/groups";
import { unitLabel } from "@/lib/org/labels";
import { DEFAULT_UNITS_VIEW, type UnitsView } from "@/lib/org/views";
import type { LeagueLength } from "@/lib/validations/scorecard";
import { sortLinks } from "@/lib/ui/compact-rows";
import { getIntl } from "@/lib/i18n/server";
import type { Intl, Translator } from "@/lib/i18n/translator";
import { LeagueRows, type LeagueCells, type LeagueWords } from "./league-rows";
import { localName } from "@/lib/i18n/locale";

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

/** A row as LeagueRows takes it (drawn on the client, issue 19: the payload carries the figures, not the cells), in the viewer's language. */
function cells(row: PlacedRow, { t, f }: Intl): LeagueCells {
  const rate = (value: number | null) => (value === null ? t("common.noData") : f.percent(value));
  const count = (of: number) => (of > 0 ? f.number(of) : "");
  const delta = row.lateRateYearAgo === null || row.lateRate === null ? null : (row.lateRate - row.lateRateYearAgo) * 100;
  return [
    String(row.agencyId),
    String(row.position),
    unitLabel({ name: row.agencyName, validTo: row.closedOn }),
    row.breaksLateRule ? "1" : "",
    rate(row.lateRate),
    count(row.toProcess),
    row.lateRateYearAgo === null ? "" : f.percent(row.lateRateYearAgo),
    delta === null ? "" : t("org.league.change", { delta: f.signed(delta, 2) }),
    delta === null ? "" : delta > 0 ? "bad" : delta < 0 ? "good" : "",
    rate(row.taskOnTimeRate),
    count(row.tasksDecided),
    row.rating && row.ratingYear ? t("scorecard.league.ratingOf", { rating: t(`assessments.rating.${row.rating}`), year: String(row.ratingYear) }) : "",
  ];
}

type PlacedRow = LeagueRow & { position: number };

const headers = (t: Translator) => ({
  position: "#",
  name: t("scorecard.league.agency"),
  late: t("scorecard.league.lateRate"),
  yearAgo: t("org.league.yearAgo"),
  tasks: t("scorecard.league.taskOnTimeRate"),
  rating: t("scorecard.league.rating"),
});

const words = (t: Translator): LeagueWords => ({ flag: t("scorecard.league.flag"), noYearAgo: t("org.league.noYearAgo"), noRating: t("scorecard.league.noRating") });

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
  const links = sortLinks({ key: sort.key, dir: sort.direction }, LEAGUE_SORT_KEYS, (key) => (isSortKey(key) ? sortHref(period, sort, key, view, length) : "#"));
  return (
    <div className="space-y-2">
      <p className="text-sm">{t("scorecard.league.rule")}</p>
      {league.groupYear !== null ? <p className="text-sm text-muted">{t("org.league.groupsOf", { year: String(league.groupYear) })}</p> : null}
      <p className="text-sm font-semibold text-bad" data-testid="league-flagged-count">
        {t("scorecard.league.flaggedCount", { count: flagged })}
      </p>
      {shortened ? <p className="text-sm text-muted">{t("scorecard.league.short", { count: f.number(ENDS) })}</p> : null}
      <div className="space-y-4" data-testid="league-table" data-length={length ? "all" : "short"}>
        {parts.map((part) => {
          const name = league.groups.length === 0 ? null : part.group ? t("org.league.group", { name: localName(f.locale, part.group) }) : t("org.league.ungrouped");
          return (
            <div key={part.group?.code ?? "-"} className="space-y-1">
              {name ? <h3 className="font-semibold text-brand-900">{name}</h3> : null}
              <LeagueRows caption={name ? `${t("scorecard.league.caption")} — ${name}` : t("scorecard.league.caption")} headers={headers(t)} rows={part.rows.map((row) => cells(row, { t, f }))}
                words={words(t)} sort={links} testId={`league-group-${part.group?.code ?? "none"}`} />
              {part.hidden > 0 ? <p className="text-sm text-muted" data-testid="league-hidden">{t("scorecard.league.hidden", { count: part.hidden })}</p> : null}
            </div>
          );
        })}
      </div>
      {paged ? <Pager table={t("scorecard.league.caption")} slice={paged.slice} href={(paging) => leagueHref(period, { sort, view, league: paging })} testId="league-pager" /> : null}
      <p className="text-sm" data-print="hide">
        {length ? (
          <CellLink href={leagueHref(period, { sort, view, league: null })}>{t("scorecard.league.showShort")}</CellLink>
        ) : shortened ? (
          <CellLink href={leagueHref(period, { sort, view, league: { page: 1, size: DEFAULT_PAGE_SIZE } })}>{t("scorecard.league.showAll", { count: rows.length })}</CellLink>
        ) : null}
      </p>
    </div>
  );
}
