// A new unit (issue 15). Units formed by a reorganisation are created when its act is recorded. Gate: ../layout.tsx.
import type { Metadata } from "next";
import { NewUnitForm } from "@/components/org/unit-form";
import { UNIT_FORM_NAMESPACES } from "@/components/org/namespaces";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { getDataAsOf } from "@/lib/data/province/settings";
import { listUnitsForAdmin } from "@/lib/data/reorganisations";
import { getIntl, IntlClient } from "@/lib/i18n/server";
import { createAgency } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("org.unit.newHeading") };
}

export default async function NewUnitPage() {
  const viewer = await requirePermission("agency.manage");
  const [units, asOf, { t }] = await Promise.all([listUnitsForAdmin(viewer, { status: "current" }), getDataAsOf(), getIntl()]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("org.unit.newHeading")} intro={t("org.unit.newIntro")} back={{ href: "/admin/agencies", label: t("org.admin.heading") }} />
      <IntlClient namespaces={UNIT_FORM_NAMESPACES}>
        <NewUnitForm action={createAgency} parents={units.map((u) => ({ id: u.id, name: u.name }))} today={asOf} />
      </IntlClient>
    </div>
  );
}
