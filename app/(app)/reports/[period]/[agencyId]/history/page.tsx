// The audit view of one report: who changed which value from what to what, when and why, and
// every step of the workflow, newest first.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { getAgencyName } from "@/lib/data/reports/names";
import { getReportHistory } from "@/lib/data/reports/history";
import { findPeriod } from "@/lib/data/province/periods";
import { t } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { reportKey, type ReportParams } from "../load";

export const metadata: Metadata = { title: t("reports.audit.link") };

const time = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit" });

export default async function ReportHistoryPage({ params }: { params: ReportParams }) {
  const viewer = await requireViewer();
  const key = await reportKey(params);
  const period = await findPeriod(key.year, key.quarter);
  if (!period) notFound();
  const [items, agencyName] = await Promise.all([getReportHistory(viewer, key.agencyId, period.id), getAgencyName(viewer, key.agencyId)]);
  if (!items || !agencyName) notFound();

  return (
    <div className="space-y-6">
      <p><Link href={`/reports/${key.periodKey}/${key.agencyId}`} className="text-brand-700 underline">{t("reports.board.open")}</Link></p>
      <h1 className="text-2xl font-bold text-brand-900">{t("reports.audit.heading", { quarter: key.quarter, year: key.year, agency: agencyName })}</h1>
      {items.length === 0 ? (
        <p className="text-muted">{t("reports.audit.none")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
          <table className="min-w-full text-sm" data-testid="report-history">
            <caption className="sr-only">{t("reports.audit.caption")}</caption>
            <thead className="bg-brand-50 text-left text-brand-900">
              <tr>
                <th scope="col" className="px-3 py-2">{t("reports.col.when")}</th>
                <th scope="col" className="px-3 py-2">{t("reports.col.who")}</th>
                <th scope="col" className="px-3 py-2">{t("reports.col.what")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("reports.col.from")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("reports.col.to")}</th>
                <th scope="col" className="px-3 py-2">{t("reports.col.why")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {items.map((item) => (
                <tr key={item.id} className={item.type === "event" ? "bg-brand-50/50 font-semibold" : ""} data-kind={item.type === "event" ? item.kind : "VALUE"}>
                  <td className="px-3 py-2 whitespace-nowrap">{formatDate(item.at)} {time.format(item.at)}</td>
                  <td className="px-3 py-2">{item.actor}</td>
                  <td className="px-3 py-2">
                    {item.type === "event" ? t(`reports.audit.event.${item.kind}`) : t("reports.audit.valueChanged", { indicator: item.indicator })}
                  </td>
                  <td className="px-3 py-2 text-right">{item.type === "value" ? (item.from ?? t("reports.empty")) : ""}</td>
                  <td className="px-3 py-2 text-right">{item.type === "value" ? (item.to ?? t("reports.empty")) : ""}</td>
                  <td className="px-3 py-2 font-normal">
                    {item.type === "value" ? item.comment : item.reason}
                    {item.type === "event"
                      ? item.comments.filter((c) => c.indicator).map((c) => <span key={`${c.indicator}${c.body}`} className="block">{c.indicator}: {c.body}</span>)
                      : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
