// A dossier list as a workbook, any length: the rows stream from the database in keyset batches
// into exceljs's streaming writer, so a million rows hold the memory of one batch (the figure is in
// docs/PERFORMANCE.md). The same parameters as the list page, the same scope checks.
import { dossierXlsxColumns } from "@/components/dossiers/dossier-table";
import { dossierListFilter } from "@/components/dossiers/list-filter";
import { xlsxExport } from "@/lib/api/xlsx-export";
import { can } from "@/lib/auth/permissions";
import { findDrillAgency } from "@/lib/data/dossier-drill";
import { findProcedure } from "@/lib/data/province/procedures";
import { countDossiers, streamDossiers } from "@/lib/data/dossier-list";
import { sheet } from "@/lib/export/xlsx/columns";
import { baseFilters, dossierDefinitions, unitsViewFilter } from "@/lib/export/xlsx/notes";
import { getIntl } from "@/lib/i18n/server";
import { periodKey } from "@/lib/metrics/periods";
import { dossierListParams } from "@/lib/validations/dossier-params";

export const dynamic = "force-dynamic";

export const GET = xlsxExport({
  schema: dossierListParams,
  need: "agency.read",
  load: async ({ viewer, span, params }) => {
    const { query, status } = params;
    const { t, f } = await getIntl();
    if (params.official !== undefined && !can(viewer, "official.read")) return null;
    const [agency, procedure] = await Promise.all([
      params.agency === undefined ? null : findDrillAgency(viewer, params.agency, query),
      params.procedure === undefined ? null : findProcedure(params.procedure),
    ]);
    if ((params.agency !== undefined && !agency) || (params.procedure !== undefined && !procedure)) return null;
    const filter = dossierListFilter(params, agency);
    const period = f.period(query.period);
    // the overdue list's intro names the day it is overdue at (the title used to show "{date}" as is)
    const intro = { period, date: f.localDate(span.asOf) };
    const unit = agency?.name ?? t("export.unit.province");
    return {
      what: "dossier-list",
      fileSuffix: `${periodKey(query.period)}${agency ? `-${agency.id}` : ""}${status ? `-${status}` : ""}`,
      agencyId: agency?.id ?? null,
      title: { title: t(status ? `dossiers.list.intro.${status}` : "dossiers.list.intro.all", intro), unit, period },
      countStreamed: () => countDossiers(viewer, filter, span.asOf),
      sheets: [sheet(t("dossiers.list.heading"), dossierXlsxColumns(t, can(viewer, "official.read")), streamDossiers(viewer, filter, span.asOf))],
      notes: {
        filters: baseFilters(t, period, unit, [
          procedure && [t("dossiers.list.procedure"), procedure.name],
          status && [t("dossiers.list.outcome"), t(`dossiers.list.intro.${status}`, intro)],
          query.channel && [t("dossiers.list.channel"), t(`dossiers.channel.${query.channel}`)],
          query.level && [t("dossiers.filter.level"), t(`dossiers.level.${query.level}`)],
          unitsViewFilter(t, query.view),
        ]),
        definitions: dossierDefinitions(t),
      },
    };
  },
});
