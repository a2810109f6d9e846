// The assessment board of a group and year as a workbook (agency staff: their own agency's row).
import { boardQuery } from "@/components/assessments/assessment-filter";
import { ASSESSMENT_XLSX } from "@/components/reports/reports-xlsx";
import { xlsxExport } from "@/lib/api/xlsx-export";
import { getAssessmentBoard, listAssessmentYears } from "@/lib/data/assessments";
import { sheet } from "@/lib/export/xlsx/columns";
import { baseFilters } from "@/lib/export/xlsx/notes";
import { t } from "@/lib/i18n";
import { assessmentBoardParams } from "@/lib/validations/assessments";
import { spanYears } from "@/lib/validations/search-params";

export const dynamic = "force-dynamic";

export const GET = xlsxExport({
  schema: assessmentBoardParams,
  load: async ({ viewer, span, params }) => {
    const { year, group } = boardQuery(params, await listAssessmentYears(), spanYears(span).last);
    const rows = await getAssessmentBoard(viewer, year, group);
    const caption = t("assessments.boardCaption", { group: t(`assessments.group.${group}`), year });
    const unit = viewer.role === "AGENCY" ? (rows[0]?.agencyName ?? t("dossiers.ownAgency")) : t("export.unit.province");
    return {
      what: "assessments",
      fileSuffix: `${year}-${group}`,
      title: { title: caption, unit, period: String(year) },
      sheets: [sheet(t(`assessments.group.${group}`), ASSESSMENT_XLSX, rows)],
      notes: { filters: baseFilters(String(year), unit, [[t("assessments.col.group"), t(`assessments.group.${group}`)]]), definitions: [[t("assessments.heading"), t("export.def.assessment")]] },
    };
  },
});
