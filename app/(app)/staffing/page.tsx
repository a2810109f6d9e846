// Staffing quotas and streamlining (DESIGN §5.4): the province's progress towards its targets,
// totals per year, streamlining cases, public service units' autonomy, and the quota rows of a
// year by agency. Province figures are open to every role; agency staff see their own rows only.
import type { Metadata } from "next";
import Link from "next/link";
import { Autonomy } from "@/components/staffing/autonomy";
import { ProvinceTotals } from "@/components/staffing/province-totals";
import { QuotaTable } from "@/components/staffing/quota-table";
import { StaffingProgress } from "@/components/staffing/staffing-progress";
import { Streamlining } from "@/components/staffing/streamlining";
import { linkButtonClassName } from "@/components/ui/filter-styles";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import {
  getAutonomyByYear,
  getAutonomyTarget,
  getProvinceStaffing,
  getStaffingProgress,
  getStaffingYear,
  getStreamliningByYearAndLevel,
  listQuotaRowsByView,
  listStaffingYears,
} from "@/lib/data/staffing";
import { unitLens } from "@/lib/data/unit-lens";
import { UnitsViewSwitch } from "@/components/org/units-view-switch";
import { t } from "@/lib/i18n";
import { staffingQuerySchema } from "@/lib/validations/staffing";

export const metadata: Metadata = { title: t("staffing.title") };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffingPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const query = staffingQuerySchema.parse(await searchParams);
  const [progress, totals, streamlining, autonomy, autonomyTarget, years, staffingYear] = await Promise.all([
    getStaffingProgress(),
    getProvinceStaffing(),
    getStreamliningByYearAndLevel(),
    getAutonomyByYear(),
    getAutonomyTarget(),
    listStaffingYears(),
    getStaffingYear(),
  ]);
  const defaultYear = years.find((y) => y <= staffingYear) ?? years[0] ?? staffingYear;
  const year = query.year !== undefined && years.includes(query.year) ? query.year : defaultYear;
  const rows = await listQuotaRowsByView(viewer, { year, category: query.category, overQuotaOnly: query.over }, await unitLens(query.units));
  const viewHref = (units: string) => {
    const params = new URLSearchParams({ year: String(year), ...(query.category ? { category: query.category } : {}), ...(query.over ? { over: "1" } : {}), units });
    if (units === "today") params.delete("units");
    return `/staffing?${params.toString()}#quota-table`;
  };
  const baselineYear = progress[0]?.target.baselineYear ?? Math.min(...years);
  const streamlinedSinceBaseline = streamlining
    .filter((c) => c.year > baselineYear && c.year <= staffingYear)
    .reduce((sum, c) => sum + c.cases, 0);

  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl space-y-2">
          <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("staffing.heading")}</h1>
          <p className="text-foreground">{t("staffing.intro")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {can(viewer, "staffingActual.report") && viewer.agencyId !== null ? (
            <Link href="/staffing/report" className={linkButtonClassName}>{t("staffing.report.link")}</Link>
          ) : null}
          {can(viewer, "staffingQuota.manage") ? (
            <Link href="/staffing/decisions" className={linkButtonClassName}>{t("staffing.decisions.link")}</Link>
          ) : null}
          {can(viewer, "target.manage") ? (
            <Link href="/staffing/targets" className={linkButtonClassName}>{t("staffing.targets.link")}</Link>
          ) : null}
        </div>
      </div>
      <StaffingProgress progress={progress} streamlinedSinceBaseline={streamlinedSinceBaseline} throughYear={staffingYear} />
      <ProvinceTotals totals={totals} />
      <Streamlining counts={streamlining} />
      <Autonomy years={autonomy} target={autonomyTarget} />
      <UnitsViewSwitch view={query.units} href={viewHref} />
      <QuotaTable rows={rows} years={years} year={year} query={query} />
    </div>
  );
}
