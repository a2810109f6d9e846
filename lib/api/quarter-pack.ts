// The quarter pack's files, read through lib/data with the viewer's scope (issue 20 item 4): the
// CCHC report as Word and PDF, the scorecard print, the workbook of the quarter's tables and each
// unit's approved report as a workbook. The province's pack for province-wide readers; an agency
// user's pack holds their own unit only — their unit's report, their row of the review board and of
// the tasks, their own approved report — never the province's league or totals. Every file is in
// the requester's language (`intl`, taken when the request came: the files are written later, as
// the ZIP streams).
import "server-only";
import { PassThrough } from "node:stream";
import { reportBoardXlsx } from "@/components/reports/reports-xlsx";
import { scorecardPrint } from "@/components/scorecard/scorecard-print";
import { scorecardContent } from "@/components/scorecard/scorecard-xlsx";
import { tasksByAgencyXlsx } from "@/components/tasks/tasks-xlsx";
import { reportFile } from "@/lib/api/report-document";
import { reportValuesContent } from "@/lib/api/report-values";
import { loadScorecard } from "@/lib/api/scorecard-data";
import { workbookSpec, type ExportContent } from "@/lib/api/xlsx-export";
import { readableAgencies, type Viewer } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/auth";
import { getProvinceSetting } from "@/lib/data/province/settings";
import { getReportBoard } from "@/lib/data/reports/board";
import { getTaskCountsByAgency } from "@/lib/data/tasks";
import { PDF_CONTENT_TYPE } from "@/lib/export/pdf/document";
import { scorecardPdf } from "@/lib/export/pdf/scorecard";
import type { ManifestMeta, PackFile } from "@/lib/export/pack/quarter-pack";
import { sheet } from "@/lib/export/xlsx/columns";
import { baseFilters } from "@/lib/export/xlsx/notes";
import { writeWorkbook, XLSX_CONTENT_TYPE } from "@/lib/export/xlsx/workbook";
import type { WorkbookSpec } from "@/lib/export/xlsx/columns";
import type { Intl } from "@/lib/i18n/translator";
import { periodKey, quarterPeriod, type LocalDate } from "@/lib/metrics/periods";
import { DEFAULT_LEAGUE_SORT } from "@/lib/metrics/scorecard";
import { DEFAULT_UNITS_VIEW } from "@/lib/org/views";
import type { PeriodRow } from "@/lib/data/province/periods";

export type QuarterPack = {
  /** produced one at a time as the ZIP takes them (the CCHC report's two files are already built) */
  files: AsyncGenerator<PackFile>;
  /** how many files `files` yields, at most (a unit report that vanished meanwhile is skipped); the manifest comes on top */
  fileCount: number;
  meta: ManifestMeta;
  unitId: number | null;
};

/** A workbook streamed into the pack as it is written: it is never whole in memory. */
function streamedWorkbook(path: string, spec: WorkbookSpec, signal?: AbortSignal): PackFile {
  const body = new PassThrough();
  writeWorkbook(spec, body, signal).catch((error: unknown) => body.destroy(error instanceof Error ? error : new Error(String(error))));
  return { path, body, contentType: XLSX_CONTENT_TYPE, rows: spec.sheets.reduce((sum, part) => sum + (Array.isArray(part.rows) ? part.rows.length : 0), 0) };
}

export async function buildQuarterPack(
  viewer: Viewer,
  user: Pick<SessionUser, "fullName" | "username">,
  selected: PeriodRow,
  asOf: LocalDate,
  now: Date,
  intl: Intl,
  signal?: AbortSignal,
): Promise<QuarterPack | null> {
  const { t, f } = intl;
  const scope = readableAgencies(viewer);
  if (scope === "none") return null;
  const province = await getProvinceSetting();
  const period = quarterPeriod(selected.year, selected.quarter);
  const key = periodKey(period);
  const by = { province: province.name, asOf, user, at: now, intl };

  // 1. the CCHC report, Word and PDF (agency staff: their own unit's, whatever is asked): built
  // before the answer starts, as it decides between the pack and "not found"
  const [docx, pdf] = await Promise.all([
    reportFile(viewer, { period, format: "docx" }, asOf, now, intl),
    reportFile(viewer, { period, format: "pdf" }, asOf, now, intl),
  ]);
  if (!docx || !pdf) return null;
  const unit = docx.unit;
  // the review board decides how many unit reports follow: read now, so that the count is known up front
  const [board, tasks] = await Promise.all([getReportBoard(viewer, [selected], now), getTaskCountsByAgency(viewer, period)]);
  const approved = board.rows.filter((row) => row.cells[0]?.status === "APPROVED");
  const card = scope === "all" ? await loadScorecard(viewer, { period, units: DEFAULT_UNITS_VIEW }, intl) : null;

  async function* files(): AsyncGenerator<PackFile> {
    yield { path: `1-bao-cao/${docx!.name}`, body: docx!.body, contentType: docx!.contentType };
    yield { path: `1-bao-cao/${pdf!.name}`, body: pdf!.body, contentType: pdf!.contentType };

    // 2. the scorecard print and 3. the workbook of the quarter's tables
    const ownTasks = unit ? tasks.filter((row) => row.agencyId === unit.id) : tasks;
    const label = f.period(period);
    const unitName = unit?.name ?? t("export.unit.province");
    const tables: ExportContent = {
      what: "quarter",
      title: { title: t("export.pack.tables", { period: label }), unit: unitName, period: label },
      sheets: [
        sheet(t("reports.board.heading", { period: label }), reportBoardXlsx([{ key, label }], t), board.rows),
        sheet(t("tasks.byAgency.heading"), tasksByAgencyXlsx(t), ownTasks),
      ],
      notes: { filters: baseFilters(t, label, unitName), definitions: [[t("reports.heading"), t("export.def.reports")], [t("tasks.col.status"), t("export.def.taskStatus")], [t("export.title.unit"), t("export.def.scope")]] },
    };
    if (card) {
      const print = await scorecardPdf(scorecardPrint(card, { province: province.name, dataAsOf: f.localDate(asOf), printedAt: now }, intl));
      yield { path: `2-bang-diem/bang-diem-${key}.pdf`, body: print.body, contentType: PDF_CONTENT_TYPE };
      const content = scorecardContent(card, DEFAULT_LEAGUE_SORT, intl);
      tables.sheets = [...content.sheets, ...tables.sheets];
      tables.notes = { filters: tables.notes.filters, definitions: [...content.notes.definitions, ...tables.notes.definitions] };
    }
    yield streamedWorkbook(`3-so-lieu/so-lieu-${key}.xlsx`, workbookSpec(tables, by), signal);

    // 4. each unit's approved report of the quarter, one workbook each, read when the ZIP wants it
    for (const row of approved) {
      signal?.throwIfAborted();
      const content = await reportValuesContent(viewer, row.agencyId, selected.year, selected.quarter, now, intl);
      if (content) yield streamedWorkbook(`4-bao-cao-don-vi/don-vi-${row.agencyId}-${key}.xlsx`, workbookSpec(content, by), signal);
    }
  }

  const meta: ManifestMeta = {
    province: province.name,
    unit: unit ? { id: unit.id, name: unit.name } : null,
    period: { key, label: f.period(period) },
    dataAsOf: asOf,
    generatedAt: now.toISOString(),
    generatedBy: user.username,
  };
  return { files: files(), fileCount: 3 + (card ? 1 : 0) + approved.length, meta, unitId: unit?.id ?? null };
}
