// The staffing page's tables for Excel, with the page's own headers: quota rows of a year, the
// province totals by year, streamlining cases by year and level, and public service units by
// autonomy level (the share that is financially autonomous as a percentage), in the reader's language.
import { AUTONOMY_LEVELS, shareOf } from "@/components/staffing/autonomy";
import type { AutonomyYear, ProvinceStaffingYear, QuotaRowView, StreamliningCount } from "@/lib/data/staffing";
import type { XlsxColumn } from "@/lib/export/xlsx/columns";
import type { Translator } from "@/lib/i18n/translator";

export function quotaXlsx(t: Translator): XlsxColumn<QuotaRowView>[] {
  return [
    { key: "agency", header: t("staffing.col.agency"), type: "text", value: (row) => row.agencyName, width: 44 },
    { key: "category", header: t("staffing.col.category"), type: "text", value: (row) => t(`staffing.category.${row.category}`), width: 26 },
    { key: "quota", header: t("staffing.col.quota"), type: "integer", value: (row) => row.quota },
    { key: "headcount", header: t("staffing.col.headcount"), type: "integer", value: (row) => row.actualHeadcount },
    { key: "vacancies", header: t("staffing.col.vacancies"), type: "integer", value: (row) => row.vacancies },
    { key: "streamlined", header: t("staffing.col.streamlined"), type: "integer", value: (row) => row.streamlined },
    { key: "decision", header: t("staffing.col.decision"), type: "text", value: (row) => row.decisionNumber, width: 20 },
    { key: "decisionDate", header: `${t("staffing.col.decision")} (${t("export.col.date")})`, type: "date", value: (row) => row.decisionDate },
  ];
}

export function totalsXlsx(t: Translator): XlsxColumn<ProvinceStaffingYear>[] {
  return [
    { key: "year", header: t("staffing.col.year"), type: "year", value: (row) => row.year, width: 8 },
    { key: "category", header: t("staffing.col.category"), type: "text", value: (row) => t(`staffing.category.${row.category}`), width: 26 },
    { key: "quota", header: t("staffing.col.quota"), type: "integer", value: (row) => row.quota },
    { key: "headcount", header: t("staffing.col.headcount"), type: "integer", value: (row) => row.headcount },
    { key: "vacancies", header: t("staffing.col.vacancies"), type: "integer", value: (row) => Math.max(0, row.quota - row.headcount) },
    { key: "streamlined", header: t("staffing.col.streamlined"), type: "integer", value: (row) => row.streamlined },
    { key: "overQuotaAgencies", header: t("staffing.col.overQuotaAgencies"), type: "integer", value: (row) => row.overQuotaAgencies },
  ];
}

export function streamliningXlsx(t: Translator): XlsxColumn<StreamliningCount>[] {
  return [
    { key: "year", header: t("staffing.col.year"), type: "year", value: (row) => row.year, width: 8 },
    { key: "level", header: t("export.col.level"), type: "text", value: (row) => t(`staffing.level.${row.level}`) },
    { key: "cases", header: t("staffing.col.streamlined"), type: "integer", value: (row) => row.cases },
  ];
}

export function autonomyXlsx(t: Translator): XlsxColumn<AutonomyYear>[] {
  return [
    { key: "year", header: t("staffing.col.year"), type: "year", value: (row) => row.year, width: 8 },
    ...AUTONOMY_LEVELS.map(({ level }): XlsxColumn<AutonomyYear> => ({ key: level, header: t(`staffing.autonomy.${level}`), type: "integer", value: (row) => row.units[level] ?? 0, width: 18 })),
    { key: "total", header: t("staffing.col.total"), type: "integer", value: (row) => row.total },
    { key: "share", header: t("staffing.autonomy.share"), type: "percent", value: (row) => shareOf(row), width: 18 },
  ];
}
