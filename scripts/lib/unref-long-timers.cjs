// Preloaded into the Prisma CLI by our scripts. Prisma 6.19's WebAssembly schema engine leaves a
// 10-second (deploy) / 60-second (migrate dev) timer running after its work is done, which keeps
// the CLI alive that long after printing its result. Unreferenced, such a timer still fires if the
// process is still busy, but no longer holds the process open.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = function setTimeoutUnrefLong(callback, ms, ...args) {
  const timer = originalSetTimeout(callback, ms, ...args);
  if (typeof ms === "number" && ms >= 10_000 && typeof timer?.unref === "function") timer.unref();
  return timer;
};
