// The CCHC report's words and tables from the figures the app approved and computed: dossiers
// (DESIGN §5.2), tasks (§5.1), the approved report totals and, for the province, every agency's
// late rate against the 10 % rule (§6), in the reader's language (`intl`: its translator and
// formats). Pure: the route reads the figures through lib/data.
import type { CchcReport, ReportTable } from "@/lib/export/report/model";
import { placeAndDate } from "@/lib/export/report/model";
import type { Intl } from "@/lib/i18n/translator";
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

/** The report's words and numbers: the translator, whole numbers and rates (no denominator: "no data"). */
type Words = { t: Intl["t"]; n: (value: number) => string; rate: (value: number | null) => string };

function wordsOf({ t, f }: Intl): Words {
  return { t, n: f.number, rate: (value) => (value === null ? t("common.noData") : f.percent(value)) };
}

function dossierTable(input: ReportInput, { t, n, rate }: Words): ReportTable {
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

function taskTable(input: ReportInput, { t, n, rate }: Words): ReportTable | null {
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

function figureTable(title: string, figures: ReportFigure[], withReports: boolean, { t, n }: Words): ReportTable {
  return {
    title,
    columns: [t("report.col.no"), t("export.col.code"), t("reports.col.indicator"), t("reports.col.total"), ...(withReports ? [t("reports.col.reports")] : [])],
    numeric: withReports ? [0, 3, 4] : [0, 3],
    rows: figures.map((f, i) => [String(i + 1), f.code, f.name, f.value, ...(withReports ? [n(f.reports ?? 0)] : [])]),
  };
}

function agencyTable(agencies: AgencyLine[], { t, n, rate }: Words): ReportTable {
  return {
    title: t("report.annex.agencies"),
    columns: [t("report.col.no"), t("dossiers.col.agency"), t("dossiers.col.toProcess"), t("dossiers.col.lateRate"), t("scorecard.league.taskOnTimeRate")],
    numeric: [0, 2, 3, 4],
    rows: agencies.map((a, i) => [String(i + 1), a.breaksLateRule ? t("report.breaksLateRule", { name: a.name }) : a.name, n(a.toProcess), rate(a.lateRate), rate(a.taskOnTimeRate)]),
  };
}

function assessment(input: ReportInput, { t, n, rate }: Words): string[] {
  const late = input.dossiers.current.lateRate;
  const first = late === null ? t("report.assessment.noData") : t(late < 0.1 ? "report.assessment.below" : "report.assessment.above", { rate: rate(late) });
  if (input.unit) return [first];
  const breaking = input.agencies.filter((a) => a.breaksLateRule);
  const second = breaking.length === 0 ? t("report.assessment.noAgencies") : t("report.assessment.agencies", { count: n(breaking.length), names: breaking.map((a) => a.name).join("; ") });
  return [first, second];
}

/**
 * The place and date under the motto, and the date the annex names: in Vietnamese the form of NĐ
 * 30/2020 ("Khánh Hòa, ngày 05 tháng 02 năm 2026"), in English the app's date ("Khánh Hòa, 5 Feb 2026").
 */
function dated(place: string, at: Date, { f }: Intl): { line: string; date: string } {
  if (f.locale === "en") return { line: `${place}, ${f.date(at)}`, date: f.date(at) };
  const line = placeAndDate(place, at);
  return { line, date: line.slice(line.indexOf("ngày")) };
}

export function buildCchcReport(input: ReportInput, intl: Intl): CchcReport {
  const words = wordsOf(intl);
  const { t, n, rate } = words;
  const symbol = input.unit ? input.unit.code : "SNV";
  const issuingBody = input.unit ? input.unit.name.toLocaleUpperCase("vi") : t("report.homeAffairsLabel");
  const { line: date, date: annexDate } = dated(input.province, input.issuedAt, intl);
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
    dossierTable(input, words),
    taskTable(input, words),
    // a unit's report holds the unit's figures only: its own approved values, not the province's totals
    ...(input.unit ? [figureTable(t("report.annex.unitValues"), input.unitValues, false, words)] : [figureTable(t("report.annex.approved"), input.approved, true, words), agencyTable(input.agencies, words)]),
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
      { heading: t("report.section.assessment"), paragraphs: assessment(input, words) },
    ],
    recipientsHeading: t("report.recipientsLabel"),
    recipients: t(input.unit ? "report.recipients.unit" : "report.recipients.province").split("|"),
    signature: { authority: "", position: t(input.unit ? "report.signature.unit" : "report.signature.province"), name: "" },
    annex: { title: t("report.annex.title"), note: t("report.annex.note", { symbol, date: annexDate }), tables },
    dataAsOf: t("report.dataAsOf", { date: input.dataAsOf }),
    locale: intl.f.locale,
  };
}
