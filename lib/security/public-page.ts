// Where proxy.ts sends a request for the public page (issue 21): /cong-khai (the latest month), the
// old /cong-khai?ky=<period> links and /cong-khai/<period> all reach the one cached route
// app/cong-khai/[ky], with no query, so that each period is one cache entry. Anything that is not a
// period key goes to a single "not found" entry: made-up paths cannot grow the cache.
export const PUBLIC_PAGE_PATH = "/cong-khai";
export const LATEST_PUBLIC_PERIOD = "moi-nhat";
const NOT_A_PERIOD = "khong-co";
/** 2026-W47, 2026-11, 2026-Q4, 2026 (years 2000–2099), or the latest month. */
const PUBLIC_PERIOD = /^(?:20\d{2}(?:-W\d{2}|-\d{2}|-Q[1-4])?|moi-nhat)$/;

/** The cached route of a public page request, or null when the path is not the public page's. */
export function publicPageRoute(path: string, search: URLSearchParams): string | null {
  if (path !== PUBLIC_PAGE_PATH && !path.startsWith(`${PUBLIC_PAGE_PATH}/`)) return null;
  const ky = path === PUBLIC_PAGE_PATH ? (search.get("ky") ?? LATEST_PUBLIC_PERIOD) : path.slice(PUBLIC_PAGE_PATH.length + 1);
  return `${PUBLIC_PAGE_PATH}/${PUBLIC_PERIOD.test(ky) ? ky : NOT_A_PERIOD}`;
}
