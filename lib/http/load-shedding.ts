// Graceful shedding under overload (issue 19). Node answers every request it has accepted by
// interleaving them, so under a crowd each one's wait grows with the crowd (measured: 200 viewers,
// p50 7–26 s, time-outs). Past MAX_IN_FLIGHT requests in progress, a process answers new ones at
// once with 503 and Retry-After — JSON {code: "BUSY", message} for /api, a small page that reloads
// itself for the rest — before Next.js does any work for them. Static files are never shed.
//
// Installed from instrumentation.ts like the forwarded-header guard: on the first request Node
// announces ("http.server.request.start", published before the server's "request" event), the
// server's own request listener (Next's) is wrapped once.
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { RETRY_AFTER_SECONDS } from "@/lib/errors/codes";
import { answerLocale } from "@/lib/http/answer-locale";
import { wordsOf } from "@/lib/notifications/words";

type RequestStart = { request: IncomingMessage; response: ServerResponse; server: Server };
type Listener = (request: IncomingMessage, response: ServerResponse) => void;

const RETRY_AFTER = RETRY_AFTER_SECONDS.BUSY;

/** Whether a request may be shed: not Next's static assets (a page already shed would not render). */
export function sheddable(url: string | undefined): boolean {
  return !(url ?? "/").startsWith("/_next/static/");
}

type Header = (name: string) => string | null | undefined;

/** The 503 a shed request gets, in its reader's language (lib/http/answer-locale.ts); exported for tests. */
export function busyResponse(url: string | undefined, header: Header = () => undefined): { headers: Record<string, string>; body: string } {
  const api = (url ?? "/").startsWith("/api/");
  const locale = answerLocale(url, header);
  const { t } = wordsOf(locale);
  const headers = { "retry-after": String(RETRY_AFTER), "cache-control": "no-store" };
  if (api) {
    return {
      headers: { ...headers, "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({ code: "BUSY", message: t("load.busy.api", { seconds: RETRY_AFTER }) }),
    };
  }
  const title = t("load.busy.title");
  const body =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="refresh" content="${RETRY_AFTER}"><title>${title}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1e293b">` +
    `<h1 style="font-size:1.5rem">${title}</h1><p>${t("load.busy.body", { seconds: RETRY_AFTER })}</p></body></html>`;
  return { headers: { ...headers, "content-type": "text/html; charset=utf-8" }, body };
}

/** Counts requests in progress and sheds past `maxInFlight`; returns the wrapped listener. */
export function shedding(maxInFlight: number, next: Listener, onShed: () => void = () => {}): Listener & { inFlight(): number } {
  let inFlight = 0;
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    if (inFlight >= maxInFlight && sheddable(request.url)) {
      onShed();
      const { headers, body } = busyResponse(request.url, (name) => {
        const value = request.headers[name];
        return Array.isArray(value) ? value.join(", ") : value;
      });
      response.writeHead(503, headers).end(body);
      return;
    }
    inFlight += 1;
    response.once("close", () => {
      inFlight -= 1;
    });
    next(request, response);
  };
  return Object.assign(listener, { inFlight: () => inFlight });
}

const installed = Symbol.for("cchc.loadShedding");

export function installLoadShedding(maxInFlight: number): void {
  const process = globalThis as typeof globalThis & { [installed]?: boolean };
  if (maxInFlight === 0 || process[installed]) return;
  process[installed] = true;
  const wrapped = new WeakSet<Server>();
  let shed = 0;
  subscribe("http.server.request.start", (message) => {
    const { server } = message as RequestStart;
    if (!server || wrapped.has(server)) return;
    wrapped.add(server);
    const listeners = server.listeners("request") as Listener[];
    server.removeAllListeners("request");
    const next: Listener = (request, response) => {
      for (const original of listeners) original.call(server, request, response);
    };
    // one line a second at most: an overload must not also flood the log
    let lastLog = 0;
    server.on("request", shedding(maxInFlight, next, () => {
      shed += 1;
      if (Date.now() - lastLog > 1_000) {
        lastLog = Date.now();
        console.warn(`[load] ${shed} requests answered 503 so far (over ${maxInFlight} in progress)`);
      }
    }));
  });
}
