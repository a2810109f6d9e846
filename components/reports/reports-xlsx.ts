// The review board and the assessment board for Excel, with the pages' headers: one row per
// agency, each quarter's status and timeliness as words; the assessment's scores as numbers. In the
// reader's language: indicators by their English names in English, units' proper names as they are.
import type { BoardRow as AssessmentRow, RankingBoardRow } from "@/lib/data/assessments";
import type { BoardRow } from "@/lib/data/reports/board";
import type { CatalogueIndicator } from "@/lib/data/province/indicators";
import type { HistoryItem } from "@/lib/data/reports/history";
import type { StoredEntry } from "@/lib/data/reports/report-values";
import { unitCell, type XlsxColumn } from "@/lib/export/xlsx/columns";
import { localName } from "@/lib/i18n/locale";
import type { Intl, Translator } from "@/lib/i18n/translator";

/** The review board's columns in the viewer's language. */
export function reportBoardXlsx(periods: readonly { key: string; label: string }[], t: Translator): XlsxColumn<BoardRow>[] {
  return [
    { key: "agency", header: t("reports.col.agency"), type: "text", value: (row) => row.agencyName, width: 44 },
    ...periods.flatMap((period, i): XlsxColumn<BoardRow>[] => [
      { key: `${period.key}-status`, header: period.label, type: "text", value: (row) => t(`reports.status.${row.cells[i]!.status}`), width: 16 },
      { key: `${period.key}-timeliness`, header: `${period.label}: ${t("export.col.timeliness")}`, type: "text", value: (row) => t(`reports.timeliness.${row.cells[i]!.timeliness}`), width: 18 },
      { key: `${period.key}-changed`, header: `${period.label}: ${t("reports.col.changed")}`, type: "integer", value: (row) => row.cells[i]!.changedSinceApproval },
    ]),
  ];
}

/** A board row for the sheet: a unit, or (today's units) one of its predecessors under it. */
export type AssessmentXlsxRow = AssessmentRow & { label: string; groupName: string | null; successor: string | null };

/** The board's rows as the page lists them, each unit's predecessors (today's units) on rows of their own after it. */
export function assessmentXlsxRows(rows: readonly RankingBoardRow[], groupName: string | null): AssessmentXlsxRow[] {
  return rows.flatMap((row) => [
    { ...row, groupName, successor: null },
    ...row.predecessors.map((p) => ({ ...p, successor: row.label })),
  ]);
}

export function assessmentXlsx(t: Translator): XlsxColumn<AssessmentXlsxRow>[] {
  return [
    { key: "rank", header: t("assessments.col.rank"), type: "integer", value: (row) => row.rank, width: 8 },
    { key: "agency", header: t("assessments.col.agency"), type: "text", value: (row) => row.label, width: 44 },
    { key: "group", header: t("assessments.field.group"), type: "text", value: (row) => row.groupName, width: 28 },
    { key: "successor", header: t("export.col.successor"), type: "text", value: (row) => row.successor, width: 36 },
    { key: "max", header: t("export.col.maxScore"), type: "decimal", value: (row) => row.maxScore },
    { key: "self", header: t("assessments.col.self"), type: "decimal", value: (row) => row.selfScore },
    { key: "appraised", header: t("assessments.col.appraised"), type: "decimal", value: (row) => row.appraisedScore },
    { key: "rating", header: t("assessments.col.rating"), type: "text", value: (row) => (row.rating ? t(`assessments.rating.${row.rating}`) : null), width: 16 },
    { key: "alerts", header: t("assessments.col.alerts"), type: "text", value: (row) => row.alerts.map((alert) => t(`assessments.alert.title.${alert.rule}`)).join("; "), width: 50 },
  ];
}

export type ValueRow = { indicator: CatalogueIndicator; entry: StoredEntry | undefined; current: number | null; previous: number | null };

export function valuesXlsx({ t, f }: Intl): XlsxColumn<ValueRow>[] {
  return [
    { key: "code", header: t("export.col.code"), type: "text", value: (row) => row.indicator.code },
    { key: "indicator", header: t("reports.col.indicator"), type: "text", value: (row) => localName(f.locale, { name: row.indicator.nameVi, nameEn: row.indicator.nameEn }), width: 60 },
    { key: "area", header: t("indicators.col.area"), type: "text", value: (row) => t(`reports.area.${row.indicator.area}`), width: 30 },
    { key: "value", header: t("reports.col.value"), type: "decimal", value: (row) => (row.indicator.unit === "TEXT" ? (row.entry?.text ?? null) : unitCell(row.current, row.indicator.unit)) },
    { key: "previous", header: t("reports.col.previous"), type: "decimal", value: (row) => (row.indicator.unit === "TEXT" ? null : unitCell(row.previous, row.indicator.unit)) },
    { key: "evidence", header: t("reports.form.evidenceNumber"), type: "text", value: (row) => row.entry?.evidenceNumber ?? null, width: 20 },
    { key: "evidenceDate", header: `${t("reports.form.evidenceNumber")} (${t("export.col.date")})`, type: "date", value: (row) => row.entry?.evidenceDate ?? null },
    { key: "evidenceUrl", header: t("reports.form.evidenceUrl"), type: "text", value: (row) => row.entry?.evidenceUrl ?? null, width: 30 },
    { key: "comment", header: t("export.col.comment"), type: "text", value: (row) => row.entry?.comment ?? null, width: 40 },
  ];
}

export function historyXlsx(t: Translator): XlsxColumn<HistoryItem>[] {
  return [
    { key: "when", header: t("reports.col.when"), type: "datetime", value: (item) => item.at },
    { key: "who", header: t("reports.col.who"), type: "text", value: (item) => item.actor, width: 26 },
    { key: "what", header: t("reports.col.what"), type: "text", value: (item) => (item.type === "event" ? t(`reports.audit.event.${item.kind}`) : t("reports.audit.valueChanged", { indicator: item.indicator })), width: 50 },
    { key: "from", header: t("reports.col.from"), type: "text", value: (item) => (item.type === "value" ? item.from : null) },
    { key: "to", header: t("reports.col.to"), type: "text", value: (item) => (item.type === "value" ? item.to : null) },
    {
      key: "why",
      header: t("reports.col.why"),
      type: "text",
      width: 50,
      value: (item) => (item.type === "value" ? item.comment : [item.reason, ...item.comments.filter((c) => c.indicator).map((c) => `${c.indicator}: ${c.body}`)].filter(Boolean).join("\n")),
    },
  ];
}
