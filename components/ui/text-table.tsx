"use client";
// A table of text cells drawn on the client from compact rows (issue 19): the server formats every
// cell and sends a row as an array of strings, the row's key first; this component draws the
// app's one <Table> from them (server-rendered too, so the page reads the same without
// JavaScript). The RSC payload then carries the strings once instead of an element tree per cell.
import { CellLink, Table } from "@/components/ui/table";
import { unpackAffix, type Affixed, type TextColumn, type TextRow } from "@/lib/ui/compact-rows";

export type { TextColumn, TextRow };

type Props = {
  caption: string;
  columns: TextColumn[];
  rows: TextRow[];
  empty?: string;
  maxHeight?: string;
  framed?: boolean;
  tableClassName?: string;
  testId?: string;
  /** each row's link (packAffixes), drawn around the first column's cell */
  links?: Affixed;
  /** a data attribute carrying each row's key ("data-indicator") */
  rowKeyAttribute?: `data-${string}`;
};

// a column's classes, with the marked ones on the rows it marks (a Set: a long table looks up every row)
function markedClass(marked: NonNullable<TextColumn["marked"]>, className: string | undefined) {
  const keys = new Set(marked.keys);
  return (row: TextRow) => [className, keys.has(row[0] ?? "") ? marked.className : undefined].filter(Boolean).join(" ") || undefined;
}

export function TextTable({ columns, rows, links, rowKeyAttribute, ...table }: Props) {
  const linked = (text: string | undefined, index: number) => {
    const href = links ? unpackAffix(links, index) : null;
    return href ? <CellLink href={href}>{text}</CellLink> : text;
  };
  return (
    <Table
      {...table}
      {...(rowKeyAttribute ? { rowProps: (row: TextRow) => ({ [rowKeyAttribute]: row[0] }) } : {})}
      rows={rows}
      rowKey={(row, i) => row[0] ?? i}
      columns={columns.map((column, i) => ({
        ...column,
        cell: (row: TextRow, index: number) => (i === 0 ? linked(row[1], index) : row[i + 1]),
        ...(column.marked ? { className: markedClass(column.marked, column.className) } : {}),
        ...(column.testIdPrefix ? { cellData: (row: TextRow) => ({ "data-testid": `${column.testIdPrefix}-${row[0]}` }) } : {}),
      }))}
    />
  );
}
