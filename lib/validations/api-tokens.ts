// Input of the API-token pages, and the query of GET /api/v1/*.
import { z } from "zod";
import { vi } from "@/lib/i18n/messages/vi";
import { isLocalDate } from "@/lib/metrics/periods";

/** The kinds an API token may be scoped to (procedures come by file only). */
export const API_SCOPES = ["DOSSIER", "TASK"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const createApiTokenSchema = z.object({
  name: z.string({ error: vi["apiTokens.error.name"] }).trim().min(1, { error: vi["apiTokens.error.name"] }).max(120, { error: vi["apiTokens.error.name"] }),
  scopes: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(API_SCOPES, { error: vi["apiTokens.error.scopes"] })).min(1, { error: vi["apiTokens.error.scopes"] }),
  ),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: z.coerce.number().int().positive() });
export type RevokeApiTokenInput = z.infer<typeof revokeApiTokenSchema>;

export const MAX_BATCH = 10_000;
export const MAX_PAGE = 1_000;

const localDate = z.string().refine(isLocalDate, { error: "YYYY-MM-DD" });

/** GET /api/v1/dossiers and /api/v1/tasks: filters, page size and the opaque cursor. */
export const listQuerySchema = z.object({
  agencyCode: z.string().trim().min(1).max(32).optional(),
  procedureCode: z.string().trim().min(1).max(40).optional(),
  from: localDate.optional().meta({ description: "Ngày tiếp nhận (hồ sơ) hoặc ngày giao (nhiệm vụ) từ ngày, YYYY-MM-DD, giờ Việt Nam" }),
  to: localDate.optional().meta({ description: "… đến ngày (kể cả ngày này)" }),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(100),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,20}$/)
    .optional()
    .meta({ description: "nextCursor của trang trước" }),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export const cursorOf = (id: number) => Buffer.from(String(id), "utf8").toString("base64url");
export function idOfCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const id = Number(Buffer.from(cursor, "base64url").toString("utf8"));
  return Number.isSafeInteger(id) && id > 0 ? id : 0;
}
