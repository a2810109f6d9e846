// A procedure within an agency: its dossier figures month by month, each month a link to the
// dossiers received in it.
import type { Metadata } from "next";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { DrillFilters } from "@/components/dossiers/drill-filters";
import { DrillTable } from "@/components/dossiers/drill-table";
import { agencyCrumbs, drillContext } from "@/components/dossiers/drill-context";
import { PageHeader } from "@/components/ui/page-header";
import { getProcedureLevel } from "@/lib/data/dossier-drill";
import { getIntl } from "@/lib/i18n/server";
import { sortRows } from "@/lib/metrics/drill-down";
import { monthPeriod } from "@/lib/metrics/periods";
import { drillParams, drillSearch } from "@/lib/validations/dossier-params";
import type { SearchParams } from "@/lib/validations/search-params";
import { loadDrillAgency, loadProcedure } from "../../load";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("dossiers.title") };
}

type Props = { params: Promise<{ id: string; procedureId: string }>; searchParams: Promise<SearchParams> };

// months read best in calendar order
const MONTH_ORDER = { key: "name", dir: "asc" } as const;

export default async function ProcedureDossiersPage({ params, searchParams }: Props) {
  const { id, procedureId } = await params;
  const { viewer, params: query, periods, t, f } = await drillContext(searchParams, (span) => drillParams(span, MONTH_ORDER));
  const monthName = (month: string) => f.period(monthPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7))));
  const [agency, procedure] = await Promise.all([
    loadDrillAgency(id, query),
    loadProcedure(procedureId),
  ]);
  const table = await getProcedureLevel(viewer, agency, procedure, query, monthName);
  const base = `/dossiers/agencies/${agency.id}/procedures/${procedure.id}`;
  // months sort by their key (YYYY-MM-DD) when sorted "by name"
  const rows = query.sort.key === "name"
    ? [...table.rows].sort((a, b) => (query.sort.dir === "asc" ? 1 : -1) * a.key.localeCompare(b.key))
    : sortRows(table.rows, query.sort);

  return (
    <div className="space-y-6">
      <Breadcrumb
        items={[
          ...agencyCrumbs(agency, query, t),
          { label: procedure.field.name, href: `/dossiers/agencies/${agency.id}/fields/${procedure.field.id}${drillSearch(query, {}, null)}` },
          { label: procedure.name },
        ]}
      />
      <PageHeader title={procedure.name} intro={t("dossiers.procedureIntro", { code: procedure.code, agency: agency.name, period: f.period(query.period) })} />
      <DrillFilters action={base} query={query} periods={periods} />
      <DrillTable
        caption={t("dossiers.caption.months", { name: procedure.name, period: f.period(query.period) })}
        nameHeader={t("dossiers.col.month")}
        rows={rows}
        total={table.total}
        sort={query.sort}
        sortHref={(sort) => `${base}${drillSearch(query, {}, sort)}`}
        rowHref={(row) =>
          `/dossiers/list${drillSearch({ ...query, period: monthPeriod(Number(row.key.slice(0, 4)), Number(row.key.slice(5, 7))) }, { agency: agency.id, procedure: procedure.id }, null)}`
        }
        testId="drill-months"
      />
      <p className="text-sm text-muted">{t("dossiers.monthsNote")}</p>
    </div>
  );
}
