// Server-side paging of a table held in memory (issue 19): a long table (an agency's procedures,
// the full league) sends one page of rows to the browser, not hundreds. The page and its size are
// in the URL (`?page=3&size=50`, read by pagerFields of lib/validations/search-params), so a page
// is a link that works without JavaScript; sorting stays on the server, before the slice.

/** The sizes a reader may choose; the first is the default. */
export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = PAGE_SIZES[0];

export type Paging = { page: number; size: PageSize };
export const FIRST_PAGE: Paging = { page: 1, size: DEFAULT_PAGE_SIZE };

export type PageSlice<Row> = {
  rows: Row[];
  /** the page shown: the one asked, or the last when the table has since become shorter */
  page: number;
  pages: number;
  size: PageSize;
  total: number;
  /** 1-based positions of the first and the last row shown (0 and 0 for an empty table) */
  from: number;
  to: number;
};

/** The rows of page `paging.page`; a page past the end shows the last one (a bookmarked page of a list that shrank). */
export function pageSlice<Row>(rows: readonly Row[], paging: Paging): PageSlice<Row> {
  const { size } = paging;
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const page = Math.min(Math.max(1, paging.page), pages);
  const start = (page - 1) * size;
  const slice = rows.slice(start, start + size);
  return { rows: slice, page, pages, size, total: rows.length, from: slice.length === 0 ? 0 : start + 1, to: start + slice.length };
}

/** The URL parameters of `paging`, without the defaults (page 1, the default size). */
export function pagingSearch(paging: Paging): Record<string, string | undefined> {
  return { page: paging.page > 1 ? String(paging.page) : undefined, size: paging.size !== DEFAULT_PAGE_SIZE ? String(paging.size) : undefined };
}
