// One way for every page (and the compliance export) to read its URL: `parseSearchParams(schema,
// params)`, where the page's schema (in lib/validations/<entity>.ts, built from the pieces below)
// turns each parameter into a bounded value before anything is computed (issue 17 item 1): years
// and periods within the data's span, real calendar days compared as days, ids within int4,
// sorts, statuses and cursors from closed sets, pages below a ceiling, short texts without
// control characters. Malformed or out-of-range input is refused with a Vietnamese message:
// proxy.ts answers 400 with it before the page renders (lib/http/bad-parameters.ts), and a page
// reached anyway answers "not found" — never work on an unbounded value.
// A blank value (a GET form's "all" option) counts as absent; unknown parameters are ignored.
import { notFound } from "next/navigation";
import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/keys";
import { DEFAULT_LOCALE, translate, type Locale } from "@/lib/i18n/locales";
import { msg } from "@/lib/validations/messages";
import { messageOfIssue } from "@/lib/validations/issue-messages";
import { decodeCursor } from "@/lib/metrics/drill-down";
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, type Paging } from "@/lib/metrics/paging";
import { dayIndex, isLocalDate, parsePeriodKey, rangePeriod, type LocalDate, type Period, type PeriodKind } from "@/lib/metrics/periods";

export type SearchParams = Record<string, string | string[] | undefined>;

/** What the data covers: from 1 January of `firstYear` to `asOf`, the day the dashboards read as "now". */
export type DataSpan = { firstYear: number; asOf: LocalDate };

export const INT4_MAX = 2_147_483_647;
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
/** The deepest page a list opens by number (50 rows a page: half a million rows). */
export const MAX_PAGE = 10_000;

// A check's message key; its arguments travel as a refinement's `params` (zod's own bounds and
// accepted values are read from the issue by messageOfIssue).
const say = (key: MessageKey) => ({ error: key });
const sayWith = (key: MessageKey, params: Record<string, string | number>) => ({ error: key, params });
const dmy = (day: LocalDate) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

export const spanStart = (span: DataSpan): LocalDate => `${String(span.firstYear).padStart(4, "0")}-01-01`;
/** The last day a period may reach: the end of the data's year (a period may run past the data's day, DESIGN §5.2a). */
export const spanEnd = (span: DataSpan): LocalDate => `${span.asOf.slice(0, 4)}-12-31`;
export const spanYears = (span: DataSpan) => ({ first: span.firstYear, last: Number(span.asOf.slice(0, 4)) });

/** A parameter that takes one value (a repeated one arrives as an array and is refused). */
const single = () => z.string(say("params.single"));

// ───────────── the pieces a page's schema is built from ─────────────

/** A database id: 1 … 2 147 483 647 (PostgreSQL's int4). */
export const idParam = () =>
  single()
    .regex(/^\d{1,10}$/, say("params.id"))
    .transform(Number)
    .pipe(z.number().min(1, say("params.id")).max(INT4_MAX, say("params.id")));

/** Digits whose number lies from `min` to `max`, as one check (so the message gets both bounds). */
const boundedNumber = (digits: RegExp, min: number, max: number, key: MessageKey, params: Record<string, number>) =>
  single()
    .refine((value) => digits.test(value) && Number(value) >= min && Number(value) <= max, sayWith(key, params))
    .transform(Number);

export const yearParam = (min: number, max: number) =>
  boundedNumber(/^\d{4}$/, min, max, "params.year", { min, max });

/** A year of the data's span (first data year … the data's year). */
export const spanYearParam = (span: DataSpan) => yearParam(spanYears(span).first, spanYears(span).last);

/** The first year of yearly records (index scores are published from the 2000s on). */
export const FIRST_RECORD_YEAR = 2000;

/** A year of yearly records (index scores, staffing, assessments): 2000 … the year after the data's (next year's entries). */
export const recordYearParam = (span: DataSpan) => yearParam(FIRST_RECORD_YEAR, spanYears(span).last + 1);

export const pageParam = (max = MAX_PAGE) =>
  boundedNumber(/^\d{1,6}$/, 1, max, "params.page", { max });

/** A table's page and page size (`?page=2&size=50`), paged on the server (lib/metrics/paging). */
export const pagerFields = () => ({
  page: pageParam().optional(),
  size: single().pipe(z.enum(PAGE_SIZES.map(String) as [string, ...string[]], say("params.pageSize"))).optional(),
});

/** The paging of a URL read with pagerFields: page 1 and the default size when absent. */
export function pagingOf(input: { page?: number; size?: string }): Paging {
  return { page: input.page ?? 1, size: (PAGE_SIZES.find((size) => String(size) === input.size) ?? DEFAULT_PAGE_SIZE) };
}

export const choiceParam = <const T extends readonly [string, ...string[]]>(values: T) =>
  single().pipe(z.enum(values, say("params.choice")));

// NUL and other control characters never belong in a search box (and PostgreSQL refuses NUL).
const CONTROL = /[\u0000-\u001f\u007f]/;

export const textParam = (max: number) =>
  single()
    .trim()
    .max(max, say("params.text"))
    .refine((value) => !CONTROL.test(value), sayWith("params.text", { max }));

/** `?over=1`: true when given, false when absent. */
export const flagParam = () =>
  single()
    .refine((value) => value === "1", say("params.flag"))
    .transform(() => true)
    .optional()
    .transform((value) => value ?? false);

export const cursorParam = () =>
  single().transform((text, ctx) => {
    const cursor = decodeCursor(text);
    if (cursor) return cursor;
    ctx.addIssue({ code: "custom", message: msg("params.cursor") });
    return z.NEVER;
  });

/** A calendar day within the data's span (its start to the end of the data's year). */
export const dayParam = (span: DataSpan) =>
  single()
    .refine(isLocalDate, say("params.day"))
    .refine(
      (day) => dayIndex(day) >= dayIndex(spanStart(span)) && dayIndex(day) <= dayIndex(spanEnd(span)),
      sayWith("params.dayOutside", { from: dmy(spanStart(span)), to: dmy(spanEnd(span)) }),
    );

/** Whether a period begins within the data (first data day … the data's day) and ends by the end of the data's year. */
export function periodWithinSpan(period: Period, span: DataSpan): boolean {
  const from = dayIndex(period.from);
  return from >= dayIndex(spanStart(span)) && from <= dayIndex(span.asOf) && dayIndex(period.to) <= dayIndex(spanEnd(span));
}

const ANY_PERIOD: readonly PeriodKind[] = ["year", "quarter", "month", "range"];
export const WHOLE_MONTHS: readonly PeriodKind[] = ["year", "quarter", "month"];

/**
 * A range is a choice of days that have data: it ends on the data's day at the latest. (A quarter or
 * a year may run past it, and is then read "đến ngày …" and compared like for like, DESIGN §5.2a.)
 */
function rangeAfterData(period: Period, span: DataSpan): boolean {
  return period.kind === "range" && dayIndex(period.to) > dayIndex(span.asOf);
}

/** A refusal's message key with its arguments, as a custom issue carries them. */
type Refusal = { message: MessageKey; params?: Record<string, string> };

const rangeAfterRefusal = (period: Period, span: DataSpan): Refusal => ({ message: "params.rangeAfterData", params: { asOf: dmy(span.asOf), to: dmy(period.to) } });

function outsideRefusal(period: Period, span: DataSpan): Refusal {
  const key = period.kind === "range" ? `${period.from}_${period.to}` : period.from.slice(0, 4);
  return { message: "params.periodOutside", params: { period: key, from: dmy(spanStart(span)), asOf: dmy(span.asOf), end: dmy(spanEnd(span)) } };
}

/** A period key (see periodKey in lib/metrics/periods) of one of `kinds`, within the data's span. */
export const periodParam = (span: DataSpan, kinds: readonly PeriodKind[] = ANY_PERIOD) =>
  single().transform((key, ctx) => {
    const period = parsePeriodKey(key.trim());
    const refuse = (refusal: Refusal) => {
      ctx.addIssue({ code: "custom", ...refusal });
      return z.NEVER;
    };
    if (!period) return refuse({ message: "params.period" });
    if (!kinds.includes(period.kind)) return refuse({ message: kinds.length === 1 && kinds[0] === "quarter" ? "params.periodQuarter" : "params.periodKind" });
    if (!periodWithinSpan(period, span)) return refuse(outsideRefusal(period, span));
    if (rangeAfterData(period, span)) return refuse(rangeAfterRefusal(period, span));
    return period;
  });

/** A quarter key (`2024-Q2`) of a year from `minYear` to `maxYear` (reporting periods may be opened ahead of the data). */
export const quarterParam = (minYear: number, maxYear: number) =>
  single().transform((key, ctx) => {
    const period = parsePeriodKey(key.trim());
    const year = period ? Number(period.from.slice(0, 4)) : NaN;
    if (period?.kind === "quarter" && year >= minYear && year <= maxYear) return period;
    ctx.addIssue(
      period?.kind === "quarter"
        ? { code: "custom", message: msg("params.year"), params: { min: minYear, max: maxYear } }
        : { code: "custom", message: msg("params.periodQuarter") },
    );
    return z.NEVER;
  });

/** The fields of a page that takes its period as a key (`?period=2024-Q2`) or as a GET form's date pair (`?from=…&to=…`). */
export const periodFields = (span: DataSpan) => ({
  period: periodParam(span).optional(),
  from: dayParam(span).optional(),
  to: dayParam(span).optional(),
});

/**
 * The period those fields name, or undefined when none is asked. One way at a time; the date
 * pair both or neither, the end not before the start, the range within the data's span.
 */
export function periodOfFields(
  input: { period?: Period; from?: LocalDate; to?: LocalDate },
  span: DataSpan,
  ctx: z.RefinementCtx,
): Period | undefined {
  const refuse = (path: string, refusal: Refusal) => {
    ctx.addIssue({ code: "custom", path: [path], ...refusal });
    return undefined;
  };
  if (input.period) return input.from || input.to ? refuse("period", { message: "params.periodAndRange" }) : input.period;
  if (input.from === undefined && input.to === undefined) return undefined;
  if (input.from === undefined || input.to === undefined) return refuse(input.from === undefined ? "from" : "to", { message: "params.rangePair" });
  if (dayIndex(input.to) < dayIndex(input.from)) return refuse("to", { message: "params.rangeOrder", params: { from: dmy(input.from), to: dmy(input.to) } });
  const period = rangePeriod(input.from, input.to);
  if (!periodWithinSpan(period, span)) return refuse("from", outsideRefusal(period, span));
  return rangeAfterData(period, span) ? refuse("to", rangeAfterRefusal(period, span)) : period;
}

// ───────────── reading them ─────────────

export type ParamsResult<T> = { ok: true; data: T } | { ok: false; messages: string[] };

/** The parameters as the schema reads them: blanks dropped, a repeated one kept as its array (and refused). */
function normalise(params: SearchParams | URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const add = (name: string, value: string) => {
    if (value === "") return;
    const before = out[name];
    out[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
  };
  if (params instanceof URLSearchParams) {
    for (const [name, value] of params) add(name, value);
  } else {
    for (const [name, value] of Object.entries(params)) {
      for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) add(name, one);
    }
  }
  return out;
}

/** The parameters read by `schema`, or the messages (in `locale`, Vietnamese by default) that say what is wrong with them. */
export function readSearchParams<S extends z.ZodType>(schema: S, params: SearchParams | URLSearchParams, locale: Locale = DEFAULT_LOCALE): ParamsResult<z.output<S>> {
  const result = schema.safeParse(normalise(params));
  if (result.success) return { ok: true, data: result.data };
  const messages = result.error.issues.map((issue) =>
    translate(locale, "params.issue", { name: String(issue.path[0] ?? "?"), message: messageOfIssue(issue, locale) }),
  );
  return { ok: false, messages: [...new Set(messages)] };
}

/** A path segment that names a database id (`/admin/users/42`); anything else is "not found". */
export function parsePathId(segment: string): number {
  const result = idParam().safeParse(segment);
  if (!result.success) notFound();
  return result.data;
}

/**
 * A page's parameters, parsed by its schema. proxy.ts has refused bad ones with a 400 before the
 * page renders; a page reached with them anyway (the proxy skipped) answers "not found".
 */
export function parseSearchParams<S extends z.ZodType>(schema: S, params: SearchParams | URLSearchParams): z.output<S> {
  const result = readSearchParams(schema, params);
  if (!result.ok) notFound();
  return result.data;
}
