// One agency's quarterly report: the agency's form while it may edit, otherwise the values
// read-only; Home Affairs approves, returns or un-approves here. Another agency's report is
// "not found" for agency staff.
import { ExportLink } from "@/components/ui/export-link";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportForm } from "@/components/reports/report-form";
import { StatusBadge, formatEndDay } from "@/components/reports/report-display";
import { ApproveForm, RETURN_FORM_ID, ReturnForm, UnapproveForm } from "@/components/reports/review-form";
import { ValuesTable } from "@/components/reports/values-table";
import { can } from "@/lib/auth/permissions";
import { getReportView } from "@/lib/data/reports/entry";
import { localName } from "@/lib/i18n/locale";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";
import { wordsOf } from "@/lib/notifications/words";
import { findingsByField } from "@/lib/rules/report-rules";
import { agencyMayEdit, agencyMayWrite } from "@/lib/rules/report-workflow";
import { approveReport, returnReport, saveReport, unapproveReport } from "../../actions";
import { reportTarget, type ReportParams } from "./load";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("reports.title") };
}

/** The forms' namespace: the report form and the review forms are client components. */
const REPORT_NAMESPACES = [...SHELL_NAMESPACES, "reports"] as const;

export default async function ReportPage({ params }: { params: ReportParams }) {
  const key = await reportTarget(params);
  const { viewer } = key;
  const { t, f, locale } = await getIntl();
  const nameOf = (indicator: { nameVi: string; nameEn: string | null }) => localName(locale, { name: indicator.nameVi, nameEn: indicator.nameEn });
  const view = await getReportView(viewer, key.agencyId, key.year, key.quarter, new Date());
  if (!view) notFound();
  const status = view.report?.status ?? "NOT_STARTED";
  const editable = can(viewer, "report.edit", { agencyId: key.agencyId }) && agencyMayEdit(status) && agencyMayWrite(view.window);
  const reviewer = can(viewer, "report.review", { agencyId: key.agencyId });
  const messages = findingsByField(view.findings, wordsOf(locale));
  const returnComments = Object.fromEntries(view.returnComments.filter((c) => c.code).map((c) => [c.code!, c.body]));
  const general = view.returnComments.filter((c) => !c.code);
  const reportRef = view.report ? { reportId: view.report.id, agencyId: key.agencyId, version: view.report.version } : null;
  const reviewing = reviewer && reportRef !== null && status === "SUBMITTED";

  return (
    <IntlClient namespaces={REPORT_NAMESPACES}>
    <div className="space-y-6">
      <div className="space-y-2">
        <p><Link href="/reports" className="text-brand-700 underline">{t("reports.heading")}</Link></p>
        <h1 className="text-2xl font-bold text-brand-900">
          {t(reviewer ? "reports.review.heading" : "reports.form.heading", { quarter: String(key.quarter), year: String(key.year), agency: view.agency.name })}
        </h1>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <StatusBadge status={status} />
          {view.report ? <span className="text-muted">{t("reports.form.version", { version: String(view.report.version) })}</span> : null}
          <Link href={`/reports/${key.periodKey}/${key.agencyId}/history`} className="text-brand-700 underline">{t("reports.audit.link")}</Link>
          <ExportLink href={`/reports/${key.periodKey}/${key.agencyId}/export`} what={view.agency.name} />
        </div>
        <p className="text-sm text-muted">
          {t("reports.form.window", { opens: f.date(view.period.opensAt), deadline: formatEndDay(view.period.deadline, f), locks: formatEndDay(view.period.locksAt, f) })}
        </p>
        {view.reopening ? <p className="text-sm text-brand-900">{t("reports.form.reopened", { until: formatEndDay(view.reopening.until, f), reason: view.reopening.reason })}</p> : null}
        {general.map((comment) => (
          <p key={comment.body} className="rounded-md border border-accent-600/40 bg-accent-100 px-3 py-2 text-sm text-accent-700">{t("reports.form.generalReturn", { comment: comment.body })}</p>
        ))}
        {reviewer && view.changedSinceApproval > 0 ? <p className="text-sm font-semibold text-accent-700">{t("reports.review.changedSince", { count: f.number(view.changedSinceApproval) })}</p> : null}
      </div>

      {editable ? (
        <ReportForm
          action={saveReport}
          periodId={view.period.id}
          agencyId={key.agencyId}
          version={view.report?.version ?? 0}
          indicators={view.indicators.map((i) => ({
            code: i.code, name: nameOf(i), area: i.area, unit: i.unit, required: i.required, prefill: i.prefill,
            computed: i.numerator && i.denominator ? { numerator: nameOf(i.numerator), denominator: nameOf(i.denominator) } : null,
          }))}
          values={view.values}
          systemValues={view.current}
          previous={view.previous}
          messages={messages}
          returnComments={returnComments}
        />
      ) : (
        <>
          {can(viewer, "report.edit", { agencyId: key.agencyId }) ? (
            <p className="rounded-md border border-border bg-brand-50 px-3 py-2 text-sm text-brand-900" role={status === "SUBMITTED" ? "status" : "note"}>
              {/* after a submit the page reloads read-only: the confirmation stays */}
              {status === "SUBMITTED" ? `${t("reports.form.submitted")} ` : null}
              {!agencyMayEdit(status)
                ? t("reports.form.readOnly", { status: t(`reports.status.${status}`) })
                : view.window === "notOpen" ? t("reports.form.notOpen") : t("reports.form.locked")}
            </p>
          ) : null}
          <ValuesTable indicators={view.indicators} values={view.values} current={view.current} previous={view.previous} messages={messages} returnComments={returnComments}
            reviewForm={reviewing ? RETURN_FORM_ID : undefined} />
        </>
      )}

      {reviewing && reportRef ? (
        <section className="space-y-6 rounded-lg border border-border bg-surface p-4 shadow-sm">
          <ApproveForm action={approveReport} reportRef={reportRef} />
          <ReturnForm action={returnReport} reportRef={reportRef} />
        </section>
      ) : null}
      {reviewer && reportRef && status === "APPROVED" ? <UnapproveForm action={unapproveReport} reportRef={reportRef} /> : null}
      {reviewer && status === "NOT_STARTED" ? <p className="text-muted">{t("reports.review.notSubmitted")}</p> : null}
    </div>
    </IntlClient>
  );
}
