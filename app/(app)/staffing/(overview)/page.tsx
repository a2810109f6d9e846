// Staffing quotas and streamlining (DESIGN §5.4): the province's progress towards its targets,
// totals per year, streamlining cases, public service units' autonomy, and the quota rows of a
// year by agency. Province figures are open to every role; agency staff see their own rows only.
import { ExportLink, exportHref } from "@/components/ui/export-link";
import type { Metadata } from "next";
import { Autonomy } from "@/components/staffing/autonomy";
import { ProvinceTotals } from "@/components/staffing/province-totals";
import { QuotaTable } from "@/components/staffing/quota-table";
import { StaffingProgress } from "@/components/staffing/staffing-progress";
import { Streamlining } from "@/components/staffing/streamlining";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import {
  getAutonomyByYear,
  getAutonomyTarget,
  getProvinceStaffing,
  getStaffingProgress,
  getStreamliningByYearAndLevel,
  listQuotaRowsByView,
  listStaffingYears,
} from "@/lib/data/staffing";
import { getDataYear, getDataSpan } from "@/lib/data/province/settings";
import { unitLens } from "@/lib/data/province/unit-lens";
import { UnitsViewSwitch } from "@/components/org/units-view-switch";
import { getIntl } from "@/lib/i18n/server";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";
import { staffingParams } from "@/lib/validations/staffing";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("staffing.title") };
}

export default async function StaffingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, span, params, { t }] = await Promise.all([requireViewer(), getDataSpan(), searchParams, getIntl()]);
  const query = parseSearchParams(staffingParams(span), params);
  const [progress, totals, streamlining, autonomy, autonomyTarget, years, staffingYear] = await Promise.all([
    getStaffingProgress(viewer),
    getProvinceStaffing(viewer),
    getStreamliningByYearAndLevel(viewer),
    getAutonomyByYear(viewer),
    getAutonomyTarget(viewer),
    listStaffingYears(viewer),
    getDataYear(),
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
      <PageHeader title={t("staffing.heading")} intro={t("staffing.intro")}
        actions={
          <>
            {can(viewer, "staffingActual.report") && viewer.agencyId !== null ? (
              <ButtonLink href="/staffing/report">{t("staffing.report.link")}</ButtonLink>
            ) : null}
            {can(viewer, "staffingQuota.manage") ? (
              <ButtonLink href="/staffing/decisions">{t("staffing.decisions.link")}</ButtonLink>
            ) : null}
            {can(viewer, "target.manage") ? (
              <ButtonLink href="/staffing/targets">{t("staffing.targets.link")}</ButtonLink>
            ) : null}
            <ExportLink href={exportHref("/staffing/export", { year: String(year), category: query.category, over: query.over ? "1" : undefined })} what={t("staffing.heading")} />
          </>
        }
      />
      <StaffingProgress progress={progress} streamlinedSinceBaseline={streamlinedSinceBaseline} throughYear={staffingYear} />
      <ProvinceTotals totals={totals} />
      <Streamlining counts={streamlining} />
      <Autonomy years={autonomy} target={autonomyTarget} />
      <UnitsViewSwitch view={query.units} href={viewHref} />
      <QuotaTable rows={rows} years={years} year={year} query={query} />
    </div>
  );
}
