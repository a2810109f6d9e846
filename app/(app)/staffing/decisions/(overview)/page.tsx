// Quota decisions (issue 8), Home Affairs only (../layout.tsx): the decisions recorded, latest
// first, and a form for a new one. A decision with a later one is history and opens read-only.
import type { Metadata } from "next";
import { createQuotaDecision } from "@/app/(app)/staffing/actions";
import { DecisionList } from "@/components/staffing/decision-tables";
import { QuotaDecisionForm } from "@/components/staffing/quota-decision-form";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requirePermission } from "@/lib/auth/page-access";
import { listQuotaDecisions } from "@/lib/data/staffing-entry";
import { listCurrentAgencies } from "@/lib/data/province/agencies";
import { getDataAsOf } from "@/lib/data/province/settings";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";
import { startOfLocalDay } from "@/lib/metrics/periods";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("staffing.decisions.title") };
}

/** The decision form is a client component: it reads the staffing messages. */
const FORM_NAMESPACES = [...SHELL_NAMESPACES, "staffing"] as const;

export default async function QuotaDecisionsPage() {
  const [viewer, asOf, { t }] = await Promise.all([requirePermission("staffingQuota.manage"), getDataAsOf(), getIntl()]);
  const [decisions, agencies] = await Promise.all([listQuotaDecisions(viewer), listCurrentAgencies(startOfLocalDay(asOf))]);

  return (
    <div className="space-y-8">
      <PageHeader title={t("staffing.decisions.heading")} intro={t("staffing.decisions.intro")} back={{ href: "/staffing", label: t("staffing.back") }} />
      <Section id="decision-list" title={t("staffing.decisions.listHeading")}>
        <DecisionList decisions={decisions} />
      </Section>
      <Section id="decision-new" title={t("staffing.decisions.newHeading")}>
        <IntlClient namespaces={FORM_NAMESPACES}>
          <QuotaDecisionForm
            action={createQuotaDecision}
            agencies={agencies}
            initial={{ number: "", decidedOn: asOf, year: Number(asOf.slice(0, 4)) + 1, lines: [] }}
            submitLabel={t("staffing.decisions.create")}
          />
        </IntlClient>
      </Section>
    </div>
  );
}
