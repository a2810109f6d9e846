"use client";
// The drill-down table drawn from compact rows (issue 19): the server sends each row as its key,
// name, rule flag and formatted figures, and the links as one prefix and suffix around each row's
// part; this component draws the very <Table> the server used to, so the page reads the same
// with or without JavaScript, while the RSC payload carries data, not an element tree per cell.
import { CellLink, Table, type Column } from "@/components/ui/table";
import { tableSort, unpackAffix, type Affixed, type SortLinks } from "@/lib/ui/compact-rows";

/** A row: [key, name, "1" when it breaks the late rule else "", ...the figures formatted]. */
export type DrillCells = string[];

export type DrillRowsProps = {
  caption: string;
  /** the columns' keys and headers: the name's first, then the figures' */
  keys: string[];
  headers: string[];
  rows: DrillCells[];
  links: Affixed;
  /** the total row's cells: its name, then its figures */
  footer: string[];
  sort: SortLinks;
  ruleLabel?: string;
  empty: string;
  testId: string;
};

export function DrillRows({ caption, keys, headers, rows, links, footer, sort, ruleLabel, empty, testId }: DrillRowsProps) {
  const columns: Column<DrillCells>[] = keys.map((key, i) =>
    i === 0
      ? {
          key,
          header: headers[0],
          rowHeader: true,
          sortable: true,
          footer: footer[0],
          cell: (row, index) => {
            const href = unpackAffix(links, index);
            return (
              <>
                {href ? <CellLink href={href}>{row[1]}</CellLink> : row[1]}
                {row[2] && ruleLabel ? <span className="ml-2 rounded bg-accent-100 px-1.5 py-0.5 text-xs font-semibold text-accent-700">{ruleLabel}</span> : null}
              </>
            );
          },
        }
      : { key, header: headers[i], numeric: true, sortable: true, footer: footer[i], cell: (row) => row[i + 2] },
  );
  return (
    <Table caption={caption} columns={columns} rows={rows} rowKey={(row) => row[0]!} rowProps={(row) => ({ "data-key": row[0] })}
      footerProps={{ "data-key": "total" }} sort={tableSort(sort)} empty={empty} testId={testId} />
  );
}
