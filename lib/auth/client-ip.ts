// The client's address for the audit log. Behind the province's reverse proxy the first
// X-Forwarded-For entry is the client; without a proxy the header can be forged, so the value
// is a hint for investigations, never an access decision.
export function clientIp(header: (name: string) => string | null | undefined): string | null {
  const forwarded = header("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded.slice(0, 64);
  const real = header("x-real-ip")?.trim();
  return real ? real.slice(0, 64) : null;
}
