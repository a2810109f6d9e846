// Recording a reorganisation (issue 15): the editor, with the units in force as its choices. From a
// unit's "close" link the editor starts with that unit's abolition line.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReorganisationEditor, type EditorInitial } from "@/components/org/reorganisation-editor";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getDataAsOf } from "@/lib/data/as-of";
import { listUnitsForAdmin } from "@/lib/data/reorganisations";
import { t } from "@/lib/i18n";
import { addDays } from "@/lib/metrics/periods";
import { parseId } from "@/lib/validations/dossiers";
import { applyReorganisation } from "../../agencies/actions";

export const metadata: Metadata = { title: t("org.editor.heading") };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewReorganisationPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (!can(viewer, "agency.manage")) notFound();
  const [units, asOf, raw] = await Promise.all([listUnitsForAdmin(viewer, { status: "current" }), getDataAsOf(), searchParams]);
  const close = parseId(typeof raw.close === "string" ? raw.close : undefined);
  const closing = close === null ? undefined : units.find((unit) => unit.id === close);
  const initial: EditorInitial = {
    act: { actNumber: "", actDate: asOf, issuer: "", title: "", effectiveOn: addDays(asOf, 1), note: "", synthetic: false },
    newUnits: [],
    lines: closing
      ? [{ kind: "ABOLISH", predecessorId: String(closing.id), successor: "", share: "1", toParent: "", note: "" }]
      : [{ kind: "MERGE", predecessorId: "", successor: "", share: "1", toParent: "", note: "" }],
  };
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("org.editor.heading")}</h1>
        <p className="text-foreground">{t("org.editor.intro")}</p>
      </div>
      <ReorganisationEditor action={applyReorganisation} units={units.map((u) => ({ id: u.id, name: u.name, kind: u.kind }))} initial={initial} />
    </div>
  );
}
