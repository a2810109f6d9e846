// RFC 8058 one-click unsubscribe (issue 22): every e-mail carries
//   List-Unsubscribe: <https://…/api/unsubscribe/one-click?token=…>
//   List-Unsubscribe-Post: List-Unsubscribe=One-Click
// and the mail client (Gmail's, Outlook's "Unsubscribe" button) POSTs `List-Unsubscribe=One-Click`
// to that URL from its own servers: no session, no Origin. This one path is therefore exempt from
// the proxy's Origin check (proxy.ts); the signed token (HMAC, lib/notifications/unsubscribe.ts)
// is the whole authorisation, and it can only switch its own person's kind off (audited). A GET —
// a person or a mail scanner opening the URL — changes nothing and lands on the confirmation page.
import { withApiErrors } from "@/lib/api/errors";
import { getAuthEnv } from "@/lib/env";
import { unsafeUnsubscribe } from "@/lib/data/notifications/preferences";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe";

const ONE_CLICK = "List-Unsubscribe=One-Click";

const text = (status: number, body: string) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export const GET = withApiErrors("GET /api/unsubscribe/one-click", async (request: Request): Promise<Response> => {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const page = new URL("/unsubscribe", request.url);
  if (token) page.searchParams.set("token", token.slice(0, 200));
  return Response.redirect(page, 303);
});

export const POST = withApiErrors("POST /api/unsubscribe/one-click", async (request: Request): Promise<Response> => {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  // RFC 8058 §3.1: the body is the form field List-Unsubscribe=One-Click (urlencoded or multipart)
  const body = await request.text().catch(() => "");
  const oneClick = body.split(/[&\r\n]/).some((part) => part.trim() === ONE_CLICK) || /name="List-Unsubscribe"\s+One-Click/.test(body);
  if (!oneClick) return text(400, "List-Unsubscribe=One-Click expected");
  const named = readUnsubscribeToken(getAuthEnv().NEXTAUTH_SECRET, token);
  if (!named) return text(403, "invalid token");
  if (!(await unsafeUnsubscribe(named.userId, named.kind, "one-click"))) return text(404, "unknown user");
  return text(200, "unsubscribed");
});
