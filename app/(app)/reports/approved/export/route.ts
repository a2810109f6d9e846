// The approved report totals of a quarter as a workbook, the figures the scorecard shows.
import { approvedXlsx } from "@/components/scorecard/scorecard-xlsx";
import { xlsxExport } from "@/lib/api/xlsx-export";
import { getApprovedIndicatorTotals } from "@/lib/data/reports/approved";
import { listPeriods } from "@/lib/data/province/periods";
import { sheet } from "@/lib/export/xlsx/columns";
import { baseFilters } from "@/lib/export/xlsx/notes";
import { getIntl } from "@/lib/i18n/server";
import { quarterPeriod } from "@/lib/metrics/periods";
import { reportBoardParams } from "@/lib/validations/reports";
import { keyOf, selectPeriod } from "../../periods";

export const dynamic = "force-dynamic";

export const GET = xlsxExport({
  schema: reportBoardParams,
  load: async ({ viewer, params }) => {
    const [periods, { t, f }] = await Promise.all([listPeriods(), getIntl()]);
    const selected = selectPeriod(periods, params.period, new Date());
    if (!selected) return null;
    const totals = await getApprovedIndicatorTotals(viewer, selected);
    const period = f.period(quarterPeriod(selected.year, selected.quarter));
    return {
      what: "approved",
      fileSuffix: keyOf(selected),
      title: { title: t("reports.approved.caption"), unit: t("export.unit.province"), period },
      sheets: [sheet(t("reports.approved.caption"), approvedXlsx(t, true), totals)],
      notes: { filters: baseFilters(t, period, t("export.unit.province")), definitions: [[t("reports.heading"), t("export.def.reports")]] },
    };
  },
});
