// The staffing page as a workbook: the quota rows of the year shown (agency staff: their own
// agency's), and the province's totals, streamlining cases and public service units' autonomy.
import { autonomyXlsx, quotaXlsx, streamliningXlsx, totalsXlsx } from "@/components/staffing/staffing-xlsx";
import { xlsxExport } from "@/lib/api/xlsx-export";
import { getDataYear } from "@/lib/data/province/settings";
import { unitLens } from "@/lib/data/province/unit-lens";
import { getAutonomyByYear, getProvinceStaffing, getStreamliningByYearAndLevel, listQuotaRowsByView, listStaffingYears } from "@/lib/data/staffing";
import { sheet } from "@/lib/export/xlsx/columns";
import { baseFilters, unitsViewFilter } from "@/lib/export/xlsx/notes";
import { staffingParams } from "@/lib/validations/staffing";

export const dynamic = "force-dynamic";

export const GET = xlsxExport({
  schema: staffingParams,
  load: async ({ viewer, params: query, t }) => {
    const [totals, streamlining, autonomy, years, staffingYear] = await Promise.all([
      getProvinceStaffing(viewer),
      getStreamliningByYearAndLevel(viewer),
      getAutonomyByYear(viewer),
      listStaffingYears(viewer),
      getDataYear(),
    ]);
    const defaultYear = years.find((y) => y <= staffingYear) ?? years[0] ?? staffingYear;
    const year = query.year !== undefined && years.includes(query.year) ? query.year : defaultYear;
    const rows = await listQuotaRowsByView(viewer, { year, category: query.category, overQuotaOnly: query.over }, await unitLens(query.units));
    const unit = viewer.role === "AGENCY" ? (rows[0]?.agencyName ?? t("dossiers.ownAgency")) : t("export.unit.province");
    return {
      what: "staffing",
      fileSuffix: String(year),
      title: { title: t("staffing.heading"), unit, period: String(year) },
      sheets: [
        sheet(t("staffing.quotas.heading", { year: String(year) }), quotaXlsx(t), rows),
        sheet(t("staffing.totals.heading"), totalsXlsx(t), totals),
        sheet(t("staffing.streamlining.heading"), streamliningXlsx(t), streamlining),
        sheet(t("staffing.autonomy.heading"), autonomyXlsx(t), autonomy),
      ],
      notes: {
        filters: baseFilters(t, String(year), unit, [
          query.category && [t("staffing.col.category"), t(`staffing.category.${query.category}`)],
          query.over && [t("staffing.col.overQuotaAgencies"), "✓"],
          unitsViewFilter(t, query.units),
        ]),
        definitions: [[t("staffing.heading"), t("export.def.staffing")], [t("export.title.unit"), t("export.def.scope")]],
      },
    };
  },
});
