// An agency's drill-down levels in one workbook: by field, its communes (a district), every
// procedure, its months, and its handling officials (for those who may read names). Another
// agency's id is "not found" for agency staff, as on the pages.
import { drillXlsx } from "@/components/dossiers/drill-table";
import { xlsxExport } from "@/lib/api/xlsx-export";
import { findDrillAgency, getAgencyLevel, getAgencyMonths, getAgencyProcedures, getOfficialLevel } from "@/lib/data/dossier-drill";
import { sheet, type SheetData } from "@/lib/export/xlsx/columns";
import { baseFilters, dossierDefinitions } from "@/lib/export/xlsx/notes";
import { getIntl } from "@/lib/i18n/server";
import { sortRows } from "@/lib/metrics/drill-down";
import { monthPeriod, periodKey } from "@/lib/metrics/periods";
import { drillParams } from "@/lib/validations/dossier-params";
import { idParam } from "@/lib/validations/search-params";

export const dynamic = "force-dynamic";

export const GET = xlsxExport({
  schema: (span) => drillParams(span),
  need: "agency.read",
  load: async ({ viewer, params: query, segments }) => {
    const { t, f } = await getIntl();
    const monthName = (month: string) => f.period(monthPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7))));
    const id = idParam().safeParse(segments.id);
    const agency = id.success ? await findDrillAgency(viewer, id.data) : null;
    if (!agency) return null;
    const [level, procedures, months, officials] = await Promise.all([
      getAgencyLevel(viewer, agency, query),
      getAgencyProcedures(viewer, agency, query),
      getAgencyMonths(viewer, agency, query, monthName),
      getOfficialLevel(viewer, agency, query),
    ]);
    const tables: [string, ReturnType<typeof drillXlsx>][] = [
      [t("dossiers.fields.heading"), drillXlsx(t, t("dossiers.col.field"), sortRows(level.rows, query.sort), level.total)],
      ...(agency.children.length > 0
        ? [[t("dossiers.communes.heading"), drillXlsx(t, t("dossiers.col.agency"), sortRows(level.children, query.sort), { ...level.childrenTotal, name: t("dossiers.communes.total") })] as [string, ReturnType<typeof drillXlsx>]]
        : []),
      [t("dossiers.procedures.heading"), drillXlsx(t, t("dossiers.col.procedure"), sortRows(procedures.rows, query.sort), procedures.total)],
      [t("dossiers.col.month"), drillXlsx(t, t("dossiers.col.month"), months, level.total)],
      ...(officials ? [[t("dossiers.officials.heading"), drillXlsx(t, t("dossiers.col.official"), sortRows(officials.rows, query.sort), officials.total)] as [string, ReturnType<typeof drillXlsx>]] : []),
    ];
    const sheets: SheetData[] = tables.map(([name, table]) => sheet(name, table.columns, table.rows));
    const period = f.period(query.period);
    return {
      what: "dossiers-agency",
      fileSuffix: `${agency.id}-${periodKey(query.period)}`,
      agencyId: agency.id,
      title: { title: t("dossiers.agencyTitle", { name: agency.name }), unit: agency.name, period },
      sheets,
      notes: {
        filters: baseFilters(t, period, agency.name, [
          query.channel && [t("dossiers.list.channel"), t(`dossiers.channel.${query.channel}`)],
          query.level && [t("dossiers.filter.level"), t(`dossiers.level.${query.level}`)],
        ]),
        definitions: dossierDefinitions(t),
      },
    };
  },
});
