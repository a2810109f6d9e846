// Runs once when a Next.js server starts, before it handles a request (Next's instrumentation hook).
// On the Node.js runtime it installs the guard that keeps clients from speaking as the reverse proxy
// (lib/security/forwarded-guard.ts; a wrong TRUSTED_PROXIES stops start-up), the load shedding that
// answers a fast 503 past MAX_IN_FLIGHT requests in progress (lib/http/load-shedding.ts), and starts the import
// housekeeping: runs whose server died are failed and their working copies removed, at start and
// then every minute (lib/data/imports/housekeeping.ts).
export async function register(): Promise<void> {
  // The guard needs Node's http server, which the edge runtime does not have. NEXT_RUNTIME is the
  // constant Next.js compiles in per runtime (its documented idiom), not configuration.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ getSecurityEnv }, { trustedProxies }, { installForwardedGuard }, { installLoadShedding }, { startImportHousekeeping }] = await Promise.all([
    import("@/lib/env"),
    import("@/lib/security/trusted-proxy"),
    import("@/lib/security/forwarded-guard"),
    import("@/lib/http/load-shedding"),
    import("@/lib/data/imports/housekeeping"),
  ]);
  const security = getSecurityEnv();
  // subscribed after the guard: a request is stripped of forged headers before anything else
  installForwardedGuard(trustedProxies(security.TRUSTED_PROXIES));
  installLoadShedding(security.MAX_IN_FLIGHT);
  startImportHousekeeping();
}
