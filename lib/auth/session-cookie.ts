// Keeps the session that changed its own password open while the change ends every other one:
// the trigger raised the user's session version, so this session's cookie is written again with
// the new version. Same name, flags and lifetime as next-auth's own cookie (lib/auth/options.ts).
import "server-only";
import { cookies, headers } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { getAuthEnv } from "@/lib/env";
import { SESSION_MAX_AGE_SECONDS, sessionCookieName } from "@/lib/auth/options";
import { isHttps } from "@/lib/security/trusted-proxy";

export async function renewSessionVersion(sessionVersion: number): Promise<void> {
  const requestHeaders = await headers();
  const secure = isHttps((name) => requestHeaders.get(name));
  const name = sessionCookieName(secure);
  const store = await cookies();
  const current = store.get(name)?.value;
  if (!current) return;
  const secret = getAuthEnv().NEXTAUTH_SECRET;
  // a cookie that does not decode is no session (the action's own session check already passed)
  const token = await decode({ token: current, secret }).catch(() => null);
  if (!token) return;
  const value = await encode({ token: { ...token, sessionVersion }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  store.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_MAX_AGE_SECONDS });
}
