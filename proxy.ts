// Runs before every request except Next's static files (Next 16's proxy, the former middleware):
// 1. refuses a path with malformed percent-encoding, or a path or query that decodes to control
//    characters (NUL cannot be stored, and nothing the app links to contains one), with 400;
// 2. refuses a state-changing request from another site (Origin check, lib/security/origin.ts),
//    except /api/v1, whose clients send a bearer token and no cookie;
// 3. sends anonymous visitors of a page to the sign-in page, with the page as callbackUrl;
// 4. refuses a signed-in visitor's page request whose URL parameters the page's schema refuses,
//    with a 400 that names them, before the page (or its layout) renders or reads anything
//    (lib/http/bad-parameters.ts, issue 17 item 1: a page inside a loading boundary cannot answer 400);
// 5. sets the per-request security headers: the pages' CSP with a fresh nonce (also on the
//    request, where Next.js reads it to put on its own scripts), the API's CSP, HSTS over HTTPS;
// 6. gives the public page (/cong-khai, lib/security/public-page.ts) a policy that allows no script
//    at all (the page needs none), so that it needs no nonce and is served from the cache, not rendered per view.
// Points 1–3 are conveniences in front of the real checks, not the boundary: every page, route
// handler and server action checks the viewer, its input and (route handlers) the Origin itself.
// The session cookie is named by the request's scheme (__Secure- over HTTPS, lib/auth/options.ts).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { getAuthEnv, getSecurityEnv } from "@/lib/env";
import { BAD_PARAMETERS_STYLE_HASH, refuseBadParameters } from "@/lib/http/bad-parameters";
import {
  API_CONTENT_SECURITY_POLICY,
  createNonce,
  pageContentSecurityPolicy,
  publicPagePolicy,
  staticPagePolicy,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/security/headers";
import { isStateChanging, isSameOrigin } from "@/lib/security/origin";
import { isPublicPage, publicPageRedirect } from "@/lib/security/public-page";
import { badRequestResponse, foreignOriginResponse, hasBadBytes } from "@/lib/security/refusals";
import { answerLocale } from "@/lib/http/answer-locale";
import { isHttps } from "@/lib/security/trusted-proxy";

const SIGN_IN_PATH = "/sign-in";

const isApi = (path: string) => path === "/api" || path.startsWith("/api/");
const isMachineApi = (path: string) => path.startsWith("/api/v1/");
/** RFC 8058: the mail provider POSTs here from its own servers, with no Origin; the route checks the signed token (the only route exempt). */
const isOneClickUnsubscribe = (path: string) => path === "/api/unsubscribe/one-click";
/** Open without a session: the sign-in page, an e-mail's unsubscribe page (its signed token is the key), Next's own paths and files (fonts, icons, robots.txt). */
const isPublic = (path: string) =>
  path === SIGN_IN_PATH ||
  path.startsWith(`${SIGN_IN_PATH}/`) ||
  path === "/unsubscribe" ||
  path.startsWith("/_next/") ||
  /\.[a-zA-Z0-9]+$/.test(path);

export default async function proxy(request: NextRequest): Promise<Response> {
  const header = (name: string) => request.headers.get(name);
  const { pathname, search } = request.nextUrl;
  const api = isApi(pathname);
  const https = isHttps(header);

  // /api/v1 checks its own query (per-parameter messages, lib/validations/api-tokens.ts)
  if (hasBadBytes(pathname, isMachineApi(pathname) ? null : request.nextUrl.searchParams)) return withTransport(badRequestResponse(api, answerLocale(request.url, header)), https);
  if (isStateChanging(request.method) && !isMachineApi(pathname) && !isOneClickUnsubscribe(pathname) && !isSameOrigin(header, getAuthEnv().NEXTAUTH_URL)) {
    return withTransport(foreignOriginResponse(answerLocale(request.url, header)), https);
  }

  if (api) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
    return withTransport(response, https);
  }

  if (isPublicPage(pathname)) {
    const elsewhere = publicPageRedirect(pathname);
    const response = elsewhere ? NextResponse.redirect(new URL(elsewhere, request.url)) : NextResponse.next();
    response.headers.set("Content-Security-Policy", publicPagePolicy(https));
    return withTransport(response, https);
  }

  if (!isPublic(pathname)) {
    const token = await getToken({ req: request, secret: getAuthEnv().NEXTAUTH_SECRET, secureCookie: https });
    if (!token) {
      const signIn = new URL(SIGN_IN_PATH, request.url);
      signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
      return withTransport(NextResponse.redirect(signIn), https);
    }
    const refused = await refuseBadParameters(request);
    if (refused) {
      refused.headers.set("Content-Security-Policy", staticPagePolicy(BAD_PARAMETERS_STYLE_HASH));
      return withTransport(refused, https);
    }
  }

  const policy = pageContentSecurityPolicy({ nonce: createNonce(), https, development: getSecurityEnv().NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return withTransport(response, https);
}

/** HSTS only over HTTPS: a browser ignores it on plain HTTP, and the demo runs on http://localhost. */
function withTransport<R extends Response>(response: R, https: boolean): R {
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Everything but Next's build output and image optimiser (static, hashed files); the fixed
  // security headers reach those through next.config.ts.
  // The import upload (POST /api/imports, up to 512 MB) is left out: the proxy would get a copy of
  // its body cut at proxyClientMaxBodySize (next.config.ts), and the route checks the Origin, the
  // session and its headers itself (app/api/imports/route.ts).
  matcher: ["/((?!_next/static/|_next/image|api/imports$).*)"],
};
