// Every error of /api/v1 and of the import routes is JSON: { code, message } with a stable code a
// client can act on and a message a person can read, in the reader's language (issue 23; /api/v1
// by Accept-Language, the session-bound routes by the viewer's cookie: lib/http/answer-locale.ts).
// An error carries its key and arguments and is worded only when answered. The codes and their HTTP statuses
// are lib/errors' (one vocabulary with the server actions'): an AppError thrown below a route is
// answered with its own code, status and message. Transient failures (a deadlock that outlived its
// retries, a lost connection, an exhausted pool) are 503 with Retry-After: the same request may
// simply be sent again later. Anything unexpected is 500 with a reference that matches the server
// log; raw database text never reaches the client (DESIGN §9).
import { APP_ERRORS, AppError, RETRY_AFTER_SECONDS, type AppErrorCode } from "@/lib/errors";
import { transientError } from "@/lib/errors/database";
import type { MessageKey } from "@/lib/i18n/keys";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { requestAnswerLocale } from "@/lib/http/answer-locale";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import { wordsOf } from "@/lib/notifications/words";

export { RETRY_AFTER_SECONDS };

/** The codes the API answers with (its OpenAPI document lists them), all of lib/errors. */
export const API_ERROR_CODES = [
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_REQUEST",
  "PAYLOAD_TOO_LARGE",
  "INVALID_RECORDS",
  "IMPORT_REFUSED",
  "RATE_LIMITED",
  "UNAVAILABLE",
  "BUSY",
  "INTERNAL",
] as const satisfies readonly AppErrorCode[];

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export type ApiErrorBody = { code: AppErrorCode; message: string; [extra: string]: unknown };

/** A value put into an API message: as it is, or formatted in the answer's language (a size, a date). */
export type ApiMessageArg = string | number | ((f: LocaleFormat) => string);
/** A message of the catalogue with its arguments, worded when the error is answered. */
export type ApiMessage = { key: MessageKey; values?: Readonly<Record<string, ApiMessageArg>> };

function worded(locale: Locale, { key, values = {} }: ApiMessage): string {
  const { t, f } = wordsOf(locale);
  return t(key, Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === "function" ? value(f) : value])));
}

/**
 * An error a handler throws to answer with this code and a message of the catalogue that says more
 * precisely what was wrong than the code's own; `extra` joins the body (e.g. per-record errors).
 */
export class ApiError extends Error {
  override name = "ApiError";
  /** The catalogue message, worded in the answer's language; null for a text the thrower worded itself. */
  readonly wording: ApiMessage | null;

  constructor(
    readonly code: ApiErrorCode,
    message: string | ApiMessage,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    // Error.message in Vietnamese: what a log line or a failing test shows
    super(typeof message === "string" ? message : worded(DEFAULT_LOCALE, message));
    this.wording = typeof message === "string" ? null : message;
  }

  /** What the caller reads, in `locale`. */
  messageIn(locale: Locale): string {
    return this.wording ? worded(locale, this.wording) : this.message;
  }

  get status(): number {
    return APP_ERRORS[this.code].status;
  }
}

export function apiError(code: ApiErrorCode, key: MessageKey, values?: ApiMessage["values"], extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): ApiError {
  return new ApiError(code, { key, values }, extra, headers);
}

/** Errors of the import's data layer, recognised by name (lib/data/imports is server-only). */
const BY_ERROR_NAME: Record<string, ApiErrorCode> = {
  ImportForbiddenError: "FORBIDDEN",
  ImportRefusedError: "IMPORT_REFUSED",
  ImportFileError: "IMPORT_REFUSED",
  UploadTooLargeError: "PAYLOAD_TOO_LARGE",
};

/** The body and headers that answer `error`, worded in `locale`; unexpected errors are logged under `context`. */
export function describeApiError(error: unknown, context: string, locale: Locale = DEFAULT_LOCALE): { status: number; body: ApiErrorBody; headers: Record<string, string> } {
  if (error instanceof ApiError) {
    return { status: error.status, body: { code: error.code, message: error.messageIn(locale), ...error.extra }, headers: error.headers };
  }
  if (error instanceof AppError) return { status: error.status, body: { code: error.code, message: error.userMessage(locale) }, headers: {} };
  const named = error instanceof Error ? BY_ERROR_NAME[error.name] : undefined;
  if (named && error instanceof Error) return { status: APP_ERRORS[named].status, body: { code: named, message: error.message }, headers: {} };
  const transient = transientError(error);
  if (transient) {
    const { code } = transient;
    const seconds = RETRY_AFTER_SECONDS[code];
    console.error(`[api] ${context}: transient failure, answered ${code}`, error);
    return {
      status: transient.status,
      body: { code, message: worded(locale, { key: code === "UNAVAILABLE" ? "api.error.unavailable" : "api.error.busy", values: { seconds } }) },
      headers: { "Retry-After": String(seconds) },
    };
  }
  const reference = globalThis.crypto.randomUUID().slice(0, 8);
  console.error(`[api] ${context}: failed (reference ${reference})`, error);
  return { status: 500, body: { code: "INTERNAL", message: worded(locale, { key: "api.error.internal", values: { reference } }) }, headers: {} };
}

export function errorResponse(error: unknown, context: string, locale: Locale = DEFAULT_LOCALE): Response {
  const { status, body, headers } = describeApiError(error, context, locale);
  return Response.json(body, { status, headers });
}

/** A route handler whose every failure, thrown or not, answers with the JSON above, in the request's language. */
export function withApiErrors<A extends unknown[]>(context: string, handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      const [request] = args;
      return errorResponse(error, context, request instanceof Request ? requestAnswerLocale(request) : DEFAULT_LOCALE);
    }
  };
}
