// The five indices as the scorecard and the index pages read them (DESIGN §5.5). Index scores are
// province-wide facts: every role holding "scorecard.read" reads them.
import "server-only";
import type { IndexUnit } from "@/lib/generated/prisma/enums";
import { can, type Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { changeOnYearBefore, latestPublished, type YearPoint } from "@/lib/metrics/indices";


export type IndexSummary = {
  code: string;
  name: string;
  unit: IndexUnit;
  maxScore: number;
  /** the latest year with a published score or rank; null when the index has none */
  latestYear: number | null;
  score: number | null;
  rank: number | null;
  rankOf: number | null;
  /** against the calendar year before latestYear (null across a gap year or a change of denominator) */
  scoreChange: number | null;
  rankChange: number | null;
  /** every recorded year, oldest first (scores may be null where only a rank or average was published) */
  series: YearPoint[];
};

export const toNumber = (value: { toString(): string } | null): number | null =>
  value === null ? null : Number(value.toString());

/** Per index, in the catalogue's order: the latest published score and rank, their change on the
 *  year before, and the yearly series. */
export async function getIndexSummaries(viewer: Viewer): Promise<IndexSummary[]> {
  if (!can(viewer, "scorecard.read")) return [];
  const indices = await getDb().indexDefinition.findMany({
    orderBy: { id: "asc" },
    select: {
      code: true,
      name: true,
      unit: true,
      maxScore: true,
      scores: { orderBy: { year: "asc" }, select: { year: true, score: true, rank: true, rankOf: true } },
    },
  });
  return indices.map((index) => {
    const series: YearPoint[] = index.scores.map((s) => ({
      year: s.year,
      score: toNumber(s.score),
      rank: s.rank,
      rankOf: s.rankOf,
    }));
    const latest = latestPublished(series);
    const change = latest ? changeOnYearBefore(series, latest) : { scoreChange: null, rankChange: null };
    return {
      code: index.code,
      name: index.name,
      unit: index.unit,
      maxScore: Number(index.maxScore.toString()),
      latestYear: latest?.year ?? null,
      score: latest?.score ?? null,
      rank: latest?.rank ?? null,
      rankOf: latest?.rankOf ?? null,
      ...change,
      series,
    };
  });
}
