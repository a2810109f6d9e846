// One quota decision: editable while no later decision exists, read-only afterwards (issue 8).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuotaDecisionForm } from "@/components/staffing/quota-decision-form";
import { FormStatus } from "@/components/ui/form-fields";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { listCurrentAgencies } from "@/lib/data/province/agencies";
import { getDataAsOf } from "@/lib/data/province/settings";
import { findQuotaDecision } from "@/lib/data/staffing-entry";
import { CATEGORIES } from "@/lib/validations/staffing";
import { t } from "@/lib/i18n";
import { formatLocalDate, formatNumber } from "@/lib/i18n/format";
import { startOfLocalDay } from "@/lib/metrics/periods";
import { updateQuotaDecision } from "../../actions";

export const metadata: Metadata = { title: t("staffing.decisions.title") };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuotaDecisionPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  if (!can(viewer, "staffingQuota.manage")) notFound();
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const [decision, asOf, search] = await Promise.all([findQuotaDecision(viewer, Number(id)), getDataAsOf(), searchParams]);
  if (!decision) notFound();
  const agencies = await listCurrentAgencies(startOfLocalDay(asOf));
  // the decision's own agencies stay choosable even if they have since been merged away
  const choices = [...agencies, ...decision.lines.filter((l) => !agencies.some((a) => a.id === l.agencyId)).map((l) => ({ id: l.agencyId, name: l.agencyName }))];

  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <p>
          <Link href="/staffing/decisions" className="text-brand-700 underline">{t("staffing.decisions.back")}</Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">
          {t("staffing.decisions.detailHeading", { number: decision.number, date: formatLocalDate(decision.decidedOn) })}
        </h1>
        {search.saved === "1" ? <FormStatus message={t("staffing.decisions.saved", { number: decision.number })} /> : null}
      </div>
      {decision.editable ? (
        <QuotaDecisionForm
          action={updateQuotaDecision}
          agencies={choices}
          initial={{ decisionId: decision.id, number: decision.number, decidedOn: decision.decidedOn, year: decision.year, lines: decision.lines }}
          submitLabel={t("staffing.decisions.update")}
        />
      ) : (
        <>
          <p className="rounded-md border border-border bg-brand-50 px-4 py-3 text-brand-900" data-testid="decision-locked">
            {t("staffing.decisions.lockedNote")}
          </p>
          <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">{t("staffing.decisions.lines")}</caption>
              <thead className="bg-brand-50 text-brand-900">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">{t("staffing.col.agency")}</th>
                  {CATEGORIES.map((c) => (
                    <th key={c} scope="col" className="px-4 py-3 text-right font-semibold">{t(`staffing.category.${c}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {decision.lines.map((line) => (
                  <tr key={line.agencyId}>
                    <th scope="row" className="px-4 py-3 font-medium">{line.agencyName}</th>
                    {CATEGORIES.map((c) => (
                      <td key={c} className="px-4 py-3 text-right tabular-nums">{line.quotas[c] === undefined ? "—" : formatNumber(line.quotas[c])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
