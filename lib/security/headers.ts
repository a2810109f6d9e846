// The security headers of every response. next.config.ts sends the fixed ones on every path;
// proxy.ts adds the per-request ones: a Content-Security-Policy with a fresh nonce on pages (Next.js
// reads the nonce from the request's policy and puts it on its own scripts, as its CSP guide
// describes), a policy that allows nothing on API responses, and HSTS when the client came over
// HTTPS. No import of Next or Node here: next.config.ts loads this file as it is.

export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/** Sent with every response (next.config.ts headers()). */
export const STATIC_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // frame-ancestors in the CSP says the same to browsers that read it
  { key: "X-Frame-Options", value: "DENY" },
  // links to other sites carry no path (ids in our URLs are nobody else's business)
  { key: "Referrer-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), display-capture=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** JSON, CSV and file downloads run nothing and may be framed by nobody. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A static page the proxy writes itself (the 400 of bad parameters): no script, its one style by hash. */
export function staticPagePolicy(styleHash: string): string {
  return `default-src 'none'; style-src '${styleHash}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
}

/**
 * The public page's policy (/cong-khai, issue 21): no script may run, so no nonce is needed and the
 * page can be kept rendered for every viewer (a nonce must be fresh per response, which would force a
 * render per view). The page is HTML and a server-drawn SVG; style attributes as on the other pages.
 */
export function publicPagePolicy(https: boolean): string {
  return [
    "default-src 'self'",
    "script-src 'none'",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export type PagePolicyOptions = { nonce: string; https: boolean; development: boolean };

/**
 * The pages' policy. Scripts: only those carrying the nonce, and what they load ('strict-dynamic':
 * Next's chunks and the lazily loaded charts). Styles: the app's own sheets and Next's nonce'd
 * inline styles; style attributes stay allowed (they cannot run code, and server-rendered bars set
 * their width with one). Development adds what React's dev tooling needs (its guide says so).
 */
export function pageContentSecurityPolicy({ nonce, https, development }: PagePolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** 128 random bits, base64: unguessable and fresh for every page request. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
