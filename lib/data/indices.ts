// The five indices as the scorecard and the index pages read them (DESIGN §5.5). Index scores are
// province-wide facts: every role holding "scorecard.read" reads them. Each score belongs to the
// province it was published for: the province as it is today ('' former_province), or a former one
// (old Ninh Thuận's and old Khánh Hòa's stay theirs after the 2025 merger, issue 15).
import "server-only";
import { sharedRead } from "@/lib/data/province/cache";
import type { IndexUnit } from "@/lib/generated/prisma/enums";
import { can, type Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { changeOnYearBefore, latestPublished, type YearPoint } from "@/lib/metrics/indices";


/** One province's latest published result of an index, and its yearly series. */
export type IndexSeries = {
  /** "" for the province as it is today, otherwise the former province */
  province: string;
  /** the latest year with a published score or rank; null when the index has none */
  latestYear: number | null;
  score: number | null;
  rank: number | null;
  rankOf: number | null;
  /** the latest result was recalculated for the merged province from its predecessors' figures */
  recalculated: boolean;
  /** against the calendar year before latestYear (null across a gap year or a change of denominator) */
  scoreChange: number | null;
  rankChange: number | null;
  /** every recorded year, oldest first (scores may be null where only a rank or average was published) */
  series: YearPoint[];
};

/** An index with today's province's series (the top-level fields) and each former province's. */
export type IndexSummary = Omit<IndexSeries, "province"> & {
  code: string;
  name: string;
  /** the English name (the data stays locale-free; pages choose, lib/i18n/locale localName) */
  nameEn: string;
  unit: IndexUnit;
  maxScore: number;
  former: IndexSeries[];
};

type ScoreRow = { year: number; score: { toString(): string } | null; rank: number | null; rankOf: number | null; formerProvince: string; recalculated: boolean };

function seriesOf(province: string, rows: readonly ScoreRow[]): IndexSeries {
  const own = rows.filter((s) => s.formerProvince === province);
  const series: YearPoint[] = own.map((s) => ({ year: s.year, score: toNumber(s.score), rank: s.rank, rankOf: s.rankOf }));
  const latest = latestPublished(series);
  const change = latest ? changeOnYearBefore(series, latest) : { scoreChange: null, rankChange: null };
  return {
    province,
    latestYear: latest?.year ?? null,
    score: latest?.score ?? null,
    rank: latest?.rank ?? null,
    rankOf: latest?.rankOf ?? null,
    recalculated: latest ? own.some((s) => s.year === latest.year && s.recalculated) : false,
    ...change,
    series,
  };
}

export const toNumber = (value: { toString(): string } | null): number | null =>
  value === null ? null : Number(value.toString());

/** Per index, in the catalogue's order: the latest published score and rank, their change on the
 *  year before, and the yearly series. */
async function computeIndexSummaries(viewer: Viewer): Promise<IndexSummary[]> {
  if (!can(viewer, "scorecard.read")) return [];
  const indices = await getDb().indexDefinition.findMany({
    orderBy: { id: "asc" },
    select: {
      code: true,
      name: true,
      nameEn: true,
      unit: true,
      maxScore: true,
      scores: { orderBy: { year: "asc" }, select: { year: true, score: true, rank: true, rankOf: true, formerProvince: true, recalculated: true } },
    },
  });
  return indices.map((index) => {
    const current = seriesOf("", index.scores);
    const formerNames = [...new Set(index.scores.map((s) => s.formerProvince).filter((name) => name !== ""))].sort((a, b) => a.localeCompare(b, "vi"));
    return {
      code: index.code,
      name: index.name,
      nameEn: index.nameEn,
      unit: index.unit,
      maxScore: Number(index.maxScore.toString()),
      latestYear: current.latestYear,
      score: current.score,
      rank: current.rank,
      rankOf: current.rankOf,
      recalculated: current.recalculated,
      scoreChange: current.scoreChange,
      rankChange: current.rankChange,
      series: current.series,
      former: formerNames.map((name) => seriesOf(name, index.scores)).filter((s) => s.latestYear !== null),
    };
  });
}

// Shared between viewers of the same read scope, recomputed when their data change (lib/data/province/cache.ts).
export const getIndexSummaries = sharedRead("indices.summaries", ["indices"], computeIndexSummaries);
