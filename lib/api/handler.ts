// The shape of every /api/v1 route: rate limit → bearer token → scope → parse → data layer → JSON.
// Nothing touches the database before the limits are checked: a refused request costs no query and
// no write (issue 18: 1,828 refused requests used to cost 1,828 UPDATEs). Every failure answers
// JSON with a code and a message in the caller's language (lib/api/errors.ts: Accept-Language,
// Vietnamese by default). Route files only name the kind
// and the data-layer functions.
import "server-only";
import { z } from "zod";
import { bearerToken, hashApiToken } from "@/lib/auth/api-token";
import { clientIp } from "@/lib/auth/client-ip";
import { unsafeAuthenticateApiToken, touchApiToken, writeBatch, type ApiCaller, type Page } from "@/lib/data/api-records";
import { apiError, withApiErrors } from "@/lib/api/errors";
import { readJsonBody } from "@/lib/api/body";
import { FAILED_AUTH_PER_MINUTE, RateLimiter } from "@/lib/api/rate-limit";
import { getEnv } from "@/lib/env";
import { listQuerySchema, MAX_BATCH, type ApiScope, type ListQuery } from "@/lib/validations/api-tokens";
import { fieldMessagesOf } from "@/lib/validations/issue-messages";
import { requestAnswerLocale } from "@/lib/http/answer-locale";

let perToken: RateLimiter | undefined;
/**
 * Failed authentications per client address. The address comes from X-Forwarded-For, which only a
 * trusted proxy makes reliable: a client that forges it escapes this limit, not the per-token one.
 */
const failedAuth = new RateLimiter(FAILED_AUTH_PER_MINUTE);
/** Tokens accepted in the last minutes (by hash): their requests skip the gate above (still looked up). */
const accepted = new Map<string, number>();
const ACCEPTED_MS = 5 * 60_000;

function rateLimited(seconds: number) {
  return apiError("RATE_LIMITED", "api.error.rateLimited", { seconds }, { retryAfter: seconds }, { "Retry-After": String(seconds) });
}

async function authorise(request: Request, kind: ApiScope): Promise<ApiCaller> {
  perToken ??= new RateLimiter(getEnv().API_RATE_LIMIT_PER_MINUTE);
  const address = clientIp((name) => request.headers.get(name)) ?? "unknown";
  const token = bearerToken(request.headers.get("authorization"));
  const hash = token ? hashApiToken(token) : null;
  const now = Date.now();
  if (!hash || now - (accepted.get(hash) ?? 0) > ACCEPTED_MS) {
    const blocked = failedAuth.wait(address, now);
    if (blocked > 0) throw rateLimited(blocked);
  }
  if (hash) {
    const wait = perToken.take(hash, now);
    if (wait > 0) throw rateLimited(wait);
  }
  const caller = token ? await unsafeAuthenticateApiToken(token) : null;
  if (!caller || !hash) {
    failedAuth.take(address, now);
    throw apiError("UNAUTHORIZED", "api.error.unauthorized", undefined, {}, { "WWW-Authenticate": "Bearer" });
  }
  if (accepted.size > 10_000) accepted.clear();
  accepted.set(hash, now);
  if (!caller.scopes.includes(kind)) throw apiError("FORBIDDEN", "api.error.forbidden");
  await touchApiToken(caller);
  return caller;
}

const batchSchema = z.object({ records: z.array(z.unknown()).min(1).max(MAX_BATCH) });

export function batchHandler(kind: ApiScope) {
  return withApiErrors(`POST /api/v1 ${kind}`, async (request: Request): Promise<Response> => {
    const caller = await authorise(request, kind);
    const body = batchSchema.safeParse(await readJsonBody(request));
    if (!body.success) throw apiError("BAD_REQUEST", "api.error.body", { max: MAX_BATCH });
    // each record's reasons in the caller's language, like the error around them (Accept-Language)
    const result = await writeBatch(caller, kind, body.data.records, requestAnswerLocale(request));
    if (!result.ok) throw apiError("INVALID_RECORDS", "api.error.invalid", undefined, { errors: result.errors });
    return Response.json({ created: result.created, updated: result.updated });
  });
}

export function listHandler(kind: ApiScope, list: (caller: ApiCaller, query: ListQuery) => Promise<Page<Record<string, unknown>>>) {
  return withApiErrors(`GET /api/v1 ${kind}`, async (request: Request): Promise<Response> => {
    const caller = await authorise(request, kind);
    const query = listQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw apiError("BAD_REQUEST", "api.error.query", undefined, { issues: fieldMessagesOf(query.error, requestAnswerLocale(request)) });
    return Response.json(await list(caller, query.data));
  });
}
