// A new unit (issue 15). Units formed by a reorganisation are created when its act is recorded. Gate: ../layout.tsx.
import type { Metadata } from "next";
import { NewUnitForm } from "@/components/org/unit-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { getDataAsOf } from "@/lib/data/province/settings";
import { listUnitsForAdmin } from "@/lib/data/reorganisations";
import { t } from "@/lib/i18n";
import { createAgency } from "../actions";

export const metadata: Metadata = { title: t("org.unit.newHeading") };

export default async function NewUnitPage() {
  const viewer = await requirePermission("agency.manage");
  const [units, asOf] = await Promise.all([listUnitsForAdmin(viewer, { status: "current" }), getDataAsOf()]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("org.unit.newHeading")} intro={t("org.unit.newIntro")} back={{ href: "/admin/agencies", label: t("org.admin.heading") }} />
      <NewUnitForm action={createAgency} parents={units.map((u) => ({ id: u.id, name: u.name }))} today={asOf} />
    </div>
  );
}
