// Reporting periods and reopenings (Home Affairs only: ./layout.tsx).
import type { Metadata } from "next";
import { DeadlineForm, PeriodForm, ReopenForm } from "@/components/reports/period-forms";
import { PeriodTable, ReopeningTable } from "@/components/reports/period-tables";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { listReopenings } from "@/lib/data/reports/periods";
import { listAgencyChoices } from "@/lib/data/province/agencies";
import { listPeriods } from "@/lib/data/province/periods";
import { getReportDeadlineDays } from "@/lib/data/province/settings";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";
import { quarterPeriod } from "@/lib/metrics/periods";
import { reopenPeriod, savePeriod, setReportDeadline } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("periods.title") };
}

/** The period forms' messages (components/reports, client components). */
const FORM_NAMESPACES = [...SHELL_NAMESPACES, "periods"] as const;

export default async function PeriodsPage() {
  const viewer = await requirePermission("period.manage");
  const [periods, reopenings, agencies, deadlineDays, { t, f }] = await Promise.all([listPeriods(), listReopenings(viewer), listAgencyChoices(), getReportDeadlineDays(), getIntl()]);
  const label = (p: { year: number; quarter: number }) => f.period(quarterPeriod(p.year, p.quarter));
  return (
    <div className="space-y-8">
      <PageHeader title={t("periods.heading")} intro={t("periods.intro")} />
      <IntlClient namespaces={FORM_NAMESPACES}>
        <section className="rounded-lg border border-border bg-surface p-4 shadow-sm">
          <DeadlineForm action={setReportDeadline} days={deadlineDays} />
        </section>
        <section className="rounded-lg border border-border bg-surface p-4 shadow-sm">
          <ReopenForm action={reopenPeriod} periods={periods.map((p) => ({ id: p.id, label: label(p) }))} agencies={agencies.map((a) => ({ id: a.id, label: a.name }))} />
        </section>
        {reopenings.length > 0 ? <ReopeningTable reopenings={reopenings} /> : null}
        <section className="rounded-lg border border-border bg-surface p-4 shadow-sm">
          <PeriodForm action={savePeriod} />
        </section>
      </IntlClient>
      <PeriodTable periods={periods} />
    </div>
  );
}
