// Reporting periods and reopenings (Home Affairs).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PeriodForm, ReopenForm } from "@/components/reports/period-forms";
import { formatEndDay } from "@/components/reports/report-display";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listAgencyChoices } from "@/lib/data/province/agencies";
import { listPeriods } from "@/lib/data/province/periods";
import { listReopenings } from "@/lib/data/reports/periods";
import { t } from "@/lib/i18n";
import { formatDate, formatPeriod } from "@/lib/i18n/format";
import { quarterPeriod } from "@/lib/metrics/periods";
import { reopenPeriod, savePeriod } from "./actions";

export const metadata: Metadata = { title: t("periods.title") };

const cell = "px-3 py-2";

export default async function PeriodsPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "period.manage")) notFound();
  const [periods, reopenings, agencies] = await Promise.all([listPeriods(), listReopenings(viewer), listAgencyChoices()]);
  const label = (p: { year: number; quarter: number }) => formatPeriod(quarterPeriod(p.year, p.quarter));
  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("periods.heading")}</h1>
        <p>{t("periods.intro")}</p>
      </div>
      <section className="rounded-lg border border-border bg-surface p-4 shadow-sm">
        <ReopenForm action={reopenPeriod} periods={periods.map((p) => ({ id: p.id, label: label(p) }))} agencies={agencies.map((a) => ({ id: a.id, label: a.name }))} />
      </section>
      {reopenings.length > 0 ? (
        <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
          <table className="min-w-full text-sm">
            <caption className="px-3 py-2 text-left font-semibold text-brand-900">{t("periods.reopen.caption")}</caption>
            <thead className="bg-brand-50 text-left text-brand-900">
              <tr>
                <th scope="col" className={cell}>{t("periods.col.period")}</th>
                <th scope="col" className={cell}>{t("periods.reopen.col.agency")}</th>
                <th scope="col" className={cell}>{t("periods.reopen.col.until")}</th>
                <th scope="col" className={cell}>{t("periods.reopen.col.reason")}</th>
                <th scope="col" className={cell}>{t("periods.reopen.col.by")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {reopenings.map((r) => (
                <tr key={r.id}>
                  <td className={cell}>{label(r)}</td>
                  <td className={cell}>{r.agencyName}</td>
                  <td className={cell}>{formatEndDay(r.until)}</td>
                  <td className={cell}>{r.reason}</td>
                  <td className={cell}>{r.createdBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <section className="rounded-lg border border-border bg-surface p-4 shadow-sm">
        <PeriodForm action={savePeriod} />
      </section>
      <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
        <table className="min-w-full text-sm">
          <caption className="px-3 py-2 text-left font-semibold text-brand-900">{t("periods.caption")}</caption>
          <thead className="bg-brand-50 text-left text-brand-900">
            <tr>
              <th scope="col" className={cell}>{t("periods.col.period")}</th>
              <th scope="col" className={cell}>{t("periods.col.opensAt")}</th>
              <th scope="col" className={cell}>{t("periods.col.deadline")}</th>
              <th scope="col" className={cell}>{t("periods.col.locksAt")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {periods.map((p) => (
              <tr key={p.id}>
                <th scope="row" className={`${cell} text-left font-medium`}>{label(p)}</th>
                <td className={cell}>{formatDate(p.opensAt)}</td>
                <td className={cell}>{formatEndDay(p.deadline)}</td>
                <td className={cell}>{formatEndDay(p.locksAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
