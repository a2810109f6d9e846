// Ranking groups (khối): units are ranked within the group they belong to in a year (sở/ngành;
// UBND huyện; xã/phường/đặc khu). Groups are data per year because the organisation changes.
import { pageSlice, type PageSlice, type Paging } from "@/lib/metrics/paging";

/** `nameEn`: the name for English readers (null: the Vietnamese `name`; lib/i18n/locale.ts localName). */
export type RankingGroupDef = { id: number; code: string; name: string; nameEn: string | null; sortOrder: number; members: readonly number[] };

export type GroupedRows<R> = {
  /** null: units in no group of the year */
  group: Pick<RankingGroupDef, "code" | "name" | "nameEn"> | null;
  /** the rows in the order given, each with its position within the group (1 = first) */
  rows: (R & { position: number })[];
};

/** Splits rows (already sorted) into the year's groups, in the groups' order; the rest last. */
export function groupRows<R>(rows: readonly R[], groups: readonly RankingGroupDef[], agencyOf: (row: R) => number): GroupedRows<R>[] {
  const ordered = [...groups].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
  const groupOf = new Map<number, number>();
  ordered.forEach((group, i) => group.members.forEach((agencyId) => groupOf.set(agencyId, i)));
  const buckets: R[][] = ordered.map(() => []);
  const rest: R[] = [];
  for (const row of rows) {
    const i = groupOf.get(agencyOf(row));
    if (i === undefined) rest.push(row);
    else buckets[i]!.push(row);
  }
  const withPositions = (list: R[]) => list.map((row, i) => ({ ...row, position: i + 1 }));
  const result: GroupedRows<R>[] = ordered.flatMap((group, i) =>
    buckets[i]!.length === 0 ? [] : [{ group: { code: group.code, name: group.name, nameEn: group.nameEn }, rows: withPositions(buckets[i]!) }],
  );
  if (rest.length > 0) result.push({ group: null, rows: withPositions(rest) });
  return result;
}

/** A group's part as the scorecard shows it short: its first and last rows, and how many lie between. */
export type GroupEnds<R> = GroupedRows<R> & { hidden: number };

/**
 * Each group's first `count` and last `count` rows (issue 19: the scorecard shows where each group
 * starts and ends, the full table is a link away); a group of up to 2·count + 1 rows is kept whole,
 * since hiding a single row saves nothing.
 */
export function groupEnds<R>(parts: readonly GroupedRows<R>[], count: number): GroupEnds<R>[] {
  return parts.map((part) =>
    part.rows.length <= 2 * count + 1 ? { ...part, hidden: 0 } : { ...part, rows: [...part.rows.slice(0, count), ...part.rows.slice(-count)], hidden: part.rows.length - 2 * count },
  );
}

/** One page of the groups' rows read in order (lib/metrics/paging): a group cut by a page break shows on both pages, positions kept. */
export function pageGroups<R>(parts: readonly GroupedRows<R>[], paging: Paging): { parts: GroupedRows<R>[]; slice: PageSlice<unknown> } {
  const entries = parts.flatMap((part) => part.rows.map((row) => ({ group: part.group, row })));
  const slice = pageSlice(entries, paging);
  const paged: GroupedRows<R>[] = [];
  for (const { group, row } of slice.rows) {
    const last = paged.at(-1);
    if (last && last.group?.code === group?.code) last.rows.push(row);
    else paged.push({ group, rows: [row] });
  }
  return { parts: paged, slice: { ...slice, rows: [] } };
}
