// The inspection flags on one agency, official or dossier, and the form to add one: shown to
// those who manage flags (inspectors) and to nobody else.
import { createInspectionFlag, resolveInspectionFlag } from "@/app/(app)/dossiers/actions";
import { can, type Viewer } from "@/lib/auth/permissions";
import { listFlags } from "@/lib/data/inspection-flags";
import type { InspectionTarget } from "@/lib/generated/prisma/enums";
import { getIntl } from "@/lib/i18n/server";
import { FlagForm } from "./flag-form";
import { FlagsIntl } from "./flags-intl";
import { FlagList } from "./flag-list";

export async function FlagsPanel({ viewer, target, targetId }: { viewer: Viewer; target: InspectionTarget; targetId: number }) {
  if (!can(viewer, "inspectionFlag.manage")) return null;
  const [flags, { t }] = await Promise.all([listFlags(viewer, { target: { kind: target, id: targetId } }), getIntl()]);
  return (
    <section className="space-y-3 rounded-lg border border-border bg-surface p-4" aria-labelledby="flags-heading">
      <h2 id="flags-heading" className="text-lg font-semibold text-brand-900">{t("flags.heading")}</h2>
      <FlagsIntl>
        <FlagList flags={flags} resolve={resolveInspectionFlag} />
        <FlagForm target={target} targetId={targetId} create={createInspectionFlag} />
      </FlagsIntl>
    </section>
  );
}
