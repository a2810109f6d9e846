// Compact rows for the tables drawn by client components (issue 19): a server component hands a
// client table its rows as plain arrays instead of element trees, so the RSC payload (and the copy
// of it inlined in the HTML) carries the data once and no markup. Two encodings cut what repeats:
// - affixes: a column of strings that share a start and an end (every row's link:
//   "/dossiers/agencies/" + key + "?period=2024-Q2") is sent as the common prefix and suffix once
//   and each row's middle part;
// - a dictionary: a column whose values repeat (an agency's name on each of its dossiers) is sent
//   as its distinct values once and each row's index into them.
// Both are exact: unpacking gives back the very strings packed (tests/unit/ui/compact-rows.test.ts).

/** Strings sharing a prefix and a suffix; a row's null stays null (a row without a link). */
export type Affixed = { prefix: string; suffix: string; parts: (string | null)[] };

const commonPrefix = (values: readonly string[]) => {
  const [first = "", ...rest] = values;
  let length = first.length;
  for (const value of rest) {
    let i = 0;
    while (i < length && i < value.length && value[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length);
};

const commonSuffix = (values: readonly string[]) => {
  const reversed = values.map((value) => [...value].reverse().join(""));
  return [...commonPrefix(reversed)].reverse().join("");
};

export function packAffixes(values: readonly (string | null)[]): Affixed {
  const present = values.filter((value): value is string => value !== null);
  // one value alone has nothing to share: keep it whole, so that the parts say what differs
  if (present.length < 2) return { prefix: "", suffix: "", parts: [...values] };
  const prefix = commonPrefix(present);
  // the suffix is looked for after the prefix, so that the two never overlap
  const suffix = commonSuffix(present.map((value) => value.slice(prefix.length)));
  return { prefix, suffix, parts: values.map((value) => (value === null ? null : value.slice(prefix.length, value.length - suffix.length))) };
}

export function unpackAffix(packed: Affixed, index: number): string | null {
  const part = packed.parts[index];
  return part === undefined || part === null ? null : `${packed.prefix}${part}${packed.suffix}`;
}

/** Values that repeat, as their distinct values (in the order first met) and each row's index. */
export type Dictionary = { values: string[]; index: number[] };

export function packDictionary(values: readonly string[]): Dictionary {
  const seen = new Map<string, number>();
  const index = values.map((value) => {
    let at = seen.get(value);
    if (at === undefined) {
      at = seen.size;
      seen.set(value, at);
    }
    return at;
  });
  return { values: [...seen.keys()], index };
}

export function unpackDictionary(packed: Dictionary, row: number): string {
  return packed.values[packed.index[row] ?? -1] ?? "";
}

/** A sortable table's header links, by column key (the client table cannot take the server's function). */
export type SortLinks = { key: string; dir: "asc" | "desc"; hrefs: Record<string, string> };

export function sortLinks(sort: { key: string; dir: "asc" | "desc" }, keys: readonly string[], href: (key: string) => string): SortLinks {
  return { key: sort.key, dir: sort.dir, hrefs: Object.fromEntries(keys.map((key) => [key, href(key)])) };
}

/** A column's cell of a compact row: the string at `at` (a client table's plain text columns). */
export const cellAt = (at: number) => (row: readonly string[]) => row[at];

/** The Table's `sort` from sort links. */
export const tableSort = (links: SortLinks) => ({ key: links.key, dir: links.dir, href: (key: string) => links.hrefs[key] ?? "#" });

/** A column of a table of text cells (TextTable): the server formats every cell. */
export type TextColumn = {
  key: string;
  header: string;
  numeric?: boolean;
  rowHeader?: boolean;
  className?: string;
  /** each cell's data-testid: this prefix, a dash and the row's key */
  testIdPrefix?: string;
  /** classes added to this column's cells in the rows of these keys (a figure that needs attention) */
  marked?: { className: string; keys: string[] };
};

/** A row of a TextTable: its key, then one formatted cell per column. */
export type TextRow = string[];

/** A text column on the server: how a row's cell reads. */
export type TextColumnOf<Row> = TextColumn & { text: (row: Row) => string };

/** The columns and rows TextTable takes, from rows and text columns. */
export function textTable<Row>(columns: readonly TextColumnOf<Row>[], rows: readonly Row[], rowKey: (row: Row) => string): { columns: TextColumn[]; rows: TextRow[] } {
  return {
    columns: columns.map((column) => {
      const copy: TextColumn & { text?: unknown } = { ...column };
      delete copy.text;
      return copy;
    }),
    rows: rows.map((row) => [rowKey(row), ...columns.map((column) => column.text(row))]),
  };
}
