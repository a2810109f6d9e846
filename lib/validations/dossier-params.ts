// The dossier pages' URLs (issue 5): the drill-down levels (`?period=2024-Q2&channel=ONLINE&
// level=COMMUNE&sort=received&dir=asc`), the dossier list, the compliance lists and their CSV, the
// heat map and the inspection flags. Each is read by parseSearchParams (./search-params); what
// cannot be read is refused, not replaced by a default.
import { z } from "zod";
import { AdminLevel, Channel } from "@/lib/generated/prisma/enums";
import { SORT_KEYS, type Sort } from "@/lib/metrics/drill-down";
import { latestCompleteQuarter, periodKey, rangePeriod, type Period } from "@/lib/metrics/periods";
import { DEFAULT_UNITS_VIEW, UNITS_VIEWS, type UnitsView } from "@/lib/org/views";
import {
  choiceParam,
  cursorParam,
  idParam,
  pageParam,
  pagerFields,
  pagingOf,
  periodParam,
  SORT_DIRECTIONS,
  spanStart,
  spanYearParam,
  WHOLE_MONTHS,
  type DataSpan,
} from "@/lib/validations/search-params";

export const CHANNELS = [Channel.ONLINE, Channel.IN_PERSON, Channel.POSTAL] as const;
export const LEVELS = [AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.COMMUNE] as const;
export const DEFAULT_DRILL_SORT: Sort = { key: "lateRate", dir: "desc" };

export type DrillQuery = {
  period: Period;
  channel?: Channel;
  level?: AdminLevel;
  sort: Sort;
  /** today's units (the default) or the units of the period's time (`?units=time`) */
  view: UnitsView;
};

const drillFields = (span: DataSpan) => ({
  period: periodParam(span, WHOLE_MONTHS).optional(),
  channel: choiceParam(CHANNELS).optional(),
  level: choiceParam(LEVELS).optional(),
  sort: choiceParam(SORT_KEYS).optional(),
  dir: choiceParam(SORT_DIRECTIONS).optional(),
  units: choiceParam(UNITS_VIEWS).optional(),
});

type DrillInput = z.output<z.ZodObject<ReturnType<typeof drillFields>>>;

function drillQueryOf(input: DrillInput, span: DataSpan, defaultSort: Sort): DrillQuery {
  return {
    // whole months only (the rollups count by month); nothing asked: the latest complete quarter
    period: input.period ?? latestCompleteQuarter(span.asOf),
    channel: input.channel,
    level: input.level,
    sort: { key: input.sort ?? defaultSort.key, dir: input.dir ?? defaultSort.dir },
    view: input.units ?? DEFAULT_UNITS_VIEW,
  };
}

/** A drill-down level below the province: an agency, its procedures, fields, officials, months; a long level pages (`?page=&size=`). */
export const drillParams = (span: DataSpan, defaultSort: Sort = DEFAULT_DRILL_SORT) =>
  z.object({ ...drillFields(span), ...pagerFields() }).transform((input) => ({ ...drillQueryOf(input, span, defaultSort), paging: pagingOf(input) }));

/** The province level, grouped by agency or (`?view=district`) with communes under their district. */
export const provinceDrillParams = (span: DataSpan) =>
  z
    .object({ ...drillFields(span), ...pagerFields(), view: choiceParam(["agency", "district"]).optional() })
    .transform((input) => ({ query: drillQueryOf(input, span, DEFAULT_DRILL_SORT), view: input.view ?? "agency", paging: pagingOf(input) }));

// overdue: still unresolved past the due day at the end of the data's day (the scorecard's "overdue now")
export const LIST_STATUSES = ["late", "overdue", "noApology", "rescheduled"] as const;

/** The agency a list is narrowed to and the keyset position of its page (the dossier and compliance lists). */
const listFields = () => ({ agency: idParam().optional(), cursor: cursorParam().optional() });

/** The dossier list: any period (ranges too; nothing asked: every dossier up to the data's day). */
export const dossierListParams = (span: DataSpan) =>
  z
    .object({
      ...drillFields(span),
      ...listFields(),
      period: periodParam(span).optional(),
      procedure: idParam().optional(),
      official: idParam().optional(),
      status: choiceParam(LIST_STATUSES).optional(),
      page: pageParam().optional(),
    })
    .transform(({ period, channel, level, sort, dir, units, ...filters }) => ({
      ...filters,
      query: drillQueryOf({ period: period ?? rangePeriod(spanStart(span), span.asOf), channel, level, sort, dir, units }, span, DEFAULT_DRILL_SORT),
      page: filters.page ?? 1,
    }));

export const COMPLIANCE_LISTS = ["noApology", "rescheduled", "lateAgencies"] as const;
export type ComplianceList = (typeof COMPLIANCE_LISTS)[number];

/** A compliance list (and its CSV export): which list, a whole-month period, an agency, a cursor. */
export const complianceParams = (span: DataSpan) =>
  z
    .object({ ...drillFields(span), ...listFields(), list: choiceParam(COMPLIANCE_LISTS).optional() })
    .transform(({ list, period, agency, cursor }) => ({ list: list ?? "noApology", period: period ?? latestCompleteQuarter(span.asOf), agency, cursor }));

/** The heat map's year: one of the data's years (nothing asked: the data's year), by today's units or the units of the time; a page of its agencies. */
export const heatMapParams = (span: DataSpan) =>
  z
    .object({ year: spanYearParam(span).optional(), units: choiceParam(UNITS_VIEWS).optional(), ...pagerFields() })
    .transform((input) => ({ year: input.year ?? Number(span.asOf.slice(0, 4)), view: input.units ?? DEFAULT_UNITS_VIEW, paging: pagingOf(input) }));

export const FLAG_FILTERS = ["OPEN", "RESOLVED", "all"] as const;

/** The inspection flags shown: open ones unless asked otherwise. */
export const flagListParams = () =>
  z.object({ status: choiceParam(FLAG_FILTERS).optional() }).transform((input) => ({ status: input.status ?? "OPEN" }));

/** The search part of a drill-down URL: the inverse of drillParams, plus `extra` parameters. */
export function drillSearch(query: DrillQuery, extra: Record<string, string | number | undefined> = {}, sort: Sort | null = query.sort): string {
  const params = new URLSearchParams();
  params.set("period", periodKey(query.period));
  if (query.channel) params.set("channel", query.channel);
  if (query.level) params.set("level", query.level);
  if (query.view !== DEFAULT_UNITS_VIEW) params.set("units", query.view);
  if (sort) {
    params.set("sort", sort.key);
    params.set("dir", sort.dir);
  }
  for (const [name, value] of Object.entries(extra)) if (value !== undefined && value !== "") params.set(name, String(value));
  return `?${params.toString()}`;
}
