// An agency reports its own actual headcount and streamlining cases (issue 8). Only agency staff
// hold "staffingActual.report", and only for their own agency: the page takes the agency from
// the viewer, never from the URL.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HeadcountReportForm } from "@/components/staffing/headcount-report-form";
import { inputClassName, primaryButtonClassName } from "@/components/ui/filter-styles";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { findAgencyForViewer } from "@/lib/data/agencies";
import { getDataYear } from "@/lib/data/province/settings";
import { listStaffingYears } from "@/lib/data/staffing";
import { findOwnStaffing } from "@/lib/data/staffing-entry";
import { t } from "@/lib/i18n";
import { staffingQuerySchema } from "@/lib/validations/staffing";
import { reportHeadcount } from "../actions";

export const metadata: Metadata = { title: t("staffing.report.title") };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffingReportPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (viewer.agencyId === null || !can(viewer, "staffingActual.report", { agencyId: viewer.agencyId })) notFound();
  const agencyId = viewer.agencyId;
  const query = staffingQuerySchema.parse(await searchParams);
  const [agency, years, staffingYear] = await Promise.all([findAgencyForViewer(viewer, agencyId), listStaffingYears(viewer), getDataYear()]);
  if (!agency) notFound();
  const year = query.year !== undefined && years.includes(query.year) ? query.year : (years.find((y) => y <= staffingYear) ?? staffingYear);
  const rows = (await findOwnStaffing(viewer, agencyId, year)) ?? [];

  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <p>
          <Link href="/staffing" className="text-brand-700 underline">{t("staffing.back")}</Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("staffing.report.heading", { agency: agency.name })}</h1>
        <p className="text-foreground">{t("staffing.report.intro")}</p>
      </div>
      <form method="get" action="/staffing/report" className="flex items-end gap-3">
        <div>
          <label htmlFor="report-year" className="block text-sm font-medium">{t("staffing.col.year")}</label>
          <select id="report-year" name="year" defaultValue={String(year)} className={inputClassName}>
            {years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={primaryButtonClassName}>{t("staffing.report.chooseYear")}</button>
      </form>
      {rows.length === 0 ? (
        <p className="rounded-md border border-border bg-surface px-4 py-6 text-muted">{t("staffing.report.noQuota", { year })}</p>
      ) : (
        <HeadcountReportForm key={year} action={reportHeadcount} agencyId={agencyId} year={year} rows={rows} />
      )}
    </div>
  );
}
