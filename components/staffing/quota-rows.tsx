"use client";
// The staffing quota table drawn from compact rows (issue 19): a year holds a row per agency and
// category (hundreds), and drawn on the server each cell went to the browser twice, as markup and
// as an element tree in the RSC payload. The server formats every cell and word; this component
// draws the very <Table> the server drew, so the page reads the same with or without JavaScript.
import { CellLink, Table, type Column } from "@/components/ui/table";
import { unpackDictionary, type Dictionary } from "@/lib/ui/compact-rows";

/**
 * A row: [key, agency id, agency name, its sources note ("" for one source), quota, headcount (or
 * "not reported"), the over-quota badge ("" when within the quota), vacancies, streamlined, decision].
 * Its category's label is `categories` at the row's index.
 */
export type QuotaCells = string[];

type Props = {
  caption: string;
  /** the headers by column key: agency, category, quota, headcount, vacancies, streamlined, decision */
  headers: Record<string, string>;
  rows: QuotaCells[];
  categories: Dictionary;
  empty: string;
};

export function QuotaRows({ caption, headers, rows, categories, empty }: Props) {
  const columns: Column<QuotaCells>[] = [
    {
      key: "agency",
      header: headers.agency,
      rowHeader: true,
      cell: (row) => (
        <>
          <CellLink href={`/agencies/${row[1]}`}>{row[2]}</CellLink>
          {row[3] ? <span className="block text-xs font-normal text-muted">{row[3]}</span> : null}
        </>
      ),
    },
    { key: "category", header: headers.category, cell: (_row, index) => unpackDictionary(categories, index) },
    { key: "quota", header: headers.quota, numeric: true, cell: (row) => row[4] },
    {
      key: "headcount",
      header: headers.headcount,
      numeric: true,
      cell: (row) => (
        <>
          {row[5]}
          {row[6] ? <span className="ml-2 rounded bg-accent-600 px-1.5 py-0.5 text-xs font-semibold text-white">{row[6]}</span> : null}
        </>
      ),
    },
    { key: "vacancies", header: headers.vacancies, numeric: true, cell: (row) => row[7] },
    { key: "streamlined", header: headers.streamlined, numeric: true, cell: (row) => row[8] },
    { key: "decision", header: headers.decision, cell: (row) => row[9] },
  ];
  return (
    <Table caption={caption} columns={columns} rows={rows} rowKey={(row) => row[0]!}
      rowProps={(row) => ({ "data-testid": "quota-row", "data-over": row[6] ? "true" : "false", ...(row[6] ? { className: "bg-accent-100" } : {}) })}
      empty={empty} maxHeight="max-h-[36rem]" testId="quota-table" />
  );
}
