// A procedure field within an agency: its procedures' dossier figures.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { DrillFilters } from "@/components/dossiers/drill-filters";
import { DrillTable } from "@/components/dossiers/drill-table";
import { agencyCrumbs, drillContext } from "@/components/dossiers/drill-context";
import { findDrillAgency, findField, getFieldLevel } from "@/lib/data/dossier-drill";
import { t } from "@/lib/i18n";
import { formatPeriod } from "@/lib/i18n/format";
import { sortRows } from "@/lib/metrics/drill-down";
import { drillSearch, parseId, type SearchParams } from "@/lib/validations/dossiers";

export const metadata: Metadata = { title: t("dossiers.title") };

type Props = { params: Promise<{ id: string; fieldId: string }>; searchParams: Promise<SearchParams> };

export default async function FieldDossiersPage({ params, searchParams }: Props) {
  const { id, fieldId } = await params;
  const { viewer, query, periods } = await drillContext(searchParams);
  const agencyId = parseId(id);
  const fieldNumber = parseId(fieldId);
  const [agency, field] = await Promise.all([
    agencyId === null ? null : findDrillAgency(viewer, agencyId, query),
    fieldNumber === null ? null : findField(fieldNumber),
  ]);
  if (!agency || !field) notFound();
  const table = await getFieldLevel(viewer, agency, field, query);
  const base = `/dossiers/agencies/${agency.id}/fields/${field.id}`;

  return (
    <div className="space-y-6">
      <Breadcrumb items={[...agencyCrumbs(agency, query), { label: field.name }]} />
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{field.name}</h1>
        <p className="text-foreground">{t("dossiers.fieldIntro", { agency: agency.name, period: formatPeriod(query.period) })}</p>
      </div>
      <DrillFilters action={base} query={query} periods={periods} />
      <DrillTable
        caption={t("dossiers.caption.procedures", { name: field.name, period: formatPeriod(query.period) })}
        nameHeader={t("dossiers.col.procedure")}
        rows={sortRows(table.rows, query.sort)}
        total={table.total}
        sort={query.sort}
        sortHref={(sort) => `${base}${drillSearch(query, {}, sort)}`}
        rowHref={(row) => `/dossiers/agencies/${agency.id}/procedures/${row.key}${drillSearch(query)}`}
        testId="drill-procedures"
      />
    </div>
  );
}
