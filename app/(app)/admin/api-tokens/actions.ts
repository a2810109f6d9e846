"use server";
// API tokens of the provincial systems (Home Affairs, "import.run"). The audit row names the token
// and its scopes, never the token itself.
import { action } from "@/lib/auth/action";
import * as tokens from "@/lib/data/api-tokens";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/validations/api-tokens";

const PATH = "/admin/api-tokens";

export type CreatedApiToken = tokens.CreatedApiToken;
export type RevokedApiToken = tokens.RevokedApiToken;

export const createApiToken = action(
  {
    permission: "import.run",
    schema: createApiTokenSchema,
    audit: {
      event: "API_TOKEN_CREATED",
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
      event: "API_TOKEN_REVOKED",
      entityId: (input) => String(input.tokenId),
      details: (_input, result: RevokedApiToken) => ({ name: result.name, alreadyRevoked: result.alreadyRevoked }),
    },
    revalidate: () => [PATH],
  },
  (input, { tx, viewer }) => tokens.revokeApiToken(tx, viewer, input),
);
