// The assessment board of a ranking group (khối) and year as a workbook, by the page's units view
// (agency staff: their own rows). The same rows as the page: today's units list a later unit's
// predecessors under it.
import { assessmentXlsx, assessmentXlsxRows } from "@/components/reports/reports-xlsx";
import { xlsxExport } from "@/lib/api/xlsx-export";
import { getRankingBoard, listAssessmentYears } from "@/lib/data/assessments";
import { sheet } from "@/lib/export/xlsx/columns";
import { baseFilters, unitsViewFilter } from "@/lib/export/xlsx/notes";
import { DEFAULT_UNITS_VIEW } from "@/lib/org/views";
import { rankingBoardParams } from "@/lib/validations/assessments";
import { spanYears } from "@/lib/validations/search-params";
import { localName } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

export const GET = xlsxExport({
  schema: rankingBoardParams,
  load: async ({ viewer, span, params, t, f }) => {
    const years = await listAssessmentYears(viewer);
    const dataYear = spanYears(span).last;
    // the page's choice: the year asked, else the latest year with assessments up to the data's year
    const year = params.year ?? years.find((y) => y <= dataYear) ?? years[0] ?? dataYear;
    const view = params.units ?? DEFAULT_UNITS_VIEW;
    const board = await getRankingBoard(viewer, year, params.group, view);
    const group = board.group;
    const groupName = group ? localName(f.locale, group) : "";
    const rows = group ? assessmentXlsxRows(board.rows, groupName) : [];
    const caption = t("org.assessment.caption", { group: groupName, year: String(year) });
    const unit = viewer.role === "AGENCY" ? (rows[0]?.label ?? t("dossiers.ownAgency")) : t("export.unit.province");
    return {
      what: "assessments",
      fileSuffix: `${year}${group ? `-${group.code}` : ""}`,
      title: { title: caption, unit, period: String(year) },
      sheets: [sheet(group ? groupName : t("assessments.heading"), assessmentXlsx(t), rows)],
      notes: {
        filters: baseFilters(t, String(year), unit, [group && [t("assessments.field.group"), groupName], unitsViewFilter(t, view)]),
        definitions: [[t("assessments.heading"), t("export.def.assessment")]],
      },
    };
  },
});
