// Every error of /api/v1 and of the import routes is JSON: { code, message } with a stable code a
// client can act on and a Vietnamese message a person can read. Transient failures (a deadlock
// that outlived its retries, a lost connection, an exhausted pool) are 503 with Retry-After: the
// same request may simply be sent again later. Anything unexpected is 500 with a reference that
// matches the server log; raw database text never reaches the client (DESIGN §9).
// (To be folded into lib/errors, issue 24.)
import { transientFailure } from "@/lib/db/errors";
import { t, type MessageKey, type MessageValues } from "@/lib/i18n";

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
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const API_ERROR_STATUS: Record<ApiErrorCode, number> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  INVALID_RECORDS: 422,
  IMPORT_REFUSED: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  BUSY: 503,
  INTERNAL: 500,
};

/** Seconds a client should wait before sending a request again after a transient failure. */
export const RETRY_AFTER_SECONDS = { UNAVAILABLE: 5, BUSY: 2 } as const;

export type ApiErrorBody = { code: ApiErrorCode; message: string; [extra: string]: unknown };

/** An error a handler throws to answer with this code; `extra` joins the body (e.g. per-record errors). */
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
    return { status: API_ERROR_STATUS[error.code], body: { code: error.code, message: error.message, ...error.extra }, headers: error.headers };
  }
  const named = error instanceof Error ? BY_ERROR_NAME[error.name] : undefined;
  if (named && error instanceof Error) return { status: API_ERROR_STATUS[named], body: { code: named, message: error.message }, headers: {} };
  const transient = transientFailure(error);
  if (transient) {
    const code = transient === "connection" ? "UNAVAILABLE" : "BUSY";
    const seconds = RETRY_AFTER_SECONDS[code];
    console.error(`[api] ${context}: transient failure (${transient}), answered ${code}`, error);
    return {
      status: 503,
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
