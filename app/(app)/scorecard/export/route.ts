// The scorecard as a workbook: its headline figures against the previous period and a year
// earlier, the whole league table (the page and the print show its top and bottom), the approved
// report totals of a quarter, the indices and the charts' months as tables.
import { approvedXlsx, figureColumns, figureRows, INDICES_XLSX, LEAGUE_XLSX, leagueXlsxRows, MONTHS_XLSX } from "@/components/scorecard/scorecard-xlsx";
import { xlsxExport } from "@/lib/api/xlsx-export";
import { getApprovedIndicatorTotals } from "@/lib/data/reports/approved";
import { comparisonPeriods, getAgencyLeague, getScorecardDossiers, getScorecardIndices, getScorecardSeries, getScorecardTasks } from "@/lib/data/scorecard";
import { sheet } from "@/lib/export/xlsx/columns";
import { baseFilters, dossierDefinitions, unitsViewFilter } from "@/lib/export/xlsx/notes";
import { t } from "@/lib/i18n";
import { formatPeriod } from "@/lib/i18n/format";
import { periodKey, quarterOf } from "@/lib/metrics/periods";
import { scorecardParams } from "@/lib/validations/scorecard";

export const dynamic = "force-dynamic";

export const GET = xlsxExport({
  schema: scorecardParams,
  load: async ({ viewer, params: { period, sort, units } }) => {
    const periods = comparisonPeriods(period);
    const [dossiers, tasks, league, approved, indices, series] = await Promise.all([
      getScorecardDossiers(viewer, period),
      getScorecardTasks(viewer, period),
      getAgencyLeague(viewer, period, units),
      period.kind === "quarter" ? getApprovedIndicatorTotals(viewer, quarterOf(period.from)) : Promise.resolve([]),
      getScorecardIndices(viewer),
      getScorecardSeries(viewer, period),
    ]);
    if (!dossiers) return null;
    const shown = formatPeriod(period);
    const labels = {
      current: shown,
      previous: t("export.col.previous", { period: formatPeriod(periods.previous) }),
      yearAgo: t("export.col.yearAgo", { period: formatPeriod(periods.yearAgo) }),
    };
    const sheets = [
      sheet(t("export.sheet.figures"), figureColumns(labels), figureRows(dossiers, tasks)),
      sheet(t("scorecard.league.heading"), LEAGUE_XLSX, leagueXlsxRows(league, sort)),
      ...(period.kind === "quarter" ? [sheet(t("scorecard.approved.heading"), approvedXlsx(true), approved.filter((row) => row.reports > 0))] : []),
      sheet(t("scorecard.indices.heading"), INDICES_XLSX, indices),
      sheet(t("export.sheet.months"), MONTHS_XLSX, series.months),
    ];
    return {
      what: "scorecard",
      fileSuffix: periodKey(period),
      title: { title: t("scorecard.heading"), unit: t("export.unit.province"), period: shown },
      sheets,
      notes: {
        filters: baseFilters(shown, t("export.unit.province"), [unitsViewFilter(units)]),
        definitions: [...dossierDefinitions(), [t("scorecard.tasks.onTimeRate"), t("export.def.taskRate")], [t("scorecard.indices.heading"), t("export.def.indices")]],
      },
    };
  },
});
