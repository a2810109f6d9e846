// Runs once when the server starts, before it handles a request (Next.js instrumentation hook):
// installs the guard that keeps clients from speaking as the reverse proxy
// (lib/security/forwarded-guard.ts). Also checks TRUSTED_PROXIES, so a wrong value stops start-up.
export async function register(): Promise<void> {
  // The guard needs Node's http server, which the edge runtime does not have. NEXT_RUNTIME is the
  // constant Next.js compiles in per runtime (its documented idiom), not configuration.
  // eslint-disable-next-line no-restricted-properties -- a build-time constant, see above
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ getSecurityEnv }, { trustedProxies }, { installForwardedGuard }] = await Promise.all([
    import("@/lib/env"),
    import("@/lib/security/trusted-proxy"),
    import("@/lib/security/forwarded-guard"),
  ]);
  installForwardedGuard(trustedProxies(getSecurityEnv().TRUSTED_PROXIES));
}
