// A new unit (issue 15). Units formed by a reorganisation are created when its act is recorded.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewUnitForm } from "@/components/org/unit-form";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getDataAsOf } from "@/lib/data/as-of";
import { listUnitsForAdmin } from "@/lib/data/reorganisations";
import { t } from "@/lib/i18n";
import { createAgency } from "../actions";

export const metadata: Metadata = { title: t("org.unit.newHeading") };

export default async function NewUnitPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "agency.manage")) notFound();
  const [units, asOf] = await Promise.all([listUnitsForAdmin(viewer, { status: "current" }), getDataAsOf()]);
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("org.unit.newHeading")}</h1>
      <p className="max-w-3xl text-foreground">{t("org.unit.newIntro")}</p>
      <NewUnitForm action={createAgency} parents={units.map((u) => ({ id: u.id, name: u.name }))} today={asOf} />
    </div>
  );
}
