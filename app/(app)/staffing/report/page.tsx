// An agency reports its own actual headcount and streamlining cases (issue 8). Only agency staff
// hold "staffingActual.report" (./layout.tsx), and only for their own agency: the page takes the
// agency from the viewer, never from the URL.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HeadcountReportForm } from "@/components/staffing/headcount-report-form";
import { FilterForm, SelectField } from "@/components/ui/controls";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { findAgencyForViewer } from "@/lib/data/agencies";
import { listStaffingYears } from "@/lib/data/staffing";
import { findOwnStaffing } from "@/lib/data/staffing-entry";
import { getDataSpan, getDataYear } from "@/lib/data/province/settings";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";
import { staffingParams } from "@/lib/validations/staffing";
import { reportHeadcount } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("staffing.report.title") };
}

/** The headcount form is a client component: it reads the staffing messages. */
const FORM_NAMESPACES = [...SHELL_NAMESPACES, "staffing"] as const;

export default async function StaffingReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, span, params, { t }] = await Promise.all([requirePermission("staffingActual.report"), getDataSpan(), searchParams, getIntl()]);
  if (viewer.agencyId === null) notFound();
  const agencyId = viewer.agencyId;
  const query = parseSearchParams(staffingParams(span), params);
  const [agency, years, staffingYear] = await Promise.all([findAgencyForViewer(viewer, agencyId), listStaffingYears(viewer), getDataYear()]);
  if (!agency) notFound();
  const year = query.year !== undefined && years.includes(query.year) ? query.year : (years.find((y) => y <= staffingYear) ?? staffingYear);
  const rows = (await findOwnStaffing(viewer, agencyId, year)) ?? [];

  return (
    <div className="space-y-6">
      <PageHeader title={t("staffing.report.heading", { agency: agency.name })} intro={t("staffing.report.intro")}
        back={{ href: "/staffing", label: t("staffing.back") }} />
      <FilterForm action="/staffing/report" submitLabel={t("staffing.report.chooseYear")}>
        <SelectField id="report-year" name="year" label={t("staffing.col.year")} defaultValue={year} options={years.map((y) => ({ value: y, label: String(y) }))} />
      </FilterForm>
      {rows.length === 0 ? (
        <EmptyState>{t("staffing.report.noQuota", { year: String(year) })}</EmptyState>
      ) : (
        <IntlClient namespaces={FORM_NAMESPACES}>
          <HeadcountReportForm key={year} action={reportHeadcount} agencyId={agencyId} year={year} rows={rows} />
        </IntlClient>
      )}
    </div>
  );
}
