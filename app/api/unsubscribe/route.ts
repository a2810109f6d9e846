// The unsubscribe page's button (issue 22): no session — the e-mail's signed token names the person
// and the kind. A valid token turns that kind's e-mail off (audited); the answer goes back to the
// page, which says what happened. A cross-site post is refused like every other.
import { withApiErrors } from "@/lib/api/errors";
import { refuseForeignOrigin } from "@/lib/api/same-origin";
import { getAuthEnv } from "@/lib/env";
import { unsafeUnsubscribe } from "@/lib/data/notifications/preferences";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe";

export const POST = withApiErrors("POST /api/unsubscribe", async (request: Request): Promise<Response> => {
  const refused = refuseForeignOrigin(request);
  if (refused) return refused;
  const form = await request.formData().catch(() => null);
  const token = form?.get("token");
  const named = typeof token === "string" ? readUnsubscribeToken(getAuthEnv().NEXTAUTH_SECRET, token) : null;
  const back = new URL("/unsubscribe", request.url);
  if (typeof token === "string") back.searchParams.set("token", token.slice(0, 200));
  if (named && (await unsafeUnsubscribe(named.userId, named.kind))) back.searchParams.set("done", "1");
  return Response.redirect(back, 303);
});
