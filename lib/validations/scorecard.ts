// The scorecard's URL: `?period=<key>` or the date-field pair `?from=…&to=…`, and the league
// table's sort (`?sort=tasks&dir=asc`) and units view (`?units=time`). Nothing asked: the latest
// complete quarter, worst first, by today's units.
import { z } from "zod";
import { DEFAULT_LEAGUE_SORT, LEAGUE_SORT_KEYS, type LeagueSort } from "@/lib/metrics/scorecard";
import { latestCompleteQuarter, type Period } from "@/lib/metrics/periods";
import { DEFAULT_UNITS_VIEW, UNITS_VIEWS, type UnitsView } from "@/lib/org/views";
import { choiceParam, periodFields, periodOfFields, SORT_DIRECTIONS, type DataSpan } from "@/lib/validations/search-params";

export const scorecardParams = (span: DataSpan) =>
  z
    .object({
      ...periodFields(span),
      sort: choiceParam(LEAGUE_SORT_KEYS).optional(),
      dir: choiceParam(SORT_DIRECTIONS).optional(),
      units: choiceParam(UNITS_VIEWS).optional(),
    })
    .transform((input, ctx): { period: Period; sort: LeagueSort; units: UnitsView } => {
      const key = input.sort ?? DEFAULT_LEAGUE_SORT.key;
      // the default order is worst first; any other column starts from the top
      const direction = input.dir ?? (key === DEFAULT_LEAGUE_SORT.key ? DEFAULT_LEAGUE_SORT.direction : "asc");
      return { period: periodOfFields(input, span, ctx) ?? latestCompleteQuarter(span.asOf), sort: { key, direction }, units: input.units ?? DEFAULT_UNITS_VIEW };
    });

export type ScorecardQuery = z.output<ReturnType<typeof scorecardParams>>;
