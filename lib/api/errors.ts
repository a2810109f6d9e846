// Every error of /api/v1 and of the import routes is JSON: { code, message } with a stable code a
// client can act on and a Vietnamese message a person can read. The codes and their HTTP statuses
// are lib/errors' (one vocabulary with the server actions'): an AppError thrown below a route is
// answered with its own code, status and message. Transient failures (a deadlock that outlived its
// retries, a lost connection, an exhausted pool) are 503 with Retry-After: the same request may
// simply be sent again later. Anything unexpected is 500 with a reference that matches the server
// log; raw database text never reaches the client (DESIGN §9).
import { APP_ERRORS, AppError, RETRY_AFTER_SECONDS, type AppErrorCode } from "@/lib/errors";
import { transientError } from "@/lib/errors/database";
import { t, type MessageKey, type MessageValues } from "@/lib/i18n";

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

/**
 * An error a handler throws to answer with this code and a message of the catalogue that says more
 * precisely what was wrong than the code's own; `extra` joins the body (e.g. per-record errors).
 */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  get status(): number {
    return APP_ERRORS[this.code].status;
  }
}

export function apiError(code: ApiErrorCode, key: MessageKey, values?: MessageValues, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): ApiError {
  return new ApiError(code, t(key, values), extra, headers);
}

/** Errors of the import's data layer, recognised by name (lib/data/imports is server-only). */
const BY_ERROR_NAME: Record<string, ApiErrorCode> = {
  ImportForbiddenError: "FORBIDDEN",
  ImportRefusedError: "IMPORT_REFUSED",
  ImportFileError: "IMPORT_REFUSED",
  UploadTooLargeError: "PAYLOAD_TOO_LARGE",
};

/** The body and headers that answer `error`; unexpected errors are logged under `context`. */
export function describeApiError(error: unknown, context: string): { status: number; body: ApiErrorBody; headers: Record<string, string> } {
  if (error instanceof ApiError) {
    return { status: error.status, body: { code: error.code, message: error.message, ...error.extra }, headers: error.headers };
  }
  if (error instanceof AppError) return { status: error.status, body: { code: error.code, message: error.userMessage() }, headers: {} };
  const named = error instanceof Error ? BY_ERROR_NAME[error.name] : undefined;
  if (named && error instanceof Error) return { status: APP_ERRORS[named].status, body: { code: named, message: error.message }, headers: {} };
  const transient = transientError(error);
  if (transient) {
    const { code } = transient;
    const seconds = RETRY_AFTER_SECONDS[code];
    console.error(`[api] ${context}: transient failure, answered ${code}`, error);
    return {
      status: transient.status,
      body: { code, message: t(code === "UNAVAILABLE" ? "api.error.unavailable" : "api.error.busy", { seconds }) },
      headers: { "Retry-After": String(seconds) },
    };
  }
  const reference = globalThis.crypto.randomUUID().slice(0, 8);
  console.error(`[api] ${context}: failed (reference ${reference})`, error);
  return { status: 500, body: { code: "INTERNAL", message: t("api.error.internal", { reference }) }, headers: {} };
}

export function errorResponse(error: unknown, context: string): Response {
  const { status, body, headers } = describeApiError(error, context);
  return Response.json(body, { status, headers });
}

/** A route handler whose every failure, thrown or not, answers with the JSON above. */
export function withApiErrors<A extends unknown[]>(context: string, handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error, context);
    }
  };
}
