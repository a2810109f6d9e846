// Handling officials of an agency with their late rates, those above 10 % flagged (DESIGN §6).
// Only roles that may read officials' names open it; agency staff get "not found" (./layout.tsx).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { DrillFilters } from "@/components/dossiers/drill-filters";
import { DrillTable } from "@/components/dossiers/drill-table";
import { agencyCrumbs, drillContext } from "@/components/dossiers/drill-context";
import { FlagForm } from "@/components/dossiers/flag-form";
import { FlagsIntl } from "@/components/dossiers/flags-intl";
import { PageHeader } from "@/components/ui/page-header";
import { createInspectionFlag } from "@/app/(app)/dossiers/actions";
import { can } from "@/lib/auth/permissions";
import { getOfficialLevel } from "@/lib/data/dossier-drill";
import { getIntl } from "@/lib/i18n/server";
import { sortRows } from "@/lib/metrics/drill-down";
import { drillParams, drillSearch } from "@/lib/validations/dossier-params";
import type { SearchParams } from "@/lib/validations/search-params";
import { loadDrillAgency, type AgencyParams } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("dossiers.officials.title") };
}

type Props = { params: AgencyParams; searchParams: Promise<SearchParams> };

export default async function OfficialsPage({ params, searchParams }: Props) {
  const [{ id }, { viewer, params: query, periods, t, f }] = await Promise.all([params, drillContext(searchParams, drillParams)]);
  const agency = await loadDrillAgency(id, query);
  const table = await getOfficialLevel(viewer, agency, query);
  if (!table) notFound();
  const base = `/dossiers/agencies/${agency.id}/officials`;
  const rows = sortRows(table.rows, query.sort);
  const flagged = rows.filter((row) => row.breaksRule);
  const mayFlag = can(viewer, "inspectionFlag.manage");

  return (
    <div className="space-y-6">
      <Breadcrumb items={[...agencyCrumbs(agency, query, t), { label: t("dossiers.officials.heading") }]} />
      <PageHeader title={t("dossiers.officials.pageHeading", { name: agency.name })} intro={t("dossiers.officials.intro", { period: f.period(query.period) })} />
      <DrillFilters action={base} query={{ ...query, level: undefined }} periods={periods} showLevel={false} />
      <DrillTable caption={t("dossiers.caption.officials", { name: agency.name, period: f.period(query.period) })}
        nameHeader={t("dossiers.col.official")} rows={rows} total={table.total} sort={query.sort}
        sortHref={(sort) => `${base}${drillSearch({ ...query, level: undefined }, {}, sort)}`}
        rowHref={(row) => `/dossiers/list${drillSearch({ ...query, level: undefined }, { agency: agency.id, official: row.key, status: "late" }, null)}`}
        ruleLabel={t("dossiers.rule.official")} testId="drill-officials" />
      {flagged.length > 0 ? (
        <section className="space-y-3" aria-labelledby="flagged-officials">
          <h2 id="flagged-officials" className="text-lg font-semibold text-brand-900">{t("dossiers.officials.flaggedHeading")}</h2>
          <FlagsIntl>
          <ul className="space-y-4">
            {flagged.map((row) => (
              <li key={row.key} className="space-y-2 rounded-md border border-border p-3">
                <p className="font-medium">
                  <Link href={`/dossiers/list${drillSearch(query, { agency: agency.id, official: row.key, status: "late" }, null)}`} className="text-brand-700 underline">
                    {row.name}
                  </Link>
                </p>
                {mayFlag ? <FlagForm target="OFFICIAL" targetId={Number(row.key)} create={createInspectionFlag} /> : null}
              </li>
            ))}
          </ul>
          </FlagsIntl>
        </section>
      ) : null}
    </div>
  );
}
