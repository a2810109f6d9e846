// The CCHC report's words and tables from the figures the app approved and computed: dossiers
// (DESIGN §5.2), tasks (§5.1), the approved report totals and, for the province, every agency's
// late rate against the 10 % rule (§6). Pure: the route reads the figures through lib/data.
import type { CchcReport, ReportTable } from "@/lib/export/report/model";
import { placeAndDate } from "@/lib/export/report/model";
import { t } from "@/lib/i18n";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { DossierFigures } from "@/lib/metrics/dossiers";

export type ReportFigure = { code: string; name: string; value: string; reports?: number };
export type AgencyLine = { name: string; toProcess: number; lateRate: number | null; taskOnTimeRate: number | null; breaksLateRule: boolean };
export type TaskLine = { assigned: number; doneOnTime: number; doneLate: number; inProgress: number; overdue: number; onTimeRate: number | null };

export type ReportInput = {
  province: string;
  /** null: the province's report, issued by Home Affairs */
  unit: { name: string; code: string } | null;
  periodLabel: string;
  previousLabel: string;
  issuedAt: Date;
  dataAsOf: string;
  dossiers: { current: DossierFigures; previous: DossierFigures };
  tasks: { current: TaskLine; previous: TaskLine } | null;
  approved: ReportFigure[];
  approvedReports: number;
  /** the province's approved totals and agencies (province report only) */
  agencies: AgencyLine[];
  /** the unit's own approved values (unit report) */
  unitValues: ReportFigure[];
};

const n = formatNumber;
const rate = (value: number | null) => (value === null ? t("common.noData") : formatPercent(value));

function dossierTable(input: ReportInput): ReportTable {
  const { current, previous } = input.dossiers;
  const line = (label: string, pick: (f: DossierFigures) => string) => [label, pick(current), pick(previous)];
  return {
    title: t("report.annex.dossiers"),
    columns: [t("report.col.figure"), `${t("report.col.current")} (${input.periodLabel})`, `${t("report.col.previous")} (${input.previousLabel})`],
    numeric: [1, 2],
    rows: [
      line(t("dossiers.col.carriedOver"), (f) => n(f.carriedOver)),
      line(t("dossiers.col.received"), (f) => n(f.received)),
      line(t("dossiers.col.toProcess"), (f) => n(f.toProcess)),
      line(t("dossiers.col.early"), (f) => n(f.resolvedEarly)),
      line(t("dossiers.col.onTime"), (f) => n(f.resolvedOnTime)),
      line(t("dossiers.col.late"), (f) => n(f.resolvedLate)),
      line(t("dossiers.col.overdue"), (f) => n(f.overdueAtEnd)),
      line(t("dossiers.col.onTimeRate"), (f) => rate(f.onTimeRate)),
      line(t("dossiers.col.lateRate"), (f) => rate(f.lateRate)),
    ],
  };
}

function taskTable(input: ReportInput): ReportTable | null {
  if (!input.tasks) return null;
  const { current, previous } = input.tasks;
  const line = (label: string, pick: (f: TaskLine) => string) => [label, pick(current), pick(previous)];
  return {
    title: t("report.annex.tasks"),
    columns: [t("report.col.figure"), `${t("report.col.current")} (${input.periodLabel})`, `${t("report.col.previous")} (${input.previousLabel})`],
    numeric: [1, 2],
    rows: [
      line(t("tasks.assigned"), (f) => n(f.assigned)),
      line(t("tasks.doneOnTime"), (f) => n(f.doneOnTime)),
      line(t("tasks.doneLate"), (f) => n(f.doneLate)),
      line(t("tasks.inProgress"), (f) => n(f.inProgress)),
      line(t("tasks.overdue"), (f) => n(f.overdue)),
      line(t("tasks.onTimeRate"), (f) => rate(f.onTimeRate)),
    ],
  };
}

function figureTable(title: string, figures: ReportFigure[], withReports: boolean): ReportTable {
  return {
    title,
    columns: [t("report.col.no"), t("export.col.code"), t("reports.col.indicator"), t("reports.col.total"), ...(withReports ? [t("reports.col.reports")] : [])],
    numeric: withReports ? [0, 3, 4] : [0, 3],
    rows: figures.map((f, i) => [String(i + 1), f.code, f.name, f.value, ...(withReports ? [n(f.reports ?? 0)] : [])]),
  };
}

function agencyTable(agencies: AgencyLine[]): ReportTable {
  return {
    title: t("report.annex.agencies"),
    columns: [t("report.col.no"), t("dossiers.col.agency"), t("dossiers.col.toProcess"), t("dossiers.col.lateRate"), t("scorecard.league.taskOnTimeRate")],
    numeric: [0, 2, 3, 4],
    rows: agencies.map((a, i) => [String(i + 1), a.breaksLateRule ? `${a.name} (≥ 10 %)` : a.name, n(a.toProcess), rate(a.lateRate), rate(a.taskOnTimeRate)]),
  };
}

function assessment(input: ReportInput): string[] {
  const late = input.dossiers.current.lateRate;
  const first = late === null ? t("report.assessment.noData") : t(late < 0.1 ? "report.assessment.below" : "report.assessment.above", { rate: rate(late) });
  if (input.unit) return [first];
  const breaking = input.agencies.filter((a) => a.breaksLateRule);
  const second = breaking.length === 0 ? t("report.assessment.noAgencies") : t("report.assessment.agencies", { count: n(breaking.length), names: breaking.map((a) => a.name).join("; ") });
  return [first, second];
}

export function buildCchcReport(input: ReportInput): CchcReport {
  const symbol = input.unit ? input.unit.code : "SNV";
  const issuingBody = input.unit ? input.unit.name.toLocaleUpperCase("vi") : t("report.homeAffairsLabel");
  const date = placeAndDate(input.province, input.issuedAt);
  const d = input.dossiers.current;
  const results = [
    t("report.dossiers", {
      received: n(d.received), carriedOver: n(d.carriedOver), toProcess: n(d.toProcess), resolved: n(d.resolved),
      early: n(d.resolvedEarly), onTime: n(d.resolvedOnTime), late: n(d.resolvedLate), overdue: n(d.overdueAtEnd),
      onTimeRate: rate(d.onTimeRate), previousRate: rate(input.dossiers.previous.onTimeRate),
    }),
    ...(input.tasks
      ? [t("report.tasks", { assigned: n(input.tasks.current.assigned), onTime: n(input.tasks.current.doneOnTime), late: n(input.tasks.current.doneLate), inProgress: n(input.tasks.current.inProgress), overdue: n(input.tasks.current.overdue) })]
      : []),
    input.unit
      ? t(input.unitValues.length > 0 ? "report.approved.unit" : "report.approved.unitNone")
      : input.approved.length > 0
        ? t("report.approvedLabel", { count: n(input.approved.length), reports: n(input.approvedReports) })
        : t("report.approved.none"),
  ];
  const tables = [
    dossierTable(input),
    taskTable(input),
    // a unit's report holds the unit's figures only: its own approved values, not the province's totals
    ...(input.unit ? [figureTable(t("report.annex.unitValues"), input.unitValues, false)] : [figureTable(t("report.annex.approved"), input.approved, true), agencyTable(input.agencies)]),
  ].filter((table): table is ReportTable => table !== null);
  return {
    parentBody: t("report.parentBody", { province: input.province.toLocaleUpperCase("vi") }),
    issuingBody,
    motto: { country: t("report.motto.country"), words: t("report.motto.words") },
    numberAndSymbol: t("report.number", { symbol }),
    placeAndDate: date,
    kind: t("report.kind"),
    subject: input.unit ? t("report.subject.unit", { period: input.periodLabel, unit: input.unit.name }) : t("report.subjectLabel", { period: input.periodLabel }),
    sections: [
      { heading: "", paragraphs: [t("report.intro", { issuer: input.unit?.name ?? t("report.homeAffairs.name"), period: input.periodLabel })] },
      { heading: t("report.section.results"), paragraphs: results },
      { heading: t("report.section.assessment"), paragraphs: assessment(input) },
    ],
    recipientsHeading: t("report.recipientsLabel"),
    recipients: t(input.unit ? "report.recipients.unit" : "report.recipients.province").split("|"),
    signature: { authority: "", position: t(input.unit ? "report.signature.unit" : "report.signature.province"), name: "" },
    annex: { title: t("report.annex.title"), note: t("report.annex.note", { symbol, date: date.slice(date.indexOf("ngày")) }), tables },
    dataAsOf: t("report.dataAsOf", { date: input.dataAsOf }),
  };
}
