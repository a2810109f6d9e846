"use client";
// A page of dossiers drawn from compact columns (issue 19): the server sends each column once as a
// list (the agencies' and procedures' names, which repeat down a page, as a dictionary; the links
// as one prefix and suffix around each dossier's part) and this component draws the <Table> the
// server used to draw. Same markup with or without JavaScript; the payload carries data only. No
// text of its own: the headers and the outcomes' labels come in `words` from the server's messages.
import type { ReactNode } from "react";
import { CellLink, Table, type Column } from "@/components/ui/table";
import type { DossierOutcome } from "@/lib/metrics/dossiers";
import { unpackAffix, unpackDictionary, type Affixed, type Dictionary } from "@/lib/ui/compact-rows";
import { OutcomeBadge } from "./outcome-badge";

export type DossierColumns = {
  codes: string[];
  links: Affixed;
  agencies: Dictionary;
  procedures: Dictionary;
  /** the channels' labels */
  channels: Dictionary;
  /** days formatted, "" for none */
  received: string[];
  due: string[];
  resolved: string[];
  /** null when the viewer may not read officials' names */
  officials: Dictionary | null;
  outcomes: DossierOutcome[];
};

export type ListColumn = "code" | "agency" | "procedure" | "channel" | "received" | "due" | "resolved" | "official" | "outcome";

/** The columns' headers, the outcomes' labels and the empty table's line, in the viewer's language. */
export type DossierWords = { headers: Record<ListColumn, string>; outcomes: Record<DossierOutcome, string>; empty: string };

type Props = { data: DossierColumns; words: DossierWords; caption: string; testId: string };

export function DossierRows({ data, words, caption, testId }: Props) {
  const text = (values: string[]) => (_: number, i: number) => values[i];
  const column = (key: ListColumn, cell: (row: number, i: number) => ReactNode, more: Partial<Column<number>> = {}): Column<number> => ({
    key,
    header: words.headers[key],
    cell,
    ...more,
  });
  const officials = data.officials;
  const columns: Column<number>[] = [
    column("code", (_, i) => <CellLink href={unpackAffix(data.links, i) ?? "#"}>{data.codes[i]}</CellLink>, { rowHeader: true, className: "font-mono" }),
    column("agency", (_, i) => unpackDictionary(data.agencies, i)),
    column("procedure", (_, i) => unpackDictionary(data.procedures, i), { className: "max-w-md" }),
    column("channel", (_, i) => unpackDictionary(data.channels, i)),
    column("received", text(data.received), { className: "tabular-nums" }),
    column("due", text(data.due), { className: "tabular-nums" }),
    column("resolved", text(data.resolved), { className: "tabular-nums" }),
    ...(officials ? [column("official", (_, i) => unpackDictionary(officials, i))] : []),
    column("outcome", (_, i) => <OutcomeBadge outcome={data.outcomes[i]!} label={words.outcomes[data.outcomes[i]!]} />),
  ];
  // a row is its place on the page: every column is a list in the same order
  const rows = data.codes.map((_, i) => i);
  return (
    <Table caption={caption} columns={columns} rows={rows} rowKey={(i) => data.codes[i] ?? i} rowProps={(i) => ({ "data-code": data.codes[i] })}
      empty={words.empty} testId={testId} />
  );
}
