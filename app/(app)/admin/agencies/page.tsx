// The units of the province through its history (issue 15): validity, parent, kind, and for a unit
// that ended the units that carry its history today; create a unit, correct one, close one or
// record a reorganisation. Home Affairs and the administrator ("agency.manage"; gate: ./layout.tsx).
import type { Metadata } from "next";
import { UnitsTable } from "@/components/org/units-table";
import { FilterForm, SearchField, SelectField } from "@/components/ui/controls";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { listUnitsForAdmin } from "@/lib/data/reorganisations";
import { AgencyKind } from "@/lib/generated/prisma/enums";
import { getIntl } from "@/lib/i18n/server";
import { unitListParams, UNIT_STATUSES } from "@/lib/validations/reorganisations";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("org.admin.title") };
}
export const dynamic = "force-dynamic";

export default async function AgenciesAdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, params] = await Promise.all([requirePermission("agency.manage"), searchParams]);
  const filter = parseSearchParams(unitListParams(), params);
  const [rows, { t }] = await Promise.all([listUnitsForAdmin(viewer, filter), getIntl()]);

  return (
    <div className="space-y-6">
      <PageHeader title={t("org.admin.heading")} intro={t("org.admin.intro")}
        actions={
          <>
            <ButtonLink href="/admin/agencies/new">{t("org.admin.newUnit")}</ButtonLink>
            <ButtonLink href="/admin/reorganisations/new" primary testId="new-reorganisation">{t("org.admin.newReorganisation")}</ButtonLink>
            <ButtonLink href="/admin/reorganisations">{t("org.admin.acts")}</ButtonLink>
          </>
        }
      />
      <FilterForm action="/admin/agencies" search submitLabel={t("org.admin.filter")}>
        <SelectField id="status" name="status" label={t("org.admin.statusLabel")} defaultValue={filter.status}
          options={UNIT_STATUSES.map((s) => ({ value: s, label: t(`org.admin.status.${s}`) }))} />
        <SelectField id="kind" name="kind" label={t("agency.kindLabel")} defaultValue={filter.kind} allLabel={t("org.admin.allKinds")}
          options={Object.values(AgencyKind).map((k) => ({ value: k, label: t(`agency.kind.${k}`) }))} />
        <SearchField id="q" name="q" label={t("org.admin.search")} defaultValue={filter.q} />
      </FilterForm>
      <p className="text-sm text-muted" data-testid="unit-count">{t("org.admin.count", { count: rows.length })}</p>
      <UnitsTable rows={rows} />
    </div>
  );
}
