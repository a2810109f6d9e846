// HTTP clients of the security suite: signed-in sessions of each role (next-auth's own CSRF token
// and credentials endpoint, no browser), anonymous visitors, and requests that arrive through the
// "province's reverse proxy" — 127.0.0.2, which scripts/test.ts lists in TRUSTED_PROXIES — so that
// X-Forwarded-For and X-Forwarded-Proto count, while the same headers from 127.0.0.1 do not.
import { request as httpRequest } from "node:http";
import { expect, request, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo/organisation";
import { sessionFile } from "../../support/session";

export const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100";
export const TRUSTED_PROXY = process.env.E2E_TRUSTED_PROXY ?? "127.0.0.2";

/** The demo users the suite signs in as; syte is left alone (the sign-in spec locks it). */
export const ROLE_LOGINS = { LEADER: "lanhdao", HOME_AFFAIRS: "sonoivu", AGENCY: "stuphap", INSPECTOR: "thanhtra", ADMIN: "quantri" } as const;
export type RoleName = keyof typeof ROLE_LOGINS;

export type Client = { label: string; ctx: APIRequestContext };

/** A browser-like client: same-origin Origin on every request, cookies kept. */
export async function anonymous(label = "anonymous"): Promise<Client> {
  const ctx = await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { origin: BASE_URL } });
  return { label, ctx };
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does. */
export async function signedIn(login: string, password = DEMO_PASSWORD): Promise<Client> {
  const client = await anonymous(login);
  const { csrfToken } = (await (await client.ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await client.ctx.post("/api/auth/callback/credentials", {
    form: { login, password, csrfToken, json: "true", callbackUrl: "/" },
  });
  expect(response.status(), `sign-in of ${login}`).toBe(200);
  const session = (await (await client.ctx.get("/api/auth/session")).json()) as { user?: { userId?: number } };
  expect(session.user?.userId, `session of ${login}`).toEqual(expect.any(Number));
  return client;
}

/** The session the setup project saved for `login` (tests/e2e/support/session.ts), checked live: no new bcrypt sign-in. */
export async function savedSession(login: (typeof ROLE_LOGINS)[RoleName]): Promise<Client> {
  const ctx = await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { origin: BASE_URL }, storageState: sessionFile(login) });
  const session = (await (await ctx.get("/api/auth/session")).json()) as { user?: { userId?: number } };
  expect(session.user?.userId, `saved session of ${login}`).toEqual(expect.any(Number));
  return { label: login, ctx };
}

/** Every role's client, signed in once per run by the setup project (five bcrypt sign-ins per spec file saved). */
export async function signInEveryRole(): Promise<Record<RoleName, Client>> {
  const entries = await Promise.all((Object.entries(ROLE_LOGINS) as [RoleName, (typeof ROLE_LOGINS)[RoleName]][]).map(async ([role, login]) => [role, await savedSession(login)] as const));
  return Object.fromEntries(entries) as Record<RoleName, Client>;
}

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A request sent from the trusted proxy's address, with whatever forwarded headers it claims. */
export function viaProxy(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  const url = new URL(path, BASE_URL);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: options.method ?? "GET", headers: options.headers, localAddress: TRUSTED_PROXY },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** The cookie header of a client's session, to replay it from elsewhere. */
export async function cookieHeader(client: Client): Promise<string> {
  const { cookies } = await client.ctx.storageState();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}
