// English messages of the tables paged on the server (issue 19); the keys of pager-vi.ts.
import type { pagerVi } from "./pager-vi";

export const pagerEn = {
  "params.pageSize": "must be one of the page sizes: {values}.",
  "pager.label": "Pages: {table}",
  "pager.position": "Page {page}/{pages} · rows {from}–{to} of {total}",
  "pager.previous": "Previous page",
  "pager.next": "Next page",
  "pager.first": "First page",
  "pager.last": "Last page",
  "pager.size": "Rows per page:",
  "pager.sizeCurrent": "{size} (chosen)",
  "scorecard.league.short": "Each group shows its first {count} and last {count} units in the chosen order; the full table is at the link below, in the print and in the Excel file.",
  "scorecard.league.hidden": "… and {count, plural, one {# unit} other {# units}} in the middle of the group (see the full table).",
  "scorecard.league.showAll": "See the whole league table ({count, plural, one {# unit} other {# units}})",
  "scorecard.league.showShort": "Shorten the league table",
} as const satisfies { readonly [Key in keyof typeof pagerVi]: string };
