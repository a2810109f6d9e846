// The figures of the CCHC report (issue 20 item 2), read through lib/data with the viewer's scope:
// the province's report (issued by Home Affairs) or one agency's. Agency staff get their own
// agency's report whatever the URL asks, never the province's list of agencies. The approved
// report figures are those of the quarter, or of the year's fourth quarter for a yearly report
// (the fourth quarter's report is the year's). Written in the reader's language (`intl`).
import "server-only";
import { formatValue } from "@/components/reports/report-display";
import { readableAgencies, type Viewer } from "@/lib/auth/permissions";
import { findAgencyForViewer } from "@/lib/data/agencies";
import { findDrillAgency, getAgencyLevel, getProvinceLevel } from "@/lib/data/dossier-drill";
import { getProvinceSetting } from "@/lib/data/province/settings";
import { getApprovedIndicatorTotals } from "@/lib/data/reports/approved";
import { getReportView } from "@/lib/data/reports/entry";
import { getAgencyLeague } from "@/lib/data/scorecard";
import { unitLens } from "@/lib/data/province/unit-lens";
import { getTaskSummary, getTaskTrend, type PeriodTaskCounts } from "@/lib/data/tasks";
import { cchcReportDocx, DOCX_CONTENT_TYPE } from "@/lib/export/docx/cchc-report";
import { PDF_CONTENT_TYPE } from "@/lib/export/pdf/document";
import { cchcReportPdf } from "@/lib/export/pdf/cchc-report";
import { buildCchcReport, type ReportInput, type TaskLine } from "@/lib/export/report/content";
import { safeFileName } from "@/lib/export/file-name";
import { localName } from "@/lib/i18n/locale";
import type { Intl } from "@/lib/i18n/translator";
import { likeForLike, periodKey, quarterOf, type LocalDate, type Period } from "@/lib/metrics/periods";
import { DEFAULT_UNITS_VIEW } from "@/lib/org/views";
import { DEFAULT_DRILL_SORT } from "@/lib/validations/dossier-params";

const taskLine = (figures: PeriodTaskCounts): TaskLine => ({ ...figures.counts, onTimeRate: figures.rates.onTimeRate });

export type ReportTarget = { unit: { id: number; name: string; code: string } | null; input: ReportInput };

export async function loadReportInput(viewer: Viewer, request: { period: Period; agency?: number }, asOf: LocalDate, now: Date, intl: Intl): Promise<ReportTarget | null> {
  const { f } = intl;
  const scope = readableAgencies(viewer);
  if (scope === "none") return null;
  const agencyId = scope === "all" ? request.agency : (viewer.agencyId ?? undefined);
  const agency = agencyId === undefined ? null : await findDrillAgency(viewer, agencyId, { period: request.period, view: DEFAULT_UNITS_VIEW });
  if (agencyId !== undefined && !agency) return null;
  // a running quarter is read to the data's day and compared with as many days of the one before (DESIGN §5.2a)
  const { current: period, previous } = likeForLike(request.period, asOf);
  const quarter = period.kind === "quarter" ? quarterOf(period.from) : { year: Number(period.from.slice(0, 4)), quarter: 4 };
  const province = await getProvinceSetting();
  // today's units (the report's default): a unit's figures include its predecessors'
  const query = (p: Period) => ({ period: p, sort: DEFAULT_DRILL_SORT, view: DEFAULT_UNITS_VIEW });
  const filter = agency ? { agencyId: agency.id, lens: await unitLens(DEFAULT_UNITS_VIEW) } : {};
  const [current, before, taskNow, taskBefore, approved, league, view, code] = await Promise.all([
    agency ? getAgencyLevel(viewer, agency, query(period)).then((level) => level.total) : getProvinceLevel(viewer, query(period), "agency", province.name).then((level) => level.total),
    agency ? getAgencyLevel(viewer, agency, query(previous)).then((level) => level.total) : getProvinceLevel(viewer, query(previous), "agency", province.name).then((level) => level.total),
    getTaskSummary(viewer, period, filter),
    getTaskTrend(viewer, [previous], filter),
    agency ? Promise.resolve([]) : getApprovedIndicatorTotals(viewer, quarter),
    agency ? Promise.resolve(null) : getAgencyLeague(viewer, period),
    agency ? getReportView(viewer, agency.id, quarter.year, quarter.quarter, now) : Promise.resolve(null),
    agency ? findAgencyForViewer(viewer, agency.id).then((row) => row?.code ?? null) : Promise.resolve(null),
  ]);
  const withValues = approved.filter((row) => row.reports > 0);
  const approvedOwn = view?.report?.status === "APPROVED";
  const unit = agency ? { id: agency.id, name: agency.name, code: code ?? String(agency.id) } : null;
  return {
    unit,
    input: {
      province: province.name,
      unit: unit ? { name: unit.name, code: unit.code } : null,
      periodLabel: f.period(period),
      previousLabel: f.period(previous),
      issuedAt: now,
      dataAsOf: f.localDate(asOf),
      dossiers: { current: current.figures, previous: before.figures },
      tasks: taskNow && taskBefore?.[0] ? { current: taskLine(taskNow), previous: taskLine(taskBefore[0]) } : null,
      approved: withValues.map((row) => ({ code: row.code, name: localName(f.locale, { name: row.nameVi, nameEn: row.nameEn }), value: formatValue(row.value, row.unit, intl), reports: row.reports })),
      approvedReports: Math.max(0, ...withValues.map((row) => row.reports)),
      agencies: (league?.rows ?? []).map((row) => ({ name: row.agencyName, toProcess: row.toProcess, lateRate: row.lateRate, taskOnTimeRate: row.taskOnTimeRate, breaksLateRule: row.breaksLateRule })),
      unitValues:
        view && approvedOwn
          ? view.indicators.map((indicator) => ({
              code: indicator.code,
              name: localName(f.locale, { name: indicator.nameVi, nameEn: indicator.nameEn }),
              value: indicator.unit === "TEXT" ? (view.values[indicator.code]?.text ?? "") : formatValue(view.current[indicator.code] ?? null, indicator.unit, intl),
            }))
          : [],
    },
  };
}

export type ReportFile = { name: string; contentType: string; body: Buffer; unit: ReportTarget["unit"] };

/** The report as the file asked for (Word to edit before signing, PDF to send and archive), named by period and unit; null: not the viewer's. */
export async function reportFile(viewer: Viewer, request: { period: Period; agency?: number; format: "docx" | "pdf" }, asOf: LocalDate, now: Date, intl: Intl): Promise<ReportFile | null> {
  const target = await loadReportInput(viewer, request, asOf, now, intl);
  if (!target) return null;
  const report = buildCchcReport(target.input, intl);
  const body = request.format === "pdf" ? await cchcReportPdf(report) : await cchcReportDocx(report);
  const name = `${safeFileName(`bao-cao-cchc-${periodKey(request.period)}${target.unit ? `-${target.unit.code}` : ""}`)}.${request.format}`;
  return { name, contentType: request.format === "pdf" ? PDF_CONTENT_TYPE : DOCX_CONTENT_TYPE, body, unit: target.unit };
}
