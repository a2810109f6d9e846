// Province targets (DESIGN §5.4: targets are data), Home Affairs only: each target's form, and a
// form for a new one (e.g. the share of financially autonomous public service units).
import type { Metadata } from "next";
import { TargetForm } from "@/components/staffing/target-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { AUTONOMY_TARGET_CODE } from "@/lib/data/staffing";
import { listTargets } from "@/lib/data/staffing-entry";
import { t } from "@/lib/i18n";
import { saveTarget } from "../actions";

export const metadata: Metadata = { title: t("staffing.targets.title") };
export const dynamic = "force-dynamic";

export default async function TargetsPage() {
  const viewer = await requirePermission("target.manage");
  const targets = await listTargets(viewer);

  return (
    <div className="space-y-8">
      <PageHeader title={t("staffing.targets.heading")} intro={t("staffing.targets.intro", { code: AUTONOMY_TARGET_CODE })}
        back={{ href: "/staffing", label: t("staffing.back") }} />
      {targets.map((target) => (
        <section key={target.id} aria-labelledby={`target-${target.id}`} className="space-y-3 rounded-lg border border-border bg-surface p-4 shadow-sm">
          <h2 id={`target-${target.id}`} className="font-semibold text-brand-900">{target.description}</h2>
          <TargetForm
            action={saveTarget}
            idPrefix={`t${target.id}`}
            initial={{ ...target, targetId: target.id }}
            submitLabel={t("staffing.targets.update")}
          />
        </section>
      ))}
      <section aria-labelledby="target-new" className="space-y-3 rounded-lg border border-border bg-surface p-4 shadow-sm">
        <h2 id="target-new" className="font-semibold text-brand-900">{t("staffing.targets.newHeading")}</h2>
        <TargetForm
          action={saveTarget}
          idPrefix="new"
          initial={{ code: "", category: null, baselineYear: null, targetYear: 2026, value: null, unit: "PERCENT", description: "", source: null }}
          submitLabel={t("staffing.targets.create")}
        />
      </section>
    </div>
  );
}
