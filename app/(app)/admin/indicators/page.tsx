// The indicator catalogue and its validation rules (Home Affairs only: ./layout.tsx).
import type { Metadata } from "next";
import { IndicatorForm, RuleForm } from "@/components/reports/catalogue-forms";
import { IndicatorTable, RuleTable } from "@/components/reports/catalogue-tables";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";
import { saveIndicator, saveRule } from "./actions";
import { listIndicators, listRules } from "@/lib/data/province/indicators";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("indicators.title") };
}

/** The catalogue forms' messages (components/reports, client components: their own and the areas' and units' names). */
const FORM_NAMESPACES = [...SHELL_NAMESPACES, "indicators", "reports"] as const;

export default async function IndicatorsPage() {
  await requirePermission("indicator.manage");
  const [indicators, rules, { t }] = await Promise.all([listIndicators(), listRules(), getIntl()]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("indicators.heading")} intro={t("indicators.intro")} />
      <IndicatorTable indicators={indicators} />
      <IntlClient namespaces={FORM_NAMESPACES}>
        <section className="rounded-lg border border-border bg-surface p-4 shadow-sm">
          <IndicatorForm action={saveIndicator} />
        </section>
        <RuleTable rules={rules} />
        <section className="rounded-lg border border-border bg-surface p-4 shadow-sm">
          <RuleForm action={saveRule} />
        </section>
      </IntlClient>
    </div>
  );
}
