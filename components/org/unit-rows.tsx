"use client";
// The administrator's table of units drawn from compact rows (issue 19): the province's units
// through their history are a long table, and drawn on the server each cell went to the browser
// twice (markup, and an element tree in the RSC payload). The server formats every cell and word;
// this component draws the very <Table> it drew.
import Link from "next/link";
import { CellLink, Table, type Column } from "@/components/ui/table";
import { cellAt } from "@/lib/ui/compact-rows";

/**
 * A row: [id, code, name, the line under the name (code, "synthetic"), kind, parent, validity,
 * succession, active accounts, "1" when the unit is open (it can be closed) else ""].
 */
export type UnitCells = string[];

type Props = {
  caption: string;
  /** the headers by column key: unit, kind, parent, validity, succession, users, actions */
  headers: Record<string, string>;
  rows: UnitCells[];
  /** the words of the actions column */
  words: { edit: string; close: string };
  empty: string;
};

export function UnitRows({ caption, headers, rows, words, empty }: Props) {
  const columns: Column<UnitCells>[] = [
    {
      key: "unit",
      header: headers.unit,
      rowHeader: true,
      cell: (row) => (
        <>
          <CellLink href={`/agencies/${row[0]}`}>{row[2]}</CellLink>
          <span className="block text-xs font-normal text-muted">{row[3]}</span>
        </>
      ),
    },
    { key: "kind", header: headers.kind, cell: cellAt(4) },
    { key: "parent", header: headers.parent, cell: cellAt(5) },
    { key: "validity", header: headers.validity, className: "whitespace-nowrap", cell: cellAt(6) },
    { key: "succession", header: headers.succession, className: "text-xs", cell: cellAt(7) },
    { key: "users", header: headers.users, numeric: true, cell: cellAt(8) },
    {
      key: "actions",
      header: headers.actions,
      headerHidden: true,
      className: "whitespace-nowrap text-xs",
      cell: (row) => (
        <>
          <CellLink href={`/admin/agencies/${row[0]}`}>{words.edit}</CellLink>
          {row[9] ? (
            <>
              {" · "}
              <Link href={`/admin/reorganisations/new?close=${row[0]}`} className="text-brand-700 underline" data-testid={`close-${row[1]}`}>{words.close}</Link>
            </>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <Table caption={caption} columns={columns} rows={rows} rowKey={(row) => row[0]!}
      rowProps={(row) => ({ "data-testid": `unit-row-${row[1]}` })} empty={empty} maxHeight="max-h-[40rem]" testId="units-table" />
  );
}
