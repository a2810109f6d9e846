// The scorecard's URL: `?period=<key>` or the date-field pair `?from=…&to=…`, and the league
// table's sort (`?sort=tasks&dir=asc`), units view (`?units=time`) and length (`?league=all`: the
// whole table, paged with `?page=&size=`; otherwise each group's first and last units). Nothing
// asked: the latest complete quarter, worst first, by today's units, short.
import { z } from "zod";
import { DEFAULT_LEAGUE_SORT, LEAGUE_SORT_KEYS, type LeagueSort } from "@/lib/metrics/scorecard";
import { latestCompleteQuarter, type Period } from "@/lib/metrics/periods";
import { DEFAULT_UNITS_VIEW, UNITS_VIEWS, type UnitsView } from "@/lib/org/views";
import type { Paging } from "@/lib/metrics/paging";
import { choiceParam, pagerFields, pagingOf, periodFields, periodOfFields, SORT_DIRECTIONS, type DataSpan } from "@/lib/validations/search-params";

/** The league shown: null for each group's ends (the default), or a page of the whole table. */
export type LeagueLength = Paging | null;

export const scorecardParams = (span: DataSpan) =>
  z
    .object({
      ...periodFields(span),
      sort: choiceParam(LEAGUE_SORT_KEYS).optional(),
      dir: choiceParam(SORT_DIRECTIONS).optional(),
      units: choiceParam(UNITS_VIEWS).optional(),
      league: choiceParam(["all"]).optional(),
      ...pagerFields(),
    })
    .transform((input, ctx): { period: Period; sort: LeagueSort; units: UnitsView; league: LeagueLength } => {
      const key = input.sort ?? DEFAULT_LEAGUE_SORT.key;
      // the default order is worst first; any other column starts from the top
      const direction = input.dir ?? (key === DEFAULT_LEAGUE_SORT.key ? DEFAULT_LEAGUE_SORT.direction : "asc");
      return { period: periodOfFields(input, span, ctx) ?? latestCompleteQuarter(span.asOf), sort: { key, direction }, units: input.units ?? DEFAULT_UNITS_VIEW, league: input.league ? pagingOf(input) : null };
    });

export type ScorecardQuery = z.output<ReturnType<typeof scorecardParams>>;
