// Who is the client, and did it use HTTPS? Behind the province's reverse proxy (nginx) the TCP
// peer is the proxy, and only the proxy can say who the client was and whether it came over
// HTTPS. Any client can send X-Forwarded-For itself, so the headers count only when they came
// from a configured proxy (TRUSTED_PROXIES, lib/env.ts). lib/security/forwarded-guard.ts strips
// them from every request whose peer is not trusted, before Next.js reads them; Next then fills
// X-Forwarded-For with the real peer and X-Forwarded-Proto from the socket. What reaches the app
// can therefore be read with the rules below.
import { BlockList, isIP } from "node:net";

/** An IPv4-mapped IPv6 address ("::ffff:127.0.0.1") as the IPv4 address it is. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

export type TrustedProxies = { has(address: string): boolean };

/** The configured proxies (IP addresses or CIDR ranges, both families). */
export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split("/") as [string, string | undefined];
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(normaliseAddress(address), family);
    else list.addSubnet(address, Number(bits), family);
  }
  return {
    has(address: string) {
      const normal = normaliseAddress(address);
      const family = isIP(normal);
      if (family === 0) return false;
      return list.check(normal, family === 6 ? "ipv6" : "ipv4");
    },
  };
}

/**
 * The client's address from X-Forwarded-For as the app receives it: walking from the right (the
 * entry the nearest proxy added), past every trusted proxy, the first other address is the client.
 * Entries to its left were written by the client and are ignored. Null when there is none.
 */
export function clientAddress(forwardedFor: string | null | undefined, trusted: TrustedProxies): string | null {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((entry) => normaliseAddress(entry))
    .filter((entry) => isIP(entry) !== 0);
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = hops[i]!;
    if (!trusted.has(hop) || i === 0) return hop.slice(0, 64);
  }
  return null;
}

/** The first value of a comma-separated forwarded header ("https, http" → "https"). */
export function firstForwarded(value: string | null | undefined): string | null {
  const first = value?.split(",")[0]?.trim();
  return first ? first : null;
}

/** Whether the client reached the site over HTTPS (the trusted proxy's X-Forwarded-Proto, else the socket's). */
export function isHttps(header: (name: string) => string | null | undefined): boolean {
  return firstForwarded(header("x-forwarded-proto"))?.toLowerCase() === "https";
}

/** The host the client asked for: the trusted proxy's X-Forwarded-Host, else Host. */
export function requestHost(header: (name: string) => string | null | undefined): string | null {
  return (firstForwarded(header("x-forwarded-host")) ?? firstForwarded(header("host")))?.toLowerCase() ?? null;
}
