// The scorecard's print from the workbook's own columns (one definition for the table, the file
// and the print): the headline figures, the league's worst and best units (the whole league is in
// the workbook), the indices and the approved totals of a quarter — sized to hold in four A4 pages.
import type { ScorecardData } from "@/lib/api/scorecard-data";
import { textTable } from "@/lib/export/display";
import type { PrintSection, ScorecardPrint } from "@/lib/export/pdf/scorecard";
import type { Intl } from "@/lib/i18n/translator";
import { approvedXlsx, figureColumns, figureRows, indicesXlsx, leagueXlsx, leagueXlsxRows } from "@/components/scorecard/scorecard-xlsx";
import { DEFAULT_LEAGUE_SORT } from "@/lib/metrics/scorecard";

/** Units at each end of the league in the print; approved indicators shown before "and N more". */
export const PRINT_LEAGUE_ENDS = 12;
export const PRINT_APPROVED_ROWS = 30;

const LEAGUE_KEYS = ["position", "name", "late", "toProcess", "tasks", "rating"];

/** The print in the reader's language (`intl`); `dataAsOf` is already in its formats. */
export function scorecardPrint(data: ScorecardData, context: { province: string; dataAsOf: string; printedAt: Date }, intl: Intl): ScorecardPrint {
  const { t, f } = intl;
  const leagueColumns = leagueXlsx(intl).filter((column) => LEAGUE_KEYS.includes(column.key));
  const rows = leagueXlsxRows(intl, data.league, DEFAULT_LEAGUE_SORT);
  // worst first: the first rows are the worst, the last the best
  const worst = rows.slice(0, PRINT_LEAGUE_ENDS);
  const best = rows.length > 2 * PRINT_LEAGUE_ENDS ? rows.slice(-PRINT_LEAGUE_ENDS) : rows.slice(PRINT_LEAGUE_ENDS);
  const leagueWidths = [0.6, 5, 1.4, 1.4, 1.4, 2.2];
  const approved = data.approved.slice(0, PRINT_APPROVED_ROWS);
  const sections: PrintSection[] = [
    { title: t("export.sheet.figures"), table: textTable(figureColumns(t, data.labels), figureRows(t, data.dossiers, data.tasks), f), widths: [3, 1.3, 1.3, 1.3] },
    {
      title: t("export.print.worst", { count: f.number(worst.length) }),
      note: t("scorecard.league.rule"),
      table: textTable(leagueColumns, worst, f),
      widths: leagueWidths,
      marked: (i) => worst[i]?.breaksLateRule ?? false,
    },
    ...(best.length > 0 ? [{ title: t("export.print.best", { count: f.number(best.length), total: f.number(rows.length) }), table: textTable(leagueColumns, best, f), widths: leagueWidths }] : []),
    { title: t("scorecard.indices.heading"), table: textTable(indicesXlsx(intl), data.indices, f), widths: [1, 4, 0.8, 1, 1, 0.8, 0.8] },
    ...(data.period.kind === "quarter" && approved.length > 0
      ? [{
          title: t("scorecard.approved.heading"),
          note: data.approved.length > approved.length ? t("export.print.more", { count: f.number(data.approved.length - approved.length) }) : undefined,
          table: textTable(approvedXlsx(t, false), approved, f),
          widths: [1.2, 5, 1.4, 1],
        }]
      : []),
  ];
  return {
    title: t("scorecard.heading"),
    province: context.province,
    period: data.labels.current,
    runningLine: (page, pages) => t("export.print.running", { printed: f.dateTime(context.printedAt), asOf: context.dataAsOf, page: String(page), pages: String(pages) }),
    sections,
    locale: f.locale,
  };
}
