"use server";
// API tokens of the provincial systems (Home Affairs, "import.run"). The audit row names the token
// and its scopes, never the token itself.
import { actionsFor, resultId } from "@/lib/auth/action";
import * as tokens from "@/lib/data/api-tokens";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/validations/api-tokens";

const manage = actionsFor("import.run", { revalidate: ["/admin/api-tokens"] });

export type CreatedApiToken = tokens.CreatedApiToken;
export type RevokedApiToken = tokens.RevokedApiToken;

export const createApiToken = manage(createApiTokenSchema, tokens.createApiToken, {
  audit: { event: "API_TOKEN_CREATED", entityId: resultId, details: (_input, result) => ({ name: result.name, scopes: result.scopes }) },
});

export const revokeApiToken = manage(revokeApiTokenSchema, tokens.revokeApiToken, {
  audit: {
    event: "API_TOKEN_REVOKED",
    entityId: (input) => String(input.tokenId),
    details: (_input, result) => ({ name: result.name, alreadyRevoked: result.alreadyRevoked }),
  },
});
