// Strips the forwarded headers (X-Forwarded-For, -Proto, -Host, -Port, X-Real-IP, Forwarded) from
// every request whose TCP peer is not a trusted proxy, before Next.js sees the request. Next.js
// keeps an X-Forwarded-For it receives and adds the socket's address only when there is none, so
// without this a client talking to the app directly could name any address (audit log, sign-in
// throttle) or claim HTTPS. Node publishes "http.server.request.start" synchronously before the
// server's "request" event, so the headers are gone before any of Next's code runs.
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import type { TrustedProxies } from "@/lib/security/trusted-proxy";

export const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-real-ip", "forwarded"] as const;

type RequestStart = { request: IncomingMessage; socket: Socket };

/** Removes the forwarded headers unless `peer` is a trusted proxy; exported for tests. */
export function guardRequest(request: IncomingMessage, peer: string | undefined, trusted: TrustedProxies): void {
  if (peer !== undefined && trusted.has(peer)) return;
  for (const name of FORWARDED_HEADERS) delete request.headers[name];
}

const installed = Symbol.for("cchc.forwardedGuard");

/** Subscribes once per process (instrumentation's register() may run more than once in development). */
export function installForwardedGuard(trusted: TrustedProxies): void {
  const process = globalThis as typeof globalThis & { [installed]?: boolean };
  if (process[installed]) return;
  process[installed] = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as RequestStart;
    guardRequest(request, socket.remoteAddress, trusted);
  });
}
