// Quota decisions (issue 8), Home Affairs only: the decisions recorded, latest first, and a form
// for a new one. A decision with a later one is history and opens read-only.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuotaDecisionForm } from "@/components/staffing/quota-decision-form";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { listCurrentAgencies } from "@/lib/data/province/agencies";
import { getDataAsOf } from "@/lib/data/province/settings";
import { listQuotaDecisions } from "@/lib/data/staffing-entry";
import { t } from "@/lib/i18n";
import { formatLocalDate, formatNumber } from "@/lib/i18n/format";
import { startOfLocalDay } from "@/lib/metrics/periods";
import { createQuotaDecision } from "../actions";

export const metadata: Metadata = { title: t("staffing.decisions.title") };
export const dynamic = "force-dynamic";

export default async function QuotaDecisionsPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "staffingQuota.manage")) notFound();
  const asOf = await getDataAsOf();
  const [decisions, agencies] = await Promise.all([listQuotaDecisions(viewer), listCurrentAgencies(startOfLocalDay(asOf))]);

  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-2">
        <p>
          <Link href="/staffing" className="text-brand-700 underline">{t("staffing.back")}</Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("staffing.decisions.heading")}</h1>
        <p className="text-foreground">{t("staffing.decisions.intro")}</p>
      </div>

      <section aria-labelledby="decision-list" className="space-y-3">
        <h2 id="decision-list" className="text-lg font-semibold text-brand-900">{t("staffing.decisions.listHeading")}</h2>
        {decisions.length === 0 ? (
          <p className="rounded-md border border-border bg-surface px-4 py-6 text-muted">{t("staffing.decisions.none")}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
            <table className="min-w-full text-left text-sm" data-testid="decision-table">
              <caption className="sr-only">{t("staffing.decisions.listHeading")}</caption>
              <thead className="bg-brand-50 text-brand-900">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">{t("staffing.decisions.number")}</th>
                  <th scope="col" className="px-4 py-3 font-semibold">{t("staffing.decisions.date")}</th>
                  <th scope="col" className="px-4 py-3 font-semibold">{t("staffing.decisions.year")}</th>
                  <th scope="col" className="px-4 py-3 text-right font-semibold">{t("staffing.decisions.lineCount")}</th>
                  <th scope="col" className="px-4 py-3 text-right font-semibold">{t("staffing.col.total")}</th>
                  <th scope="col" className="px-4 py-3 font-semibold">{t("staffing.decisions.state")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {decisions.map((d) => (
                  <tr key={d.id}>
                    <th scope="row" className="px-4 py-3 font-medium">
                      <Link href={`/staffing/decisions/${d.id}`} className="text-brand-700 underline">{d.number}</Link>
                    </th>
                    <td className="px-4 py-3">{formatLocalDate(d.decidedOn)}</td>
                    <td className="px-4 py-3">{d.year}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{formatNumber(d.lines)}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{formatNumber(d.total)}</td>
                    <td className="px-4 py-3">{t(d.editable ? "staffing.decisions.editable" : "staffing.decisions.locked")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="decision-new" className="space-y-3">
        <h2 id="decision-new" className="text-lg font-semibold text-brand-900">{t("staffing.decisions.newHeading")}</h2>
        <QuotaDecisionForm
          action={createQuotaDecision}
          agencies={agencies}
          initial={{ number: "", decidedOn: asOf, year: Number(asOf.slice(0, 4)) + 1, lines: [] }}
          submitLabel={t("staffing.decisions.create")}
        />
      </section>
    </div>
  );
}
