// The indicator catalogue and its validation rules (Home Affairs only: ./layout.tsx).
import type { Metadata } from "next";
import { IndicatorForm, RuleForm } from "@/components/reports/catalogue-forms";
import { IndicatorTable, RuleTable } from "@/components/reports/catalogue-tables";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { t } from "@/lib/i18n";
import { saveIndicator, saveRule } from "./actions";
import { listIndicators, listRules } from "@/lib/data/province/indicators";

export const metadata: Metadata = { title: t("indicators.title") };

export default async function IndicatorsPage() {
  await requirePermission("indicator.manage");
  const [indicators, rules] = await Promise.all([listIndicators(), listRules()]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("indicators.heading")} intro={t("indicators.intro")} />
      <IndicatorTable indicators={indicators} />
      <section className="rounded-lg border border-border bg-surface p-4 shadow-sm">
        <IndicatorForm action={saveIndicator} />
      </section>
      <RuleTable rules={rules} />
      <section className="rounded-lg border border-border bg-surface p-4 shadow-sm">
        <RuleForm action={saveRule} />
      </section>
    </div>
  );
}
