// Correcting a unit's code or names (issue 15); its history is on its agency page. Gate: ../layout.tsx.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditUnitForm } from "@/components/org/unit-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { findUnitForAdmin } from "@/lib/data/reorganisations";
import { t } from "@/lib/i18n";
import { parsePathId } from "@/lib/validations/search-params";
import { updateAgency } from "../actions";

export const metadata: Metadata = { title: t("org.unit.editHeading") };

export default async function EditUnitPage({ params }: { params: Promise<{ id: string }> }) {
  const [viewer, { id }] = await Promise.all([requirePermission("agency.manage"), params]);
  const unit = await findUnitForAdmin(viewer, parsePathId(id));
  if (!unit) notFound();
  return (
    <div className="space-y-4">
      <PageHeader title={t("org.unit.editHeading")} intro={t("org.unit.editIntro")} back={{ href: `/agencies/${unit.id}`, label: unit.name }} />
      <EditUnitForm action={updateAgency} unit={unit} />
    </div>
  );
}
