// The public page's addresses (issue 21). The page itself is the cached route app/cong-khai/[ky]
// (one cache entry per period). next.config.ts rewrites /cong-khai (the latest month) and the old
// /cong-khai?ky=<period> links to it inside the server; proxy.ts sends a path that names no period
// to one "not found" entry, so that made-up paths cannot grow the cache. (A rewrite from proxy.ts
// would be taken as one to another origin when the server is bound to 127.0.0.1, and proxied back
// to itself over HTTP: the config's rewrites are internal.)
export const PUBLIC_PAGE_PATH = "/cong-khai";
/** The English page (issue 23): /cong-khai/en/<period>, its own cache entry per period. */
export const PUBLIC_PAGE_EN_PATH = "/cong-khai/en";
export const LATEST_PUBLIC_PERIOD = "moi-nhat";
export const NOT_A_PUBLIC_PERIOD = "khong-co";
/** 2026-W47, 2026-11, 2026-Q4, 2026 (years 2000–2099). */
export const PUBLIC_PERIOD_PATTERN = "20\\d{2}(?:-W\\d{2}|-\\d{2}|-Q[1-4])?";
const SEGMENT = new RegExp(`^(?:${PUBLIC_PERIOD_PATTERN}|${LATEST_PUBLIC_PERIOD}|${NOT_A_PUBLIC_PERIOD})$`);

export const isPublicPage = (path: string) => path === PUBLIC_PAGE_PATH || path.startsWith(`${PUBLIC_PAGE_PATH}/`);

/** The page of `period` (a period key or LATEST_PUBLIC_PERIOD) in `locale`. */
export function publicPagePath(locale: "vi" | "en", period: string): string {
  return `${locale === "en" ? PUBLIC_PAGE_EN_PATH : PUBLIC_PAGE_PATH}/${period}`;
}

/** Where a public page path must go instead (its language's one not-found entry), or null when it may be served as it is. */
export function publicPageRedirect(path: string): string | null {
  if (path === PUBLIC_PAGE_EN_PATH) return null;
  const base = path.startsWith(`${PUBLIC_PAGE_EN_PATH}/`) ? PUBLIC_PAGE_EN_PATH : PUBLIC_PAGE_PATH;
  if (!path.startsWith(`${base}/`)) return null;
  return SEGMENT.test(path.slice(base.length + 1)) ? null : `${base}/${NOT_A_PUBLIC_PERIOD}`;
}

/** next.config.ts rewrites: ?ky=<period> to its route, any other ?ky= to the not-found entry, the bare paths (each language's) to the latest month. */
export const PUBLIC_PAGE_REWRITES = [
  { source: PUBLIC_PAGE_PATH, has: [{ type: "query" as const, key: "ky", value: `(?<ky>${PUBLIC_PERIOD_PATTERN})` }], destination: `${PUBLIC_PAGE_PATH}/:ky` },
  { source: PUBLIC_PAGE_PATH, has: [{ type: "query" as const, key: "ky" }], destination: `${PUBLIC_PAGE_PATH}/${NOT_A_PUBLIC_PERIOD}` },
  { source: PUBLIC_PAGE_PATH, destination: `${PUBLIC_PAGE_PATH}/${LATEST_PUBLIC_PERIOD}` },
  { source: PUBLIC_PAGE_EN_PATH, destination: `${PUBLIC_PAGE_EN_PATH}/${LATEST_PUBLIC_PERIOD}` },
];
