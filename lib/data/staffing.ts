// Staffing (DESIGN §5.4): quota in force, actual headcount and streamlining cases per agency,
// year and category; the province's progress towards its targets; public service units by
// autonomy level. Province totals are for every viewer of province figures ("scorecard.read",
// DESIGN §2); the rows of single agencies put the viewer's agency scope into the `where`.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AdminLevel, AutonomyLevel, StaffCategory } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { can, readableAgencies, type Viewer } from "@/lib/auth/permissions";
import { getDataYear } from "@/lib/data/province/settings";
import type { UnitLens } from "@/lib/data/province/unit-lens";
import { unitLabel } from "@/lib/org/labels";
import {
  overQuota,
  targetLevel,
  targetProgress,
  vacancies,
  type TargetProgress,
  type TargetUnit,
  type YearValue,
} from "@/lib/metrics/staffing";

export type ProvinceStaffingYear = {
  year: number;
  category: StaffCategory;
  quota: number;
  /** sum of the headcounts reported; agencies that did not report are not counted */
  headcount: number;
  /** quota rows whose headcount was reported */
  reported: number;
  rows: number;
  streamlined: number;
  /** agencies whose headcount exceeds their quota in this category */
  overQuotaAgencies: number;
};

/** Province totals per year and category. */
export async function getProvinceStaffing(viewer: Viewer): Promise<ProvinceStaffingYear[]> {
  if (!can(viewer, "scorecard.read")) return [];
  const rows = await getDb().$queryRaw<
    { year: number; category: StaffCategory; quota: number; headcount: number; reported: number; rows: number; streamlined: number; over: number }[]
  >`
    SELECT year, category::text AS category,
      sum(quota)::int AS quota,
      coalesce(sum(actual_headcount), 0)::int AS headcount,
      count(actual_headcount)::int AS reported,
      count(*)::int AS rows,
      sum(streamlined)::int AS streamlined,
      count(*) FILTER (WHERE actual_headcount > quota)::int AS over
    FROM staffing_quota
    GROUP BY year, category
    ORDER BY year, category`;
  return rows.map(({ over, ...row }) => ({ ...row, overQuotaAgencies: over }));
}

export type StaffingTarget = {
  id: number;
  code: string;
  category: StaffCategory;
  baselineYear: number;
  targetYear: number;
  value: number;
  unit: TargetUnit;
  description: string;
  source: string | null;
};

export type StaffingTargetProgress = { target: StaffingTarget; progress: TargetProgress };

/** Targets on a staffing category measured against a baseline year (quota cuts), in code order. */
async function listStaffingTargets(): Promise<StaffingTarget[]> {
  const rows = await getDb().target.findMany({
    where: { category: { not: null }, baselineYear: { not: null } },
    orderBy: [{ targetYear: "asc" }, { code: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    category: row.category!,
    baselineYear: row.baselineYear!,
    targetYear: row.targetYear,
    value: row.value.toNumber(),
    unit: row.unit,
    description: row.description,
    source: row.source,
  }));
}

/** The province's quota series of a category: one value per year with quota rows. */
export function quotaSeries(totals: readonly ProvinceStaffingYear[], category: StaffCategory): YearValue[] {
  return totals.filter((row) => row.category === category).map((row) => ({ year: row.year, value: row.quota }));
}

/**
 * The province's progress towards each staffing target: the quota in force each year against the
 * baseline year's, through the year of the data's "today" (DESIGN §5.4).
 */
export async function getStaffingProgress(viewer: Viewer): Promise<StaffingTargetProgress[]> {
  if (!can(viewer, "scorecard.read")) return [];
  const [targets, totals, throughYear] = await Promise.all([listStaffingTargets(), getProvinceStaffing(viewer), getDataYear()]);
  return targets.flatMap((target) => {
    if (target.targetYear <= target.baselineYear) return [];
    const series = quotaSeries(totals, target.category);
    const baseline = series.find((point) => point.year === target.baselineYear)?.value ?? null;
    const progress = targetProgress({
      baselineYear: target.baselineYear,
      targetYear: target.targetYear,
      targetLevel: targetLevel(target.unit, target.value, baseline),
      series,
      throughYear,
    });
    return [{ target, progress }];
  });
}

export type StreamliningCount = { year: number; level: AdminLevel; cases: number };

/** Streamlining cases per year and level of the agency (province, district, commune). */
export async function getStreamliningByYearAndLevel(viewer: Viewer): Promise<StreamliningCount[]> {
  if (!can(viewer, "scorecard.read")) return [];
  return getDb().$queryRaw<StreamliningCount[]>`
    SELECT q.year, a.level::text AS level, sum(q.streamlined)::int AS cases
    FROM staffing_quota q JOIN agency a ON a.id = q.agency_id
    GROUP BY q.year, a.level
    ORDER BY q.year, a.level`;
}

export type AutonomyYear = { year: number; units: Partial<Record<AutonomyLevel, number>>; total: number };

/** Public service units per autonomy level, per year with data. */
export async function getAutonomyByYear(viewer: Viewer): Promise<AutonomyYear[]> {
  if (!can(viewer, "scorecard.read")) return [];
  const rows = await getDb().serviceUnitAutonomy.findMany({ orderBy: [{ year: "asc" }, { level: "asc" }] });
  const years = new Map<number, AutonomyYear>();
  for (const row of rows) {
    const year = years.get(row.year) ?? { year: row.year, units: {}, total: 0 };
    year.units[row.level] = row.units;
    year.total += row.units;
    years.set(row.year, year);
  }
  return [...years.values()];
}

/** Target code of the share of public service units that are financially autonomous (percent). */
export const AUTONOMY_TARGET_CODE = "AUTONOMY_FINANCIAL_SHARE";

export type AutonomyTarget = { targetYear: number; percent: number; description: string };

/** The latest-year financial-autonomy target, or null when none is recorded. */
export async function getAutonomyTarget(viewer: Viewer): Promise<AutonomyTarget | null> {
  if (!can(viewer, "scorecard.read")) return null;
  const row = await getDb().target.findFirst({ where: { code: AUTONOMY_TARGET_CODE }, orderBy: { targetYear: "desc" } });
  return row ? { targetYear: row.targetYear, percent: row.value.toNumber(), description: row.description } : null;
}

const staffingRowSelect = {
  id: true,
  agencyId: true,
  year: true,
  category: true,
  quota: true,
  actualHeadcount: true,
  streamlined: true,
  decisionNumber: true,
  decisionDate: true,
  agency: { select: { name: true, level: true } },
} satisfies Prisma.StaffingQuotaSelect;

export type StaffingRow = Prisma.StaffingQuotaGetPayload<{ select: typeof staffingRowSelect }> & {
  vacancies: number | null;
  overQuota: number;
};

export type StaffingRowFilter = { year: number; category?: StaffCategory; agencyId?: number; overQuotaOnly?: boolean };

/** Quota rows of a year as `viewer` may read them (agency staff: their own agency's only). */
export async function listStaffingRows(viewer: Viewer, filter: StaffingRowFilter): Promise<StaffingRow[]> {
  const scope = readableAgencies(viewer);
  if (scope === "none") return [];
  const where: Prisma.StaffingQuotaWhereInput = {
    AND: [
      { year: filter.year },
      filter.category ? { category: filter.category } : {},
      filter.agencyId !== undefined ? { agencyId: filter.agencyId } : {},
      scope === "all" ? {} : { agencyId: { in: [...scope.agencyIds] } },
    ],
  };
  const rows = await getDb().staffingQuota.findMany({
    where,
    select: staffingRowSelect,
    orderBy: [{ agency: { level: "asc" } }, { agency: { name: "asc" } }, { category: "asc" }],
  });
  return rows
    .map((row) => ({ ...row, vacancies: vacancies(row.quota, row.actualHeadcount), overQuota: overQuota(row.quota, row.actualHeadcount) }))
    .filter((row) => !filter.overQuotaOnly || row.overQuota > 0);
}

/** Years that have quota rows, newest first. */
export async function listStaffingYears(viewer: Viewer): Promise<number[]> {
  if (!can(viewer, "scorecard.read")) return [];
  const rows = await getDb().staffingQuota.findMany({ distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } });
  return rows.map((row) => row.year);
}

/** A quota row as the table shows it, by the units of the time or by today's units. */
export type QuotaRowView = {
  key: string;
  agencyId: number;
  agencyName: string;
  category: StaffCategory;
  quota: number;
  actualHeadcount: number | null;
  vacancies: number | null;
  overQuota: number;
  streamlined: number;
  decisionNumber: string | null;
  decisionDate: Date | null;
  /** today's units: how many recorded rows (the unit's and its predecessors') make it up */
  sourceRows: number;
};

/**
 * Quota rows of a year by the view: as recorded (the units of the time), or per today's unit — its
 * predecessors' quotas, headcounts and cases by share, so that a year before a merger compares with
 * one after it. A headcount is shown only when every row behind it reported one.
 */
export async function listQuotaRowsByView(viewer: Viewer, filter: StaffingRowFilter, lens: UnitLens): Promise<QuotaRowView[]> {
  const rows = await listStaffingRows(viewer, { ...filter, overQuotaOnly: false });
  if (lens.view === "time") {
    return rows
      .map((row) => ({
        key: String(row.id), agencyId: row.agencyId, agencyName: unitLabel(lens.unit(row.agencyId) ?? { name: row.agency.name, validTo: null }),
        category: row.category, quota: row.quota, actualHeadcount: row.actualHeadcount, vacancies: row.vacancies, overQuota: row.overQuota,
        streamlined: row.streamlined, decisionNumber: row.decisionNumber, decisionDate: row.decisionDate, sourceRows: 1,
      }))
      .filter((row) => !filter.overQuotaOnly || row.overQuota > 0);
  }
  const listed = new Set(lens.listedUnits(viewer, { from: `${filter.year}-01-01`, to: `${filter.year}-12-31` }).map((unit) => unit.id));
  const byKey = new Map<string, { agencyId: number; category: StaffCategory; quota: number; headcount: number; unreported: number; streamlined: number; sources: number }>();
  for (const row of rows) {
    for (const part of lens.sharesOf(row.agencyId)) {
      if (!listed.has(part.agencyId)) continue;
      const key = `${part.agencyId}|${row.category}`;
      const target = byKey.get(key) ?? { agencyId: part.agencyId, category: row.category, quota: 0, headcount: 0, unreported: 0, streamlined: 0, sources: 0 };
      target.quota += lens.partOf(row.agencyId, part.agencyId, row.quota);
      if (row.actualHeadcount === null) target.unreported += 1;
      else target.headcount += lens.partOf(row.agencyId, part.agencyId, row.actualHeadcount);
      target.streamlined += lens.partOf(row.agencyId, part.agencyId, row.streamlined);
      target.sources += 1;
      byKey.set(key, target);
    }
  }
  return [...byKey.entries()]
    .map(([key, v]) => {
      const headcount = v.unreported > 0 ? null : v.headcount;
      return {
        key, agencyId: v.agencyId, agencyName: lens.unit(v.agencyId)?.name ?? String(v.agencyId), category: v.category, quota: v.quota,
        actualHeadcount: headcount, vacancies: vacancies(v.quota, headcount), overQuota: overQuota(v.quota, headcount), streamlined: v.streamlined,
        decisionNumber: null, decisionDate: null, sourceRows: v.sources,
      };
    })
    .filter((row) => !filter.overQuotaOnly || row.overQuota > 0)
    .sort((a, b) => a.agencyName.localeCompare(b.agencyName, "vi") || a.category.localeCompare(b.category));
}
