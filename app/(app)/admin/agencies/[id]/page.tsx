// Correcting a unit's code or names (issue 15); its history is on its agency page. Gate: ../layout.tsx.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditUnitForm } from "@/components/org/unit-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { findUnitForAdmin } from "@/lib/data/reorganisations";
import { getIntl, IntlClient } from "@/lib/i18n/server";
import { parsePathId } from "@/lib/validations/search-params";
import { UNIT_FORM_NAMESPACES } from "@/components/org/namespaces";
import { updateAgency } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("org.unit.editHeading") };
}

export default async function EditUnitPage({ params }: { params: Promise<{ id: string }> }) {
  const [viewer, { id }, { t }] = await Promise.all([requirePermission("agency.manage"), params, getIntl()]);
  const unit = await findUnitForAdmin(viewer, parsePathId(id));
  if (!unit) notFound();
  return (
    <div className="space-y-4">
      <PageHeader title={t("org.unit.editHeading")} intro={t("org.unit.editIntro")} back={{ href: `/agencies/${unit.id}`, label: unit.name }} />
      <IntlClient namespaces={UNIT_FORM_NAMESPACES}>
        <EditUnitForm action={updateAgency} unit={unit} />
      </IntlClient>
    </div>
  );
}
