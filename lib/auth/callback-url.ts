// Where to go after signing in. Only a path on this site: an absolute or protocol-relative URL
// in ?callbackUrl= would make the sign-in page an open redirect.
/** Where a signed-in viewer starts: app/(app)/start redirects to the role's own start page. */
export const START_PATH = "/start";

export function safeCallbackPath(value: unknown, fallback = START_PATH): string {
  if (typeof value !== "string" || value === "") return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // The sign-in page itself would loop.
  if (value === "/sign-in" || value.startsWith("/sign-in?") || value.startsWith("/sign-in/")) return fallback;
  return value;
}
