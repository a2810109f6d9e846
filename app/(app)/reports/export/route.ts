// The review board as a workbook: each agency's report status and timeliness over the quarter
// shown and the three before it (agency staff: their own agency's row).
import { reportBoardXlsx } from "@/components/reports/reports-xlsx";
import { xlsxExport } from "@/lib/api/xlsx-export";
import { getReportBoard } from "@/lib/data/reports/board";
import { listPeriods } from "@/lib/data/province/periods";
import { sheet } from "@/lib/export/xlsx/columns";
import { baseFilters } from "@/lib/export/xlsx/notes";
import { getIntl } from "@/lib/i18n/server";
import { quarterPeriod } from "@/lib/metrics/periods";
import { reportBoardParams } from "@/lib/validations/reports";
import { boardPeriods, keyOf, selectPeriod } from "../periods";

export const dynamic = "force-dynamic";

export const GET = xlsxExport({
  schema: reportBoardParams,
  need: "agency.read",
  load: async ({ viewer, params }) => {
    const now = new Date();
    const [periods, { t, f }] = await Promise.all([listPeriods(), getIntl()]);
    const selected = selectPeriod(periods, params.period, now);
    if (!selected) return null;
    const shown = boardPeriods(periods, selected);
    const board = await getReportBoard(viewer, shown, now);
    const label = (p: { year: number; quarter: number }) => f.period(quarterPeriod(p.year, p.quarter));
    const unit = viewer.role === "AGENCY" ? (board.rows[0]?.agencyName ?? t("dossiers.ownAgency")) : t("export.unit.province");
    return {
      what: "report-board",
      fileSuffix: keyOf(selected),
      title: { title: t("reports.board.heading", { period: label(selected) }), unit, period: label(selected) },
      sheets: [sheet(t("reports.heading"), reportBoardXlsx(shown.map((p) => ({ key: keyOf(p), label: label(p) })), t), board.rows)],
      notes: { filters: baseFilters(t, label(selected), unit), definitions: [[t("reports.heading"), t("export.def.reports")], [t("export.title.unit"), t("export.def.scope")]] },
    };
  },
});
