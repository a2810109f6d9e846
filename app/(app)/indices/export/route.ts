// The indices as a workbook: the latest score and rank of each, and every recorded year.
import { INDEX_YEARS_XLSX, INDICES_XLSX, indexYears } from "@/components/scorecard/scorecard-xlsx";
import { xlsxExport } from "@/lib/api/xlsx-export";
import { getIndexSummaries } from "@/lib/data/indices";
import { sheet } from "@/lib/export/xlsx/columns";
import { baseFilters } from "@/lib/export/xlsx/notes";
import { t } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export const GET = xlsxExport({
  load: async ({ viewer }) => {
    const summaries = await getIndexSummaries(viewer);
    const years = summaries.flatMap((index) => index.series.map((point) => point.year));
    const period = years.length > 0 ? `${Math.min(...years)}–${Math.max(...years)}` : "";
    return {
      what: "indices",
      title: { title: t("indices.heading"), unit: t("export.unit.province"), period },
      sheets: [sheet(t("indices.heading"), INDICES_XLSX, summaries), sheet(t("export.sheet.years"), INDEX_YEARS_XLSX, indexYears(summaries))],
      notes: { filters: baseFilters(period, t("export.unit.province")), definitions: [[t("indices.heading"), t("export.def.indices")]] },
    };
  },
});
