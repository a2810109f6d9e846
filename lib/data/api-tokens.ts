// API tokens as Home Affairs manages them ("import.run"). The plain token leaves the server once,
// in the creation result; the table keeps its SHA-256 hash and a short prefix to recognise it.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/permissions";
import { generateApiToken } from "@/lib/auth/api-token";
import { AppError } from "@/lib/errors";
import { requirePermission } from "@/lib/data/scope";
import type { CreateApiTokenInput, RevokeApiTokenInput } from "@/lib/validations/api-tokens";

const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  revokedAt: true,
  lastUsedAt: true,
  createdBy: { select: { fullName: true } },
} satisfies Prisma.ApiTokenSelect;

export type ApiTokenRow = Prisma.ApiTokenGetPayload<{ select: typeof tokenSelect }>;

export async function listApiTokens(viewer: Viewer): Promise<ApiTokenRow[]> {
  if (!can(viewer, "import.run")) return [];
  return getDb().apiToken.findMany({ select: tokenSelect, orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { id: "desc" }] });
}

export type CreatedApiToken = { id: number; name: string; scopes: ImportKind[]; token: string };

export async function createApiToken(tx: Prisma.TransactionClient, viewer: Viewer, input: CreateApiTokenInput): Promise<CreatedApiToken> {
  requirePermission(viewer, "import.run");
  const { token, hash, prefix } = generateApiToken();
  const row = await tx.apiToken.create({
    data: { name: input.name, tokenHash: hash, prefix, scopes: [...new Set(input.scopes)], createdById: viewer.userId },
  });
  return { id: row.id, name: row.name, scopes: row.scopes, token };
}

export type RevokedApiToken = { id: number; name: string; alreadyRevoked: boolean };

/** Revokes the token; revoking it again changes nothing (and the audit row says so). */
export async function revokeApiToken(tx: Prisma.TransactionClient, viewer: Viewer, input: RevokeApiTokenInput): Promise<RevokedApiToken> {
  requirePermission(viewer, "import.run");
  const found = await tx.apiToken.findUnique({ where: { id: input.tokenId }, select: { id: true, name: true, revokedAt: true } });
  if (!found) throw new AppError("API_TOKEN_NOT_FOUND");
  if (found.revokedAt === null) await tx.apiToken.update({ where: { id: found.id }, data: { revokedAt: new Date() } });
  return { id: found.id, name: found.name, alreadyRevoked: found.revokedAt !== null };
}
