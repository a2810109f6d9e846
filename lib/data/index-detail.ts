// One index as its page reads it: yearly scores with their sources, components with maxima,
// yearly component scores and owners; and the components an agency answers for.
import "server-only";
import type { IndexUnit, OwnerRole } from "@/lib/generated/prisma/enums";
import { can, readableAgencies, scopeIncludes, type Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { toNumber } from "@/lib/data/indices";

export type IndexYear = {
  year: number;
  /** recalculated for the merged province from its predecessors' figures */
  recalculated: boolean;
  score: number | null;
  rank: number | null;
  rankOf: number | null;
  nationalAverage: number | null;
  source: string;
};

export type ComponentOwnerRow = { agencyId: number; agencyName: string; role: OwnerRole };

export type IndexComponentRow = {
  id: number;
  code: string;
  name: string;
  /** the English name where the catalogue has one (pages choose, lib/i18n/locale localName) */
  nameEn: string | null;
  maxScore: number;
  weight: number | null;
  confirmed: boolean;
  owners: ComponentOwnerRow[];
  /** score and source per year, and the province ("" today's) it was published for */
  scores: { year: number; score: number; source: string; province: string }[];
};

/** Another province's published result of the same index (for comparison). */
export type PeerYear = { province: string; year: number; score: number | null; rank: number | null; rankOf: number | null; source: string };

export type IndexDetail = {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  unit: IndexUnit;
  maxScore: number;
  totalIsSum: boolean;
  description: string | null;
  /** the province as it is today */
  years: IndexYear[];
  /** each former province's own years (their published scores stay theirs) */
  formerYears: { province: string; years: IndexYear[] }[];
  components: IndexComponentRow[];
  peers: PeerYear[];
};

/** The index named by `code`; null when it does not exist or the viewer may not read scores. */
export async function getIndexDetail(viewer: Viewer, code: string): Promise<IndexDetail | null> {
  if (!can(viewer, "scorecard.read")) return null;
  const index = await getDb().indexDefinition.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      name: true,
      nameEn: true,
      unit: true,
      maxScore: true,
      totalIsSum: true,
      description: true,
      scores: {
        orderBy: { year: "asc" },
        select: { year: true, score: true, rank: true, rankOf: true, nationalAverage: true, source: true, formerProvince: true, recalculated: true },
      },
      peerScores: {
        orderBy: [{ province: "asc" }, { year: "desc" }],
        select: { province: true, year: true, score: true, rank: true, rankOf: true, source: true },
      },
      components: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: {
          id: true,
          code: true,
          name: true,
          nameEn: true,
          maxScore: true,
          weight: true,
          confirmed: true,
          owners: {
            orderBy: [{ role: "asc" }, { agency: { name: "asc" } }],
            select: { role: true, agency: { select: { id: true, name: true } } },
          },
          scores: { orderBy: { year: "asc" }, select: { year: true, score: true, source: true, formerProvince: true } },
        },
      },
    },
  });
  if (!index) return null;
  const yearOf = (s: (typeof index.scores)[number]): IndexYear => ({
    year: s.year,
    recalculated: s.recalculated,
    score: toNumber(s.score),
    rank: s.rank,
    rankOf: s.rankOf,
    nationalAverage: toNumber(s.nationalAverage),
    source: s.source,
  });
  const formerNames = [...new Set(index.scores.map((s) => s.formerProvince).filter((name) => name !== ""))].sort((a, b) => a.localeCompare(b, "vi"));
  return {
    id: index.id,
    code: index.code,
    name: index.name,
    nameEn: index.nameEn,
    unit: index.unit,
    maxScore: Number(index.maxScore.toString()),
    totalIsSum: index.totalIsSum,
    description: index.description,
    years: index.scores.filter((s) => s.formerProvince === "").map(yearOf),
    formerYears: formerNames.map((province) => ({ province, years: index.scores.filter((s) => s.formerProvince === province).map(yearOf) })),
    components: index.components.map((c) => ({
      id: c.id,
      code: c.code,
      name: c.name,
      nameEn: c.nameEn,
      maxScore: Number(c.maxScore.toString()),
      weight: toNumber(c.weight),
      confirmed: c.confirmed,
      owners: c.owners.map((o) => ({ agencyId: o.agency.id, agencyName: o.agency.name, role: o.role })),
      scores: c.scores.map((s) => ({ year: s.year, score: Number(s.score.toString()), source: s.source, province: s.formerProvince })),
    })),
    peers: index.peerScores.map((p) => ({ ...p, score: toNumber(p.score) })),
  };
}

export type OwnedComponent = {
  indexCode: string;
  indexName: string;
  indexNameEn: string;
  componentCode: string;
  componentName: string;
  componentNameEn: string | null;
  role: OwnerRole;
  maxScore: number;
  latest: { year: number; score: number; source: string } | null;
  /** the score of the calendar year before the latest, when recorded */
  previous: { year: number; score: number } | null;
};

/** The components `agencyId` leads or coordinates, with their latest movement; [] out of scope. */
export async function listOwnedComponents(viewer: Viewer, agencyId: number): Promise<OwnedComponent[]> {
  const scope = readableAgencies(viewer);
  if (!scopeIncludes(scope, agencyId)) return [];
  const rows = await getDb().indexComponentOwner.findMany({
    where: { agencyId },
    orderBy: [{ component: { indexId: "asc" } }, { component: { sortOrder: "asc" } }],
    select: {
      role: true,
      component: {
        select: {
          code: true,
          name: true,
          nameEn: true,
          maxScore: true,
          index: { select: { code: true, name: true, nameEn: true } },
          // today's agencies answer for today's province's scores, not the former provinces'
          scores: { where: { formerProvince: "" }, orderBy: { year: "desc" }, take: 2, select: { year: true, score: true, source: true } },
        },
      },
    },
  });
  return rows.map(({ role, component }) => {
    const [latest, before] = component.scores;
    return {
      indexCode: component.index.code,
      indexName: component.index.name,
      indexNameEn: component.index.nameEn,
      componentCode: component.code,
      componentName: component.name,
      componentNameEn: component.nameEn,
      role,
      maxScore: Number(component.maxScore.toString()),
      latest: latest ? { year: latest.year, score: Number(latest.score.toString()), source: latest.source } : null,
      previous:
        latest && before && before.year === latest.year - 1
          ? { year: before.year, score: Number(before.score.toString()) }
          : null,
    };
  });
}
