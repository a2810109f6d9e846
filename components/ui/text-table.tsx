"use client";
// A table of text cells drawn on the client from compact rows (issue 19): the server formats every
// cell and sends a row as an array of strings, the row's key first; this component draws the
// app's one <Table> from them (server-rendered too, so the page reads the same without
// JavaScript). The RSC payload then carries the strings once instead of an element tree per cell.
import { Table } from "@/components/ui/table";
import type { TextColumn, TextRow } from "@/lib/ui/compact-rows";

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
  /** a data attribute carrying each row's key ("data-indicator") */
  rowKeyAttribute?: `data-${string}`;
};

export function TextTable({ columns, rows, rowKeyAttribute, ...table }: Props) {
  return (
    <Table
      {...table}
      {...(rowKeyAttribute ? { rowProps: (row: TextRow) => ({ [rowKeyAttribute]: row[0] }) } : {})}
      rows={rows}
      rowKey={(row, i) => row[0] ?? i}
      columns={columns.map((column, i) => ({
        ...column,
        cell: (row: TextRow) => row[i + 1],
        ...(column.testIdPrefix ? { cellData: (row: TextRow) => ({ "data-testid": `${column.testIdPrefix}-${row[0]}` }) } : {}),
      }))}
    />
  );
}
