// Correcting a unit's code or names (issue 15); its history is on its agency page.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditUnitForm } from "@/components/org/unit-form";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { findUnitForAdmin } from "@/lib/data/reorganisations";
import { t } from "@/lib/i18n";
import { parseId } from "@/lib/validations/dossiers";
import { updateAgency } from "../actions";

export const metadata: Metadata = { title: t("org.unit.editHeading") };

export default async function EditUnitPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "agency.manage")) notFound();
  const id = parseId((await params).id);
  const unit = id === null ? null : await findUnitForAdmin(viewer, id);
  if (!unit) notFound();
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("org.unit.editHeading")}</h1>
      <p className="max-w-3xl text-foreground">{t("org.unit.editIntro")}</p>
      <p><Link href={`/agencies/${unit.id}`} className="text-brand-700 underline">{unit.name}</Link></p>
      <EditUnitForm action={updateAgency} unit={unit} />
    </div>
  );
}
