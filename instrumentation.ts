// Runs once when a Next.js server starts, before it handles a request (Next's instrumentation hook).
// On the Node.js runtime it installs the guard that keeps clients from speaking as the reverse proxy
// (lib/security/forwarded-guard.ts; a wrong TRUSTED_PROXIES stops start-up), the load shedding that
// answers a fast 503 past MAX_IN_FLIGHT requests in progress (lib/http/load-shedding.ts), and starts the import
// housekeeping: runs whose server died are failed and their working copies removed, at start and
// then every minute (lib/data/imports/housekeeping.ts). Unless JOBS_WORKER=off it also runs the job
// worker of notifications and digests (lib/db/app-worker.ts); several processes may, the queue gives
// each job to one.
export async function register(): Promise<void> {
  // The guard needs Node's http server, which the edge runtime does not have. NEXT_RUNTIME is the
  // constant Next.js compiles in per runtime (its documented idiom), not configuration.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ getSecurityEnv, getMailEnv }, { trustedProxies }, { installForwardedGuard }, { installLoadShedding }, { startImportHousekeeping }, { startAppWorker }] = await Promise.all([
    import("@/lib/env"),
    import("@/lib/security/trusted-proxy"),
    import("@/lib/security/forwarded-guard"),
    import("@/lib/http/load-shedding"),
    import("@/lib/data/imports/housekeeping"),
    import("@/lib/db/app-worker"),
  ]);
  const security = getSecurityEnv();
  // subscribed after the guard: a request is stripped of forged headers before anything else
  installForwardedGuard(trustedProxies(security.TRUSTED_PROXIES));
  installLoadShedding(security.MAX_IN_FLIGHT);
  startImportHousekeeping();
  if (getMailEnv().worker) {
    // a database that is not up yet must not stop the server: the pages answer 503 meanwhile
    startAppWorker().catch((error: unknown) => console.error(`[jobs] the worker did not start: ${error instanceof Error ? error.message : String(error)}`));
  }
}
