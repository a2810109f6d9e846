// The Origin check of every state-changing route handler that a session cookie authorises (the
// import upload and confirmation, next-auth's POSTs): proxy.ts checks it too, but a route handler
// does not count on what runs before it. /api/v1 authenticates by bearer token and needs none.
import { getAuthEnv } from "@/lib/env";
import { isSameOrigin, isStateChanging } from "@/lib/security/origin";
import { foreignOriginResponse } from "@/lib/security/refusals";
import { requestAnswerLocale } from "@/lib/http/answer-locale";

/** A 403 answer when `request` changes state and comes from another site; null when it may go on. */
export function refuseForeignOrigin(request: Request): Response | null {
  if (!isStateChanging(request.method)) return null;
  return isSameOrigin((name) => request.headers.get(name), getAuthEnv().NEXTAUTH_URL) ? null : foreignOriginResponse(requestAnswerLocale(request));
}
