// Ranking groups (khối): units are ranked within the group they belong to in a year (sở/ngành;
// UBND huyện; xã/phường/đặc khu). Groups are data per year because the organisation changes.
export type RankingGroupDef = { id: number; code: string; name: string; sortOrder: number; members: readonly number[] };

export type GroupedRows<R> = {
  /** null: units in no group of the year */
  group: Pick<RankingGroupDef, "code" | "name"> | null;
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
    buckets[i]!.length === 0 ? [] : [{ group: { code: group.code, name: group.name }, rows: withPositions(buckets[i]!) }],
  );
  if (rest.length > 0) result.push({ group: null, rows: withPositions(rest) });
  return result;
}
