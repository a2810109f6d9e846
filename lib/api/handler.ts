// The shape of every /api/v1 route: bearer token → scope → rate limit → parse → data layer →
// JSON. Route files only name the kind and the data-layer functions.
import "server-only";
import { z } from "zod";
import { bearerToken } from "@/lib/auth/api-token";
import { authenticateApiToken, writeBatch, type ApiCaller, type Page } from "@/lib/data/api-records";
import { RateLimiter } from "@/lib/api/rate-limit";
import { readJsonBody } from "@/lib/api/body";
import { t } from "@/lib/i18n";
import { listQuerySchema, MAX_BATCH, type ApiScope, type ListQuery } from "@/lib/validations/api-tokens";

const limiter = new RateLimiter();

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => Response.json(body, { status, headers });

async function authorise(request: Request, kind: ApiScope): Promise<ApiCaller | Response> {
  const token = bearerToken(request.headers.get("authorization"));
  const caller = token ? await authenticateApiToken(token) : null;
  if (!caller) return json(401, { error: t("api.error.unauthorized") }, { "WWW-Authenticate": "Bearer" });
  if (!caller.scopes.includes(kind)) return json(403, { error: t("api.error.forbidden") });
  const wait = limiter.take(String(caller.tokenId));
  if (wait > 0) return json(429, { error: t("api.error.rateLimited", { seconds: wait }) }, { "Retry-After": String(wait) });
  return caller;
}

const batchSchema = z.object({ records: z.array(z.unknown()).min(1).max(MAX_BATCH) });

export function batchHandler(kind: ApiScope) {
  return async function POST(request: Request): Promise<Response> {
    const caller = await authorise(request, kind);
    if (caller instanceof Response) return caller;
    const read = await readJsonBody(request);
    if (!read.ok) return read.response;
    const body = batchSchema.safeParse(read.value);
    if (!body.success) return json(400, { error: t("api.error.body", { max: MAX_BATCH }) });
    const result = await writeBatch(caller, kind, body.data.records);
    if (!result.ok) return json(422, { error: t("api.error.invalid"), errors: result.errors });
    return json(200, { created: result.created, updated: result.updated });
  };
}

export function listHandler(kind: ApiScope, list: (query: ListQuery) => Promise<Page<Record<string, unknown>>>) {
  return async function GET(request: Request): Promise<Response> {
    const caller = await authorise(request, kind);
    if (caller instanceof Response) return caller;
    const query = listQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) return json(400, { error: t("api.error.query"), issues: z.flattenError(query.error).fieldErrors });
    return json(200, await list(query.data));
  };
}
