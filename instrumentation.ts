// Runs once when a Next.js server starts (Next's instrumentation hook). On the Node.js runtime it
// starts the import housekeeping: runs whose server died are failed and their working copies
// removed, at start and then every minute (lib/data/imports/housekeeping.ts). NEXT_RUNTIME is set by
// Next itself for this very check, not configuration (lib/env.ts reads the rest).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startImportHousekeeping } = await import("@/lib/data/imports/housekeeping");
  startImportHousekeeping();
}
