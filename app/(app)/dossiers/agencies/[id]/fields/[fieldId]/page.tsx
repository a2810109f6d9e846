// A procedure field within an agency: its procedures' dossier figures.
import type { Metadata } from "next";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { DrillFilters } from "@/components/dossiers/drill-filters";
import { DrillTable } from "@/components/dossiers/drill-table";
import { agencyCrumbs, drillContext } from "@/components/dossiers/drill-context";
import { PageHeader } from "@/components/ui/page-header";
import { getFieldLevel } from "@/lib/data/dossier-drill";
import { wordsOf } from "@/lib/notifications/words";
import { getIntl } from "@/lib/i18n/server";
import { sortRows } from "@/lib/metrics/drill-down";
import { drillParams, drillSearch } from "@/lib/validations/dossier-params";
import type { SearchParams } from "@/lib/validations/search-params";
import { loadDrillAgency, loadField } from "../../load";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("dossiers.title") };
}

type Props = { params: Promise<{ id: string; fieldId: string }>; searchParams: Promise<SearchParams> };

export default async function FieldDossiersPage({ params, searchParams }: Props) {
  const { id, fieldId } = await params;
  const { viewer, params: query, periods, t, f } = await drillContext(searchParams, drillParams);
  const [agency, field] = await Promise.all([loadDrillAgency(id, query), loadField(fieldId)]);
  const table = await getFieldLevel(viewer, agency, field, query, wordsOf(f.locale));
  const base = `/dossiers/agencies/${agency.id}/fields/${field.id}`;

  return (
    <div className="space-y-6">
      <Breadcrumb items={[...agencyCrumbs(agency, query, t), { label: field.name }]} />
      <PageHeader title={field.name} intro={t("dossiers.fieldIntro", { agency: agency.name, period: f.period(query.period) })} />
      <DrillFilters action={base} query={query} periods={periods} />
      <DrillTable caption={t("dossiers.caption.procedures", { name: field.name, period: f.period(query.period) })}
        nameHeader={t("dossiers.col.procedure")} rows={sortRows(table.rows, query.sort)} total={table.total} sort={query.sort}
        sortHref={(sort) => `${base}${drillSearch(query, {}, sort)}`}
        rowHref={(row) => `/dossiers/agencies/${agency.id}/procedures/${row.key}${drillSearch(query)}`} testId="drill-procedures" />
    </div>
  );
}
