// One quota decision: editable while no later decision exists, read-only afterwards (issue 8).
import type { Metadata } from "next";
import { updateQuotaDecision } from "@/app/(app)/staffing/actions";
import { DecisionLines } from "@/components/staffing/decision-tables";
import { QuotaDecisionForm } from "@/components/staffing/quota-decision-form";
import { FormStatus } from "@/components/ui/form-fields";
import { PageHeader } from "@/components/ui/page-header";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";
import { startOfLocalDay } from "@/lib/metrics/periods";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";
import { savedParams } from "@/lib/validations/staffing";
import { loadDecision, type DecisionParams } from "./load";
import { listCurrentAgencies } from "@/lib/data/province/agencies";
import { getDataAsOf } from "@/lib/data/province/settings";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("staffing.decisions.title") };
}

/** The decision form is a client component: it reads the staffing messages. */
const FORM_NAMESPACES = [...SHELL_NAMESPACES, "staffing"] as const;

type Props = { params: DecisionParams; searchParams: Promise<SearchParams> };

export default async function QuotaDecisionPage({ params, searchParams }: Props) {
  const [decision, asOf, search, { t, f }] = await Promise.all([params.then(({ id }) => loadDecision(id)), getDataAsOf(), searchParams, getIntl()]);
  const { saved } = parseSearchParams(savedParams(), search);
  const agencies = await listCurrentAgencies(startOfLocalDay(asOf));
  // the decision's own agencies stay choosable even if they have since been merged away
  const choices = [...agencies, ...decision.lines.filter((l) => !agencies.some((a) => a.id === l.agencyId)).map((l) => ({ id: l.agencyId, name: l.agencyName }))];

  return (
    <div className="space-y-6">
      <PageHeader title={t("staffing.decisions.detailHeading", { number: decision.number, date: f.localDate(decision.decidedOn) })}
        back={{ href: "/staffing/decisions", label: t("staffing.decisions.back") }} >
        {saved ? <FormStatus message={t("staffing.decisions.saved", { number: decision.number })} /> : null}
      </PageHeader>
      {decision.editable ? (
        <IntlClient namespaces={FORM_NAMESPACES}>
          <QuotaDecisionForm
            action={updateQuotaDecision}
            agencies={choices}
            initial={{ decisionId: decision.id, number: decision.number, decidedOn: decision.decidedOn, year: decision.year, lines: decision.lines }}
            submitLabel={t("staffing.decisions.update")}
          />
        </IntlClient>
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
