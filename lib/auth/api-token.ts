// API tokens of the provincial systems: 32 random bytes shown once as "cchc_<base64url>", stored
// only as their SHA-256 (hex). A leaked database does not leak usable tokens, and a token is
// checked by one indexed lookup of its hash (no per-token salt is needed for 256 random bits).
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "cchc_";

export function generateApiToken(): { token: string; hash: string; prefix: string } {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, hash: hashApiToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1]! : null;
}
