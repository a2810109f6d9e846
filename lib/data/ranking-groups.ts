// The ranking groups (khối) of a year: units are ranked within them (DESIGN §4, issue 15). They are
// part of the organisation, which is not private (every role reads figures by unit).
import "server-only";
import { getDb } from "@/lib/db";
import type { RankingGroupDef } from "@/lib/org/groups";

/**
 * The groups of `year`, or of the latest earlier year that has any (the organisation of that
 * year); [] when none is recorded. Unscoped ("unsafe"): the groups name units, never figures.
 * Scope: none needed — callers filter the members by the viewer (lib/data/assessments.ts getRankingBoard).
 */
export async function unsafeListRankingGroups(year: number): Promise<RankingGroupDef[]> {
  const db = getDb();
  const latest = await db.rankingGroup.findFirst({ where: { year: { lte: year } }, orderBy: { year: "desc" }, select: { year: true } });
  if (!latest) return [];
  const groups = await db.rankingGroup.findMany({
    where: { year: latest.year },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, nameEn: true, sortOrder: true, members: { select: { agencyId: true } } },
  });
  return groups.map((g) => ({ id: g.id, code: g.code, name: g.name, nameEn: g.nameEn, sortOrder: g.sortOrder, members: g.members.map((m) => m.agencyId) }));
}
