// The client's address for the audit log and the sign-in throttle: from X-Forwarded-For, read as
// lib/security/trusted-proxy.ts says (only the configured proxies may name the client; anything
// a client writes there itself is ignored). A hint for investigations, never an access decision.
import { getSecurityEnv } from "@/lib/env";
import { clientAddress, trustedProxies, type TrustedProxies } from "@/lib/security/trusted-proxy";

let trusted: TrustedProxies | undefined;

export function clientIp(header: (name: string) => string | null | undefined): string | null {
  trusted ??= trustedProxies(getSecurityEnv().TRUSTED_PROXIES);
  return clientAddress(header("x-forwarded-for"), trusted);
}
