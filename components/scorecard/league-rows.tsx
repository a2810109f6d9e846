"use client";
// One group's league table drawn from compact rows (issue 19): the server formats every figure and
// word and sends a row as a short array; this component draws the same <Table> the server drew,
// so the payload carries the figures once and no element tree per cell. No text of its own: the
// words come in `words` from the server's messages.
import Link from "next/link";
import { Table, type Column } from "@/components/ui/table";
import { tableSort, type SortLinks } from "@/lib/ui/compact-rows";

/**
 * A row: [agency id, position, name, "1" when it breaks the late rule, late rate, of how many to
 * process ("" for none), the rate a year earlier ("" for none), its change ("" for none), the
 * change's tone ("bad", "good" or ""), on-time task rate, of how many tasks ("" for none), rating ("" for none)].
 */
export type LeagueCells = string[];

export type LeagueWords = { flag: string; noYearAgo: string; noRating: string };

type Props = {
  caption: string;
  /** the headers by column key: position, name, late, yearAgo, tasks, rating */
  headers: Record<string, string>;
  rows: LeagueCells[];
  words: LeagueWords;
  sort: SortLinks;
  testId: string;
};

const sub = (of: string | undefined) => (of ? <span className="sub">/ {of}</span> : null);
const testId = (id: string) => () => ({ "data-testid": id });
const TONE: Record<string, string> = { bad: "sub text-bad", good: "sub text-good" };

export function LeagueRows({ caption, headers, rows, words, sort, testId: tableTestId }: Props) {
  const columns: Column<LeagueCells>[] = [
    { key: "position", header: headers.position, numeric: true, className: "text-muted", cell: (row) => row[1] },
    {
      key: "name",
      header: headers.name,
      rowHeader: true,
      sortable: true,
      cell: (row) => (
        <>
          <Link href={`/agencies/${row[0]}`} className="cell-a" data-testid="league-agency-link">
            {row[2]}
          </Link>
          {row[3] ? (
            <span className="mt-0.5 block text-xs font-semibold text-bad" data-testid="late-rule-flag">
              <span aria-hidden="true">⚠ </span>
              {words.flag}
            </span>
          ) : null}
        </>
      ),
    },
    { key: "late", header: headers.late, numeric: true, sortable: true, cellData: testId("league-late"), cell: (row) => <>{row[4]}{sub(row[5])}</> },
    {
      key: "yearAgo",
      header: headers.yearAgo,
      numeric: true,
      cellData: testId("league-year-ago"),
      cell: (row) =>
        row[6] ? (
          <>
            {row[6]}
            {row[7] ? <span className={TONE[row[8] ?? ""] ?? "sub"} data-testid="league-year-change">{row[7]}</span> : null}
          </>
        ) : (
          <span className="text-muted">{words.noYearAgo}</span>
        ),
    },
    { key: "tasks", header: headers.tasks, numeric: true, sortable: true, cellData: testId("league-tasks"), cell: (row) => <>{row[9]}{sub(row[10])}</> },
    { key: "rating", header: headers.rating, sortable: true, cellData: testId("league-rating"), cell: (row) => row[11] || <span className="text-muted">{words.noRating}</span> },
  ];
  return (
    <Table caption={caption} columns={columns} rows={rows} rowKey={(row) => row[0]!}
      rowProps={(row) => ({ className: row[3] ? "bg-accent-100/60" : undefined, "data-testid": `league-row-${row[0]}` })}
      sort={tableSort(sort)} tableClassName="min-w-[42rem]" testId={tableTestId} />
  );
}
