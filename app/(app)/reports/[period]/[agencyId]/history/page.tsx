// The audit view of one report: who changed which value from what to what, when and why, and
// every step of the workflow, newest first.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportHistory } from "@/components/reports/report-history";
import { PageHeader } from "@/components/ui/page-header";
import { getReportHistory } from "@/lib/data/reports/history";
import { getIntl } from "@/lib/i18n/server";
import { reportTarget, type ReportParams } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("reports.audit.link") };
}

export default async function ReportHistoryPage({ params }: { params: ReportParams }) {
  const [key, { t }] = await Promise.all([reportTarget(params), getIntl()]);
  const items = await getReportHistory(key.viewer, key.agencyId, key.period.id);
  if (!items) notFound();

  return (
    <div className="space-y-6">
      <PageHeader title={t("reports.audit.heading", { quarter: String(key.quarter), year: String(key.year), agency: key.agencyName })}
        back={{ href: `/reports/${key.periodKey}/${key.agencyId}`, label: t("reports.board.open") }} />
      <ReportHistory items={items} />
    </div>
  );
}
