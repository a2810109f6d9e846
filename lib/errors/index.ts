// Typed errors (documenso's AppError is the model): a refusal is a code from ./codes with its
// arguments, turned into words only when it is shown, through the catalogue, in the reader's
// language. Nothing else reaches a user: an error that is not an AppError (a driver error, a
// bug) is logged with its context and shown as INTERNAL_ERROR, and a broken constraint becomes
// its code (./database.ts) — raw database text is never returned or stored.
import type { Catalogue, MessageKey } from "@/lib/i18n/keys";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import type { LocalDate } from "@/lib/metrics/periods";
import { wordsOf } from "@/lib/notifications/words";
import { APP_ERRORS, type AppErrorCode } from "./codes";

export { APP_ERRORS, RETRY_AFTER_SECONDS, type AppErrorCode } from "./codes";

/** The `{name}` placeholders of a message, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

type ArgNames<C extends AppErrorCode> = Placeholders<Catalogue[(typeof APP_ERRORS)[C]["message"]]>;

/** A value put into a message: shown as it is, another message of the catalogue in the same language, or a day in its date format. */
/** An argument worded in the reader's language: text, a number, a message, a calendar day or an index score (85,78 / 85.78). */
export type MessageArg = string | number | { message: MessageKey } | { localDate: LocalDate } | { score: number };

/** The arguments of a code: one per placeholder of its message, no more and no fewer. */
export type AppErrorArgs<C extends AppErrorCode> = { readonly [Name in ArgNames<C>]: MessageArg };

/** A code with its arguments: what a field error or a logged refusal carries. */
export type AppErrorDetail = {
  [C in AppErrorCode]: [ArgNames<C>] extends [never] ? { code: C; args?: undefined } : { code: C; args: AppErrorArgs<C> };
}[AppErrorCode];

/** Problems per form field, as codes (rendered like the error itself). */
export type FieldIssues = Partial<Record<string, AppErrorDetail[]>>;

export type AppErrorOptions = {
  /** Also show this error's own message on that form field. */
  field?: string;
  /** Further problems per form field. */
  fields?: FieldIssues;
  cause?: unknown;
};

type ConstructorArgs<C extends AppErrorCode> = [ArgNames<C>] extends [never]
  ? [args?: Record<string, never>, options?: AppErrorOptions]
  : [args: AppErrorArgs<C>, options?: AppErrorOptions];

function argText(locale: Locale, value: MessageArg): string | number {
  if (typeof value !== "object") return value;
  const { t, f } = wordsOf(locale);
  if ("message" in value) return t(value.message);
  return "localDate" in value ? f.localDate(value.localDate) : f.score(value.score);
}

function render(locale: Locale, code: AppErrorCode, args: Readonly<Record<string, MessageArg>>): string {
  const values = Object.fromEntries(Object.entries(args).map(([name, value]) => [name, argText(locale, value)]));
  return wordsOf(locale).t(APP_ERRORS[code].message, values);
}

export class AppError<C extends AppErrorCode = AppErrorCode> extends Error {
  override name = "AppError";
  readonly code: C;
  readonly args: Readonly<Record<string, MessageArg>>;
  readonly fieldIssues: FieldIssues;

  constructor(code: C, ...[args, options]: ConstructorArgs<C>) {
    const values: Readonly<Record<string, MessageArg>> = args ?? {};
    // The Vietnamese text as Error.message: what a log line or a failing test shows.
    super(render(DEFAULT_LOCALE, code, values), options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.args = values;
    const fields: FieldIssues = { ...options?.fields };
    if (options?.field) {
      fields[options.field] = [...(fields[options.field] ?? []), { code, args: values } as AppErrorDetail];
    }
    this.fieldIssues = fields;
  }

  /** The HTTP status a route handler answers with. */
  get status(): number {
    return APP_ERRORS[this.code].status;
  }

  /** What the user reads. */
  userMessage(locale: Locale = DEFAULT_LOCALE): string {
    return render(locale, this.code, this.args);
  }

  /** The field problems as the form shows them: messages per field name. */
  fieldMessages(locale: Locale = DEFAULT_LOCALE): Partial<Record<string, string[]>> {
    return Object.fromEntries(
      Object.entries(this.fieldIssues).map(([field, issues]) => [field, (issues ?? []).map((issue) => detailMessage(issue, locale))]),
    );
  }
}

/** One code with its arguments in words. */
export function detailMessage(detail: AppErrorDetail, locale: Locale = DEFAULT_LOCALE): string {
  return render(locale, detail.code, detail.args ?? {});
}

/** Adds a problem to a field, for checks that collect several before refusing. */
export function addFieldIssue(issues: FieldIssues, field: string, detail: AppErrorDetail): void {
  (issues[field] ??= []).push(detail);
}

export const hasFieldIssues = (issues: FieldIssues): boolean => Object.keys(issues).length > 0;
