// The largest /api/v1 request body, in a module of its own with no imports: next.config.ts reads it
// too, so that the copy of the body Next.js makes for proxy.ts is never cut below it.
export const MAX_API_BODY_BYTES = 16 * 1024 * 1024;
