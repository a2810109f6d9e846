// The indices as a workbook: the latest score and rank of each, and every recorded year.
import { indexYears, indexYearsXlsx, indicesXlsx } from "@/components/scorecard/scorecard-xlsx";
import { xlsxExport } from "@/lib/api/xlsx-export";
import { getIndexSummaries } from "@/lib/data/indices";
import { sheet } from "@/lib/export/xlsx/columns";
import { baseFilters } from "@/lib/export/xlsx/notes";

export const dynamic = "force-dynamic";

export const GET = xlsxExport({
  load: async ({ viewer, t, f }) => {
    const summaries = await getIndexSummaries(viewer);
    const years = summaries.flatMap((index) => index.series.map((point) => point.year));
    const period = years.length > 0 ? `${Math.min(...years)}–${Math.max(...years)}` : "";
    return {
      what: "indices",
      title: { title: t("indices.heading"), unit: t("export.unit.province"), period },
      sheets: [sheet(t("indices.heading"), indicesXlsx({ t, f }), summaries), sheet(t("export.sheet.years"), indexYearsXlsx({ t, f }), indexYears(summaries))],
      notes: { filters: baseFilters(t, period, t("export.unit.province")), definitions: [[t("indices.heading"), t("export.def.indices")]] },
    };
  },
});
