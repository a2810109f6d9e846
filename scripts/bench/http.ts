// Signed-in HTTP requests against the running server, timed to the last byte of the body.
import { performance } from "node:perf_hooks";

/** The session cookie, and the Origin that state-changing requests must carry (proxy.ts refuses others). */
export type Session = { cookie: string; origin: string };

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(";")[0]!);
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does. */
export async function signIn(baseUrl: string, login: string, password: string): Promise<Session> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfResponse);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, login, password, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`Đăng nhập ${login} thất bại (HTTP ${response.status}).`);
  return { cookie: [...jar, session].join("; "), origin: baseUrl };
}

/** One GET; fails on anything but 200 so that a redirect to the sign-in page is never timed. */
export async function timedGet(url: string, session: Session): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie: session.cookie }, redirect: "manual" });
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return { ms, body };
}

export type Timing = { p50: number; p95: number; n: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), n: sorted.length };
}

/** `warmup` untimed requests, then `n` timed ones, one after another. */
export async function timeRoute(url: string, session: Session, n: number, warmup = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await timedGet(url, session);
  const samples: number[] = [];
  for (let i = 0; i < n; i += 1) samples.push((await timedGet(url, session)).ms);
  return summarise(samples);
}
