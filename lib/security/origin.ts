// Cross-site request forgery: a state-changing request that carries the session cookie must come
// from one of this site's own pages. Browsers send Origin with every POST (fetch and forms alike),
// so a request whose Origin is missing, "null" or another site's is refused, as Next.js refuses a
// server action whose Origin does not match the host. The host is the one the client asked for
// (the trusted proxy's X-Forwarded-Host, else Host), or NEXTAUTH_URL's when it is set.
// Machine clients of /api/v1 authenticate with a bearer token, not a cookie, and are not affected.
import { requestHost } from "@/lib/security/trusted-proxy";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/** The host of an Origin header, or null when it is missing, "null" or no URL. */
function originHost(origin: string | null | undefined): string | null {
  if (!origin || origin === "null") return null;
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Whether the request's Origin is this site. `publicUrl` is NEXTAUTH_URL when set. */
export function isSameOrigin(header: (name: string) => string | null | undefined, publicUrl?: string): boolean {
  const host = originHost(header("origin"));
  if (host === null) return false;
  if (host === requestHost(header)) return true;
  return publicUrl !== undefined && originHost(publicUrl) === host;
}
