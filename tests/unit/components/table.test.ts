// The shared Table as a reader meets it: caption, column and row headers, numeric columns aligned
// and tabular, the sort on the current column (aria-sort, a link per sortable header), a row for
// "nothing to show", the footer's total, and the data-* attributes the pages' tests rely on.
import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderIntl } from "@/tests/support/intl";
import { describe, expect, it } from "vitest";
import { CellLink, Table, type Column } from "@/components/ui/table";

type Row = { id: number; name: string; count: number };

const columns: Column<Row>[] = [
  { key: "name", header: "Cơ quan", rowHeader: true, sortable: true, footer: "Tổng", cell: (row) => CellLink({ href: `/agencies/${row.id}`, children: row.name }) },
  { key: "count", header: "Số hồ sơ", numeric: true, sortable: true, footer: "3.761.706", cellData: (row) => ({ "data-testid": `count-${row.id}` }), cell: (row) => row.count },
  { key: "note", header: "Ghi chú", cell: () => "" },
];

const render = (rows: Row[], extra: Record<string, unknown> = {}) =>
  renderIntl(
    createElement(Table<Row>, {
      caption: "Hồ sơ theo cơ quan",
      columns,
      rows,
      rowKey: (row: Row) => row.id,
      rowProps: (row: Row) => ({ "data-key": row.id, className: row.count > 5 ? "bg-accent-100" : undefined }),
      sort: { key: "count", dir: "desc", href: (key: string) => `/dossiers?sort=${key}` },
      empty: "Không có hồ sơ",
      testId: "drill",
      ...extra,
    }),
  );

describe("Table", () => {
  const html = render([{ id: 1, name: "Sở Tư pháp", count: 7 }, { id: 2, name: "Sở Y tế", count: 2 }]);

  it("names itself and its columns, and heads each row", () => {
    expect(html).toContain('<caption class="sr-only">Hồ sơ theo cơ quan</caption>');
    expect(html.match(/<th scope="col"/g)).toHaveLength(3);
    expect(html).toContain('<th scope="row" class="cell-h"><a class="cell-a" href="/agencies/1">Sở Tư pháp</a></th>');
  });

  it("aligns figures right in tabular digits, through short classes the stylesheet defines once", () => {
    expect(html).toContain('<td class="cell-n" data-testid="count-1">7</td>');
    expect(html).toContain('<td class="cell"></td>');
    // the column's name is on its header only (a test finds the column's index there)
    expect(html).toContain('<th scope="col" data-column="count" class="cell-n font-semibold" aria-sort="descending">');
    expect(html.match(/data-column=/g)).toHaveLength(3);
    // a plain cell carries no scope attribute at all (an undefined one still costs payload bytes)
    expect(html.match(/<td[^>]* scope=/g)).toBeNull();
    const css = readFileSync("app/globals.css", "utf8");
    for (const [name, rule] of [["cell-n", "px-3 py-2 text-right tabular-nums"], ["cell-h", "min-w-32 px-3 py-2 text-left font-medium sm:min-w-0"], ["cell", "px-3 py-2 text-left"], ["cell-a", "text-brand-700 underline"]]) {
      expect(css).toContain(`.${name} {\n    @apply ${rule};`);
    }
  });

  it("marks the current sort and links every sortable header", () => {
    expect(html).toContain('aria-sort="descending"');
    expect(html.match(/aria-sort=/g)).toHaveLength(1);
    expect(html).toContain('href="/dossiers?sort=name"');
    expect(html).toContain('data-testid="sort-count"');
    expect(html).toContain("(Sắp xếp theo Số hồ sơ, giảm dần)");
    expect(html).not.toContain('data-testid="sort-note"');
  });

  it("carries the rows' attributes and the footer's total", () => {
    expect(html).toContain('<tr class="bg-accent-100" data-key="1">');
    expect(html).toContain('<tr data-key="2">');
    expect(html).toMatch(/<tfoot[^>]*><tr><th scope="row"[^>]*>Tổng<\/th><td[^>]*>3\.761\.706<\/td>/);
  });

  it("keeps its headers and says so when there is nothing to show", () => {
    const empty = render([]);
    expect(empty).toContain('<td colSpan="3" class="px-3 py-4 text-center text-muted">Không có hồ sơ</td>');
    expect(empty.match(/<th scope="col"/g)).toHaveLength(3);
  });

  it("scrolls in a named, focusable region with a sticky header when it is tall", () => {
    const tall = render([{ id: 1, name: "A", count: 1 }], { maxHeight: "max-h-96" });
    expect(tall).toMatch(/<div class="relative overflow-auto [^"]*max-h-96[^"]*" tabindex="0" role="region" aria-label="Hồ sơ theo cơ quan">/);
    expect(tall).toContain('<thead class="bg-brand-50 text-brand-900 sticky top-0">');
  });
});
