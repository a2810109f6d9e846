"use client";
// The reports' board drawn from compact rows (issue 19): a row is the agency's id, its name and one
// short string per quarter — "STATUS timeliness" and, when values changed since the approval, their
// count formatted — and the links and screen-reader names are built here from the agency and the
// quarter. The same markup the server drew; the payload carries a few words a cell, not its tree.
import Link from "next/link";
import { Table, type Column } from "@/components/ui/table";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { Timeliness } from "@/lib/rules/report-workflow";
import { StatusChip, TimelinessText } from "./report-display";

/** [agency id, agency name, ...one "STATUS timeliness [changed]" per quarter]. */
export type BoardCells = string[];

type Props = {
  caption: string;
  agencyHeader: string;
  /** the quarters' URL keys and headers */
  periods: { key: string; label: string }[];
  rows: BoardCells[];
  /** "Đã sửa sau phê duyệt" */
  changedLabel: string;
  /** the words of each status and timeliness, put into the viewer's language by the server */
  words: { status: Record<ReportStatus, string>; timeliness: Record<Timeliness, string> };
  empty: string;
};

export function ReportBoardRows({ caption, agencyHeader, periods, rows, changedLabel, words, empty }: Props) {
  const columns: Column<BoardCells>[] = [
    { key: "agency", header: agencyHeader, rowHeader: true, cell: (row) => row[1] },
    ...periods.map((p, i): Column<BoardCells> => ({
      key: p.key,
      header: p.label,
      cellData: () => ({ "data-period": p.key }),
      cell: (row) => {
        const [status, timeliness, changed] = (row[i + 2] ?? "").split(" ");
        return (
          // the row's agency and the column's quarter go before the visible text, not instead of it:
          // a speech-input user says what they see (axe: label-content-name-mismatch)
          <Link href={`/reports/${p.key}/${row[0]}`} className="block space-y-0.5 hover:underline">
            <span className="sr-only">{`${row[1]}, ${p.label}: `}</span>
            <StatusChip status={status as ReportStatus} label={words.status[status as ReportStatus]} />
            <span className="block">
              <TimelinessText value={timeliness as Timeliness} label={words.timeliness[timeliness as Timeliness]} />
            </span>
            {changed ? (
              <span className="block text-xs text-accent-700">
                {changedLabel}: {changed}
              </span>
            ) : null}
          </Link>
        );
      },
    })),
  ];
  return <Table caption={caption} columns={columns} rows={rows} rowKey={(row) => row[0]!} rowProps={(row) => ({ "data-agency": row[0] })} empty={empty} />;
}
