// The drill-down's province level as a workbook: by agency and by district (communes summed under
// their district), with the province's total. Agency staff get their own agency's row only.
import { drillXlsx } from "@/components/dossiers/drill-table";
import { xlsxExport } from "@/lib/api/xlsx-export";
import { readableAgencies } from "@/lib/auth/permissions";
import { getProvinceLevel } from "@/lib/data/dossier-drill";
import { getProvinceSetting } from "@/lib/data/province/settings";
import { sheet } from "@/lib/export/xlsx/columns";
import { baseFilters, dossierDefinitions } from "@/lib/export/xlsx/notes";
import { getIntl } from "@/lib/i18n/server";
import { sortRows } from "@/lib/metrics/drill-down";
import { periodKey } from "@/lib/metrics/periods";
import { provinceDrillParams } from "@/lib/validations/dossier-params";

export const dynamic = "force-dynamic";

export const GET = xlsxExport({
  schema: provinceDrillParams,
  need: "agency.read",
  load: async ({ viewer, params: { query } }) => {
    const { t, f } = await getIntl();
    const ownOnly = readableAgencies(viewer) !== "all";
    const name = ownOnly ? t("dossiers.ownAgency") : (await getProvinceSetting()).name;
    const [byAgency, byDistrict] = await Promise.all([getProvinceLevel(viewer, query, "agency", name), ownOnly ? null : getProvinceLevel(viewer, query, "district", name)]);
    const period = f.period(query.period);
    const agencies = drillXlsx(t, t("dossiers.col.agency"), sortRows(byAgency.rows, query.sort), byAgency.total);
    const sheets = [sheet(t("dossiers.groupBy.agency"), agencies.columns, agencies.rows)];
    if (byDistrict) {
      const districts = drillXlsx(t, t("dossiers.col.agency"), sortRows(byDistrict.rows, query.sort), byDistrict.total);
      sheets.push(sheet(t("dossiers.groupBy.district"), districts.columns, districts.rows));
    }
    return {
      what: "dossiers",
      fileSuffix: periodKey(query.period),
      title: { title: t("dossiers.caption.agencies", { period }), unit: ownOnly ? t("dossiers.ownAgency") : t("export.unit.province"), period },
      sheets,
      notes: {
        filters: baseFilters(t, period, ownOnly ? t("dossiers.ownAgency") : t("export.unit.province"), [
          query.channel && [t("dossiers.list.channel"), t(`dossiers.channel.${query.channel}`)],
          query.level && [t("dossiers.filter.level"), t(`dossiers.level.${query.level}`)],
        ]),
        definitions: dossierDefinitions(t),
      },
    };
  },
});
