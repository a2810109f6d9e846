// Province totals of approved report values (issue 6): the only report figures the leaders'
// scorecard shows. Counts add up; a computed percentage is recomputed from the added counts;
// other percentages and scores are the mean over the approved reports.
import "server-only";
import { sharedRead } from "@/lib/data/province/cache";
import type { IndicatorUnit, ParArea } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/permissions";
import { computePercentage } from "@/lib/rules/report-rules";

export type ApprovedTotal = {
  code: string;
  nameVi: string;
  /** the indicator's English name, for English readers */
  nameEn: string;
  area: ParArea;
  unit: IndicatorUnit;
  aggregation: "sum" | "ratio" | "mean";
  /** null when no approved report has the value (or the denominator adds up to 0) */
  value: number | null;
  /** how many approved reports carry a value for it */
  reports: number;
};

/** Every numeric indicator of the year with its total over the approved reports of the quarter. */
async function computeApprovedIndicatorTotals(viewer: Viewer, period: { year: number; quarter: number }): Promise<ApprovedTotal[]> {
  if (!can(viewer, "scorecard.read")) return [];
  const db = getDb();
  const rows = await db.$queryRaw<
    { code: string; name_vi: string; name_en: string; area: ParArea; unit: IndicatorUnit; numerator: string | null; denominator: string | null; total: string | null; mean: string | null; reports: number }[]
  >`
    SELECT i.code, i.name_vi, i.name_en, i.area::text AS area, i.unit::text AS unit, n.code AS numerator, d.code AS denominator,
           sum(v.value)::text AS total, avg(v.value)::text AS mean, count(v.value)::int AS reports
      FROM indicator i
      JOIN reporting_period p ON p.year = ${period.year} AND p.quarter = ${period.quarter}
      LEFT JOIN indicator n ON n.id = i.numerator_id
      LEFT JOIN indicator d ON d.id = i.denominator_id
      LEFT JOIN report r ON r.period_id = p.id AND r.status = 'APPROVED'
      LEFT JOIN report_value v ON v.report_id = r.id AND v.indicator_id = i.id
     WHERE i.unit <> 'TEXT' AND i.from_year <= ${period.year} AND (i.to_year IS NULL OR i.to_year >= ${period.year})
     GROUP BY i.id, n.code, d.code
     ORDER BY i.area, i.sort_order, i.code`;
  const sums = new Map(rows.map((row) => [row.code, row.total === null ? null : Number(row.total)]));
  return rows.map((row) => {
    const base = { code: row.code, nameVi: row.name_vi, nameEn: row.name_en, area: row.area, unit: row.unit, reports: row.reports };
    if (row.numerator && row.denominator) {
      return { ...base, aggregation: "ratio", value: computePercentage(sums.get(row.numerator) ?? null, sums.get(row.denominator) ?? null) };
    }
    if (row.unit === "COUNT") return { ...base, aggregation: "sum", value: row.total === null ? null : Number(row.total) };
    return { ...base, aggregation: "mean", value: row.mean === null ? null : Math.round(Number(row.mean) * 100) / 100 };
  });
}

// Shared between viewers of the same read scope, recomputed when their data change (lib/data/province/cache.ts).
export const getApprovedIndicatorTotals = sharedRead("reports.approvedTotals", ["reports"], computeApprovedIndicatorTotals);
