// Where to go after signing in. Only a path on this site: an absolute or protocol-relative URL
// in ?callbackUrl= would make the sign-in page an open redirect. Browsers drop tabs and line
// breaks from URLs and read "\" as "/", so "/\t/evil.example" and "/\\evil.example" both mean
// "//evil.example"; a line break in a Location header is a server error. The value is therefore
// resolved as a browser would, against a placeholder origin, and kept only when it stays there.
/** Where a signed-in viewer starts: app/(app)/start redirects to the role's own start page. */
export const START_PATH = "/start";

const PLACEHOLDER_ORIGIN = "https://callback.invalid";
const MAX_LENGTH = 2048;

function isSignInPath(pathname: string): boolean {
  return pathname === "/sign-in" || pathname.startsWith("/sign-in/");
}

export function safeCallbackPath(value: unknown, fallback = START_PATH): string {
  if (typeof value !== "string" || value === "" || value.length > MAX_LENGTH) return fallback;
  // Control characters (tab, CR, LF, NUL, …), backslashes and spaces are never part of a link
  // this site makes; refusing them outright is simpler than predicting every parser.
  if (!value.startsWith("/") || /[\u0000-\u0020\u007f-\u009f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN || url.username !== "" || url.password !== "") return fallback;
  // "//" after normalisation would still be read as another host by the next parser.
  if (url.pathname.startsWith("//")) return fallback;
  // The sign-in page itself would loop.
  if (isSignInPath(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
