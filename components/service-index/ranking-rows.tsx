"use client";
// One group's ranking drawn from compact rows (issue 19): a group holds dozens of communes, and
// drawn on the server each cell went to the browser twice (markup, and an element tree in the RSC
// payload). The server formats every cell; this component draws the very <Table> it drew.
import Link from "next/link";
import { Table, type Column } from "@/components/ui/table";
import { cellAt, unpackAffix, type Affixed } from "@/lib/ui/compact-rows";

/** A row: [agency id, position, name, score, the score's data-score value, band, change, previous position, on time]. */
export type RankingCells = string[];

type Props = {
  caption: string;
  /** the headers by column key: position, unit, score, band, change, previousPosition, onTime */
  headers: Record<string, string>;
  rows: RankingCells[];
  /** each row's link to its unit's page */
  links: Affixed;
  testId: string;
};

export function RankingRows({ caption, headers, rows, links, testId }: Props) {
  const columns: Column<RankingCells>[] = [
    { key: "position", header: headers.position, numeric: true, cell: cellAt(1) },
    {
      key: "unit",
      header: headers.unit,
      rowHeader: true,
      cell: (row, index) => (
        <Link href={unpackAffix(links, index) ?? "#"} className="text-brand-700 underline">
          {row[2]}
        </Link>
      ),
    },
    { key: "score", header: headers.score, numeric: true, cell: cellAt(3), cellData: (row) => ({ "data-score": row[4] }) },
    { key: "band", header: headers.band, cell: cellAt(5) },
    { key: "change", header: headers.change, numeric: true, cell: cellAt(6) },
    { key: "previousPosition", header: headers.previousPosition, numeric: true, cell: cellAt(7) },
    { key: "onTime", header: headers.onTime, numeric: true, cell: cellAt(8) },
  ];
  return <Table caption={caption} captionVisible rows={rows} rowKey={(row) => row[0]!} columns={columns} testId={testId} />;
}
