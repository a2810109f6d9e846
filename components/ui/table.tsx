// The app's one data table (issue 24): every list of rows renders through it, so that headers,
// row headers, numeric columns, sorting, captions, empty states and scrolling read the same
// everywhere. No "use client": server and client components both use it (its few words come from
// next-intl's "table" and "common" namespaces, which the layout gives every page's client components).
//
//   <Table
//     caption={t("tasks.byAgency.heading")}           // for screen readers; captionVisible shows it
//     rows={rows}
//     rowKey={(row) => row.agencyId}
//     columns={[
//       { key: "agency", header: t("tasks.col.agency"), rowHeader: true, cell: (row) => <Link href={…}>{row.agencyName}</Link> },
//       { key: "assigned", header: t("tasks.assigned"), numeric: true, sortable: true, cell: (row) => formatNumber(row.assigned) },
//     ]}
//     sort={{ key: "assigned", dir: "desc", href: (key) => `?sort=${key}` }}  // sortable headers link there
//     empty={t("tasks.none")}                        // the one row shown when `rows` is empty
//     testId="tasks-by-agency"
//   />
//
// Column<Row>:
//   key        stable name: the header cell carries it as data-column (a test finds a column's
//              index there), and it is the sort key. Body cells carry no copy of it: on a long
//              table that copy weighed a tenth of the page (issue 19); cellData adds one where needed
//   header     the header cell's content (headerHidden: read by screen readers only)
//   cell       (row, index) => the cell's content
//   numeric    right-aligned with tabular figures (counts, rates, scores, amounts)
//   rowHeader  the column's cells are the rows' headers (<th scope="row">); usually the first
//   sortable   the header is a link to `sort.href(key)`, with aria-sort on the current column
//   footer     this column's cell in the footer row (a total); the row appears when a column has one
//   className  classes added to the column's cells: a string, or a function of the row
//   cellData   data-* attributes of a cell (e.g. data-testid), a function of the row
// Table props besides: rowProps(row) for a row's className and data-* attributes, footerProps for
// the footer row's, density "compact" (the heat map), maxHeight (a scrolling, keyboard-focusable
// region with a sticky header, e.g. "max-h-[36rem]"), framed false inside a disclosure,
// tableClassName (e.g. a min-w-…), testId on the <table>.
import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

export type DataAttributes = { [name: `data-${string}`]: string | number | undefined };
export type RowAttributes = DataAttributes & { className?: string };

export type Column<Row> = {
  key: string;
  header: ReactNode;
  headerHidden?: boolean;
  cell: (row: Row, index: number) => ReactNode;
  numeric?: boolean;
  rowHeader?: boolean;
  sortable?: boolean;
  footer?: ReactNode;
  className?: string | ((row: Row) => string | undefined);
  cellData?: (row: Row) => DataAttributes;
};

export type TableSort = {
  key: string;
  dir: "asc" | "desc";
  /** the URL of the page sorted by `key` (the caller decides the direction a click asks for) */
  href: (key: string) => string;
};

type TableProps<Row> = {
  caption: string;
  captionVisible?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  rowProps?: (row: Row, index: number) => RowAttributes;
  footerProps?: RowAttributes;
  sort?: TableSort;
  empty?: ReactNode;
  density?: "normal" | "compact";
  maxHeight?: string;
  framed?: boolean;
  tableClassName?: string;
  testId?: string;
};

// The cells' classes are defined once in app/globals.css (cell, cell-n, cell-h; `compact` on the
// table narrows their padding): a long table repeats a short name per cell, not a utility string.
const cellBase = (column: { numeric?: boolean; rowHeader?: boolean }) => (column.rowHeader ? "cell-h" : column.numeric ? "cell-n" : "cell");
// a row header's `scope`, and nothing at all on a plain cell (an undefined prop still costs the payload bytes)
const scopeOf = (column: { rowHeader?: boolean }) => (column.rowHeader ? { scope: "row" } : {});

const join = (...classes: (string | false | undefined)[]) => classes.filter(Boolean).join(" ");

function SortLink({ column, sort }: { column: Column<unknown>; sort: TableSort }) {
  const t = useTranslations("table");
  const active = sort.key === column.key;
  const label = typeof column.header === "string" ? column.header : column.key;
  return (
    <Link href={sort.href(column.key)} className="sort-a" data-testid={`sort-${column.key}`}>
      {column.header}
      {active ? <span aria-hidden="true">{sort.dir === "asc" ? " ▲" : " ▼"}</span> : null}
      <span className="sr-only">
        {` (${t("sortBy", { column: label })}${active ? `, ${t(sort.dir === "asc" ? "ascending" : "descending")}` : ""})`}
      </span>
    </Link>
  );
}

/** The link of a cell (a row's name leading to its page), in the tables' one link style. */
export function CellLink({ href, label, children }: { href: string; label?: string; children: ReactNode }) {
  return (
    <Link href={href} {...(label ? { "aria-label": label } : {})} className="cell-a">
      {children}
    </Link>
  );
}

export function Table<Row>(props: TableProps<Row>) {
  const t = useTranslations("common");
  const { columns, rows, sort, density = "normal", framed = true } = props;
  const cellClass = (column: Column<Row>, row: Row) => join(cellBase(column), typeof column.className === "function" ? column.className(row) : column.className);
  const hasFooter = columns.some((column) => column.footer !== undefined);
  const scrolls = props.maxHeight !== undefined;

  const table = (
    <table className={join("min-w-full", density === "compact" ? "compact text-xs" : "text-sm", props.tableClassName)} data-testid={props.testId}>
      <caption className={props.captionVisible ? "px-3 py-2 text-left font-semibold text-brand-900" : "sr-only"}>{props.caption}</caption>
      <thead className={join("bg-brand-50 text-brand-900", scrolls && "sticky top-0")}>
        <tr>
          {columns.map((column) => {
            const active = sort?.key === column.key;
            return (
              <th
                key={column.key}
                scope="col"
                data-column={column.key}
                className={join(column.numeric ? "cell-n" : "cell", "font-semibold")}
                {...(column.sortable && active ? { "aria-sort": sort.dir === "asc" ? "ascending" : "descending" } : {})}
              >
                {column.headerHidden ? <span className="sr-only">{column.header}</span> : null}
                {!column.headerHidden && column.sortable && sort ? <SortLink column={column as Column<unknown>} sort={sort} /> : null}
                {!column.headerHidden && !(column.sortable && sort) ? column.header : null}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length} className="px-3 py-4 text-center text-muted">
              {props.empty ?? t("noData")}
            </td>
          </tr>
        ) : null}
        {rows.map((row, index) => {
          const { className, ...data } = props.rowProps?.(row, index) ?? {};
          return (
            <tr key={props.rowKey(row, index)} {...(className ? { className } : {})} {...data}>
              {columns.map((column, i) => {
                const Cell = column.rowHeader ? "th" : "td";
                return (
                  // the column's place as its key: shorter in the payload than its name, and as stable
                  <Cell
                    key={i}
                    {...scopeOf(column)}
                    className={cellClass(column, row)}
                    {...column.cellData?.(row)}
                  >
                    {column.cell(row, index)}
                  </Cell>
                );
              })}
            </tr>
          );
        })}
      </tbody>
      {hasFooter ? (
        <tfoot className="border-t-2 border-border bg-brand-50/50 font-semibold">
          <tr {...props.footerProps}>
            {columns.map((column) => {
              const Cell = column.rowHeader ? "th" : "td";
              return (
                <Cell key={column.key} {...scopeOf(column)} className={column.numeric ? "cell-n" : "cell"}>
                  {column.footer}
                </Cell>
              );
            })}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );

  const frame = framed ? "rounded-lg border border-border bg-surface shadow-sm" : undefined;
  // relative: the headers' screen-reader text (absolutely placed) stays inside the scrolling box,
  // instead of widening the page on a phone
  if (!scrolls) return <div className={join("relative overflow-x-auto", frame)}>{table}</div>;
  // a scrolling box must be reachable by keyboard, and named, to be scrolled without a mouse
  return (
    <div className={join("relative overflow-auto print:max-h-none print:overflow-visible", props.maxHeight, frame)} tabIndex={0} role="region" aria-label={props.caption}>
      {table}
    </div>
  );
}
