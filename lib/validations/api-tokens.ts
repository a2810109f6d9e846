// Input of the API-token pages, and the query of GET /api/v1/*.
import { z } from "zod";
import { msg } from "@/lib/validations/messages";
import { isPlausibleLocalDate, MAX_DB_INT, recordId } from "@/lib/validations/input";
import { code } from "@/lib/validations/record-values";

/** The kinds an API token may be scoped to (procedures come by file only). */
export const API_SCOPES = ["DOSSIER", "TASK"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const createApiTokenSchema = z.object({
  name: z.string({ error: msg("apiTokens.error.name") }).trim().min(1, { error: msg("apiTokens.error.name") }).max(120, { error: msg("apiTokens.error.name") }),
  scopes: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(API_SCOPES, { error: msg("apiTokens.error.scopes") })).min(1, { error: msg("apiTokens.error.scopes") }),
  ),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: recordId(msg("apiTokens.error.notFound")) });
export type RevokeApiTokenInput = z.infer<typeof revokeApiTokenSchema>;

export const MAX_BATCH = 10_000;
export const MAX_PAGE = 1_000;

const localDate = z.string().refine((value) => isPlausibleLocalDate(value), { error: msg("api.error.queryDate") });

/** GET /api/v1/dossiers and /api/v1/tasks: filters, page size and the opaque cursor. */
export const listQuerySchema = z.object({
  agencyCode: code(32).optional(),
  procedureCode: code(40).optional(),
  from: localDate.optional().meta({ description: "Ngày tiếp nhận (hồ sơ) hoặc ngày giao (nhiệm vụ) từ ngày, YYYY-MM-DD, giờ Việt Nam" }),
  to: localDate.optional().meta({ description: "… đến ngày (kể cả ngày này)" }),
  limit: z.coerce
    .number({ error: msg("api.error.limit") })
    .int({ error: msg("api.error.limit") })
    .min(1, { error: msg("api.error.limit") })
    .max(MAX_PAGE, { error: msg("api.error.limit") })
    .default(100),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,20}$/, { error: msg("api.error.cursor") })
    .refine((cursor) => cursorId(cursor) !== null, { error: msg("api.error.cursor") })
    .optional()
    .meta({ description: "nextCursor của trang trước" }),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export const cursorOf = (id: number) => Buffer.from(String(id), "utf8").toString("base64url");

/** The row id a cursor names, or null when it names none (not a whole number of PostgreSQL's integer range). */
function cursorId(cursor: string): number | null {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const id = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
  return Number.isSafeInteger(id) && id > 0 && id <= MAX_DB_INT ? id : null;
}

/** The id after which a page starts: 0 without a cursor (the query schema has refused bad ones). */
export function idOfCursor(cursor: string | undefined): number {
  return cursor ? (cursorId(cursor) ?? 0) : 0;
}
