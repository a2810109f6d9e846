// Recording a reorganisation (issue 15): the editor, with the units in force as its choices. From a
// unit's "close" link the editor starts with that unit's abolition line. Gate: ../layout.tsx.
import type { Metadata } from "next";
import { ReorganisationEditor, type EditorInitial } from "@/components/org/reorganisation-editor";
import { UNIT_FORM_NAMESPACES } from "@/components/org/namespaces";
import type { PreviewLabels } from "@/components/org/reorganisation-preview";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { getDataAsOf } from "@/lib/data/province/settings";
import { listUnitsForAdmin } from "@/lib/data/reorganisations";
import { ReportStatus, StaffCategory } from "@/lib/generated/prisma/enums";
import { getIntl, IntlClient, type Translator } from "@/lib/i18n/server";
import { addDays } from "@/lib/metrics/periods";
import { newReorganisationParams } from "@/lib/validations/reorganisations";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";
import { applyReorganisation } from "../../agencies/actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("org.editor.heading") };
}
export const dynamic = "force-dynamic";

/** The preview's words from other areas (report statuses, staff categories): given here so the editor needs no namespace of theirs. */
function previewLabels(t: Translator): PreviewLabels {
  return {
    status: Object.fromEntries(Object.values(ReportStatus).map((status) => [status, t(`reports.status.${status}`)])) as PreviewLabels["status"],
    category: Object.fromEntries(Object.values(StaffCategory).map((category) => [category, t(`staffing.category.${category}`)])) as PreviewLabels["category"],
  };
}

export default async function NewReorganisationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, params] = await Promise.all([requirePermission("agency.manage"), searchParams]);
  const { close } = parseSearchParams(newReorganisationParams(), params);
  const [units, asOf, { t }] = await Promise.all([listUnitsForAdmin(viewer, { status: "current" }), getDataAsOf(), getIntl()]);
  const closing = close === undefined ? undefined : units.find((unit) => unit.id === close);
  const initial: EditorInitial = {
    act: { actNumber: "", actDate: asOf, issuer: "", title: "", effectiveOn: addDays(asOf, 1), note: "", synthetic: false },
    newUnits: [],
    lines: closing
      ? [{ kind: "ABOLISH", predecessorId: String(closing.id), successor: "", share: "1", toParent: "", note: "" }]
      : [{ kind: "MERGE", predecessorId: "", successor: "", share: "1", toParent: "", note: "" }],
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("org.editor.heading")} intro={t("org.editor.intro")} back={{ href: "/admin/agencies", label: t("org.admin.heading") }} />
      <IntlClient namespaces={UNIT_FORM_NAMESPACES}>
        <ReorganisationEditor action={applyReorganisation} units={units.map((u) => ({ id: u.id, name: u.name, kind: u.kind }))} initial={initial} labels={previewLabels(t)} />
      </IntlClient>
    </div>
  );
}
