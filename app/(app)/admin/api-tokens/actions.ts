"use server";
// API tokens of the provincial systems (Home Affairs, "import.run"). The audit row names the token
// and its scopes, never the token itself.
import { action } from "@/lib/auth/action";
import * as tokens from "@/lib/data/api-tokens";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/validations/api-tokens";

const PATH = "/admin/api-tokens";

export type CreatedApiToken = tokens.CreatedApiToken;

export const createApiToken = action(
  {
    permission: "import.run",
    schema: createApiTokenSchema,
    audit: {
      action: tokens.API_TOKEN_AUDIT.created,
      entity: "api_token",
      entityId: (_input, result: CreatedApiToken) => String(result.id),
      details: (_input, result: CreatedApiToken) => ({ name: result.name, scopes: result.scopes }),
    },
    revalidate: () => [PATH],
  },
  (input, { tx, viewer }) => tokens.createApiToken(tx, viewer, input),
);

export const revokeApiToken = action(
  {
    permission: "import.run",
    schema: revokeApiTokenSchema,
    audit: {
      action: tokens.API_TOKEN_AUDIT.revoked,
      entity: "api_token",
      entityId: (input) => String(input.tokenId),
      details: (_input, result: { id: number; name: string }) => ({ name: result.name }),
    },
    revalidate: () => [PATH],
  },
  (input, { tx }) => tokens.revokeApiToken(tx, input),
);
