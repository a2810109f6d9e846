// Province targets (DESIGN §5.4: targets are data), Home Affairs only: each target's form, and a
// form for a new one (e.g. the share of financially autonomous public service units).
import type { Metadata } from "next";
import { TargetForm } from "@/components/staffing/target-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { AUTONOMY_TARGET_CODE } from "@/lib/data/staffing";
import { listTargets } from "@/lib/data/staffing-entry";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";
import { saveTarget } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("staffing.targets.title") };
}

/** The target forms are client components: they read the staffing messages. */
const FORM_NAMESPACES = [...SHELL_NAMESPACES, "staffing"] as const;

export default async function TargetsPage() {
  const [viewer, { t }] = await Promise.all([requirePermission("target.manage"), getIntl()]);
  const targets = await listTargets(viewer);

  return (
    <IntlClient namespaces={FORM_NAMESPACES}>
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
    </IntlClient>
  );
}
