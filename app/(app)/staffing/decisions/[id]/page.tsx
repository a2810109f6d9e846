// One quota decision: editable while no later decision exists, read-only afterwards (issue 8).
import type { Metadata } from "next";
import { updateQuotaDecision } from "@/app/(app)/staffing/actions";
import { DecisionLines } from "@/components/staffing/decision-tables";
import { QuotaDecisionForm } from "@/components/staffing/quota-decision-form";
import { FormStatus } from "@/components/ui/form-fields";
import { PageHeader } from "@/components/ui/page-header";
import { t } from "@/lib/i18n";
import { formatLocalDate } from "@/lib/i18n/format";
import { startOfLocalDay } from "@/lib/metrics/periods";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";
import { savedParams } from "@/lib/validations/staffing";
import { loadDecision, type DecisionParams } from "./load";
import { listCurrentAgencies } from "@/lib/data/province/agencies";
import { getDataAsOf } from "@/lib/data/province/settings";

export const metadata: Metadata = { title: t("staffing.decisions.title") };
export const dynamic = "force-dynamic";

type Props = { params: DecisionParams; searchParams: Promise<SearchParams> };

export default async function QuotaDecisionPage({ params, searchParams }: Props) {
  const [decision, asOf, search] = await Promise.all([params.then(({ id }) => loadDecision(id)), getDataAsOf(), searchParams]);
  const { saved } = parseSearchParams(savedParams(), search);
  const agencies = await listCurrentAgencies(startOfLocalDay(asOf));
  // the decision's own agencies stay choosable even if they have since been merged away
  const choices = [...agencies, ...decision.lines.filter((l) => !agencies.some((a) => a.id === l.agencyId)).map((l) => ({ id: l.agencyId, name: l.agencyName }))];

  return (
    <div className="space-y-6">
      <PageHeader title={t("staffing.decisions.detailHeading", { number: decision.number, date: formatLocalDate(decision.decidedOn) })}
        back={{ href: "/staffing/decisions", label: t("staffing.decisions.back") }} >
        {saved ? <FormStatus message={t("staffing.decisions.saved", { number: decision.number })} /> : null}
      </PageHeader>
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
          <DecisionLines lines={decision.lines} />
        </>
      )}
    </div>
  );
}
