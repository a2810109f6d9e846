// An agency's quarterly report (issue 6): the view its page shows, and saving or submitting it.
// Every write locks the report row, checks the version the writer read (no lost updates), the
// period's window (or a reopening), the status (submitted and approved reports are locked), and
// keeps each changed value in report_value_change and each step in report_event.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { readableAgencies, scopeIncludes, type Viewer } from "@/lib/auth/permissions";
import { addFieldIssue, AppError, hasFieldIssues, type FieldIssues } from "@/lib/errors";
import { requirePermission } from "@/lib/data/scope";
import { wordsOf, type Wording } from "@/lib/notifications/words";
import { checkReport, findingsByField, withComputedValues, type Entry, type Finding } from "@/lib/rules/report-rules";
import { agencyMayEdit, agencyMayWrite, windowState, type WindowState } from "@/lib/rules/report-workflow";
import { entryFieldName, parseLocalNumber, type SaveReportInput } from "@/lib/validations/reports";
import { listIndicators, listRules, toRuleIndicator, type CatalogueIndicator } from "@/lib/data/province/indicators";
import { unsafeGetKnownFigures, type KnownFigures } from "./known-figures";
import { findPeriod, type PeriodRow } from "@/lib/data/province/periods";
import { getReportingNow } from "@/lib/data/province/settings";
import { unsafeReopenedUntil } from "./periods";
import {
  EMPTY_ENTRY, historyText, ruleEntries, unsafeChangedSinceApproval, unsafeLastReturnComments, unsafePreviousQuarterValues,
  unsafeReadValues, type ReturnComment, type StoredEntry,
} from "./report-values";
import { unsafeConflictError, unsafeLockReport } from "./lock";

type Db = Prisma.TransactionClient;

export type ReportView = {
  agency: { id: number; name: string };
  period: PeriodRow;
  window: WindowState;
  reopening: { until: Date; reason: string } | null;
  report: { id: number; status: ReportStatus; version: number; submittedAt: Date | null; approvedAt: Date | null; lastApprovedAt: Date | null } | null;
  indicators: CatalogueIndicator[];
  values: Record<string, StoredEntry>;
  previous: Record<string, number | null>;
  known: KnownFigures;
  /** every value as the rules read it: stored, system figures for prefilled ones, computed percentages */
  current: Record<string, number | null>;
  findings: Finding[];
  returnComments: ReturnComment[];
  changedSinceApproval: number;
};

/** The report of `agencyId` for the quarter, or null when the viewer may not read it or the period does not exist. */
export async function getReportView(viewer: Viewer, agencyId: number, year: number, quarter: number, now: Date): Promise<ReportView | null> {
  const scope = readableAgencies(viewer);
  if (!scopeIncludes(scope, agencyId)) return null;
  const db = getDb();
  const [agency, period] = await Promise.all([
    db.agency.findUnique({ where: { id: agencyId }, select: { id: true, name: true } }),
    findPeriod(year, quarter),
  ]);
  if (!agency || !period) return null;
  // the window is judged on the data's day; what happens is stamped with the clock
  const clock = await getReportingNow(now);
  const [report, indicators, rules, known, previous, reopening] = await Promise.all([
    db.report.findUnique({
      where: { agencyId_periodId: { agencyId, periodId: period.id } },
      select: { id: true, status: true, version: true, submittedAt: true, approvedAt: true, lastApprovedAt: true },
    }),
    listIndicators(year),
    listRules(),
    unsafeGetKnownFigures(agencyId, year, quarter),
    unsafePreviousQuarterValues(agencyId, year, quarter),
    unsafeReopenedUntil(period.id, agencyId, clock),
  ]);
  const values = report ? await unsafeReadValues(report.id) : {};
  const entries = withComputedValues(indicators.map(toRuleIndicator), ruleEntries(indicators, values, known));
  const check = checkReport({ indicators: indicators.map(toRuleIndicator), rules: rules.filter((r) => r.active), entries, previous });
  return {
    agency,
    period,
    window: windowState(period, reopening?.until ?? null, clock),
    reopening,
    report,
    indicators,
    values,
    previous,
    known,
    current: Object.fromEntries(Object.entries(entries).map(([code, entry]) => [code, entry.value])),
    findings: check.findings,
    returnComments: report?.status === "RETURNED" ? await unsafeLastReturnComments(report.id) : [],
    changedSinceApproval: report ? await unsafeChangedSinceApproval(report.id, report.lastApprovedAt) : 0,
  };
}

export type SavedReport = {
  reportId: number;
  agencyId: number;
  version: number;
  status: ReportStatus;
  changed: string[];
  /** non-blocking messages by field, shown after a draft save */
  findings: Record<string, string[]>;
};

type NewEntry = StoredEntry & { code: string; indicatorId: number };

/** The entries the form posted, with prefilled figures and computed percentages filled by the system. */
function newEntries(indicators: CatalogueIndicator[], input: SaveReportInput, known: KnownFigures): NewEntry[] {
  const issues: FieldIssues = {};
  const typed: NewEntry[] = indicators.map((indicator) => {
    const posted = input.entries[indicator.code];
    const base = { code: indicator.code, indicatorId: indicator.id };
    if (indicator.prefill) return { ...base, ...EMPTY_ENTRY, value: known[indicator.prefill] };
    const extra = {
      evidenceNumber: posted?.evidenceNumber ?? null,
      evidenceDate: posted?.evidenceDate ?? null,
      evidenceUrl: posted?.evidenceUrl ?? null,
      comment: posted?.comment ?? null,
    };
    if (indicator.unit === "TEXT") return { ...base, ...extra, value: null, text: posted?.raw ?? null };
    const raw = posted?.raw ?? null;
    const value = raw === null ? null : parseLocalNumber(raw);
    if (raw !== null && value === null) addFieldIssue(issues, entryFieldName("value", indicator.code), { code: "REPORT_NUMBER_INVALID" });
    return { ...base, ...extra, value, text: null };
  });
  if (hasFieldIssues(issues)) throw new AppError("INVALID_INPUT", {}, { fields: issues });
  const computed = withComputedValues(
    indicators.map(toRuleIndicator),
    Object.fromEntries(typed.map((entry) => [entry.code, { value: entry.value, text: entry.text, comment: entry.comment }])),
  );
  return typed.map((entry) => ({ ...entry, value: computed[entry.code]?.value ?? entry.value }));
}

function sameEntry(a: StoredEntry, b: StoredEntry): boolean {
  return (
    a.value === b.value && a.text === b.text && a.comment === b.comment && a.evidenceNumber === b.evidenceNumber &&
    a.evidenceDate === b.evidenceDate && a.evidenceUrl === b.evidenceUrl
  );
}

/** The rules' findings beside their fields; their messages are the catalogue's own (Home Affairs wrote them). */
function fieldIssuesOf(findings: Finding[], words: Wording): FieldIssues {
  const issues: FieldIssues = {};
  for (const [code, messages] of Object.entries(findingsByField(findings, words))) {
    for (const message of messages) addFieldIssue(issues, entryFieldName("value", code), { code: "REPORT_RULE_FINDING", args: { message } });
  }
  return issues;
}

/** Saves a draft, or submits when `input.intent` is "submit" (every rule must pass). */
/** `words`: the viewer's language, in which the rules' findings are worded (Vietnamese by default). */
export async function saveReport(tx: Db, viewer: Viewer, input: SaveReportInput, now: Date, words: Wording = wordsOf()): Promise<SavedReport> {
  requirePermission(viewer, "report.edit", { agencyId: input.agencyId });
  const period = await tx.reportingPeriod.findUnique({ where: { id: input.periodId } });
  const agency = await tx.agency.findUnique({ where: { id: input.agencyId }, select: { id: true } });
  if (!period || !agency) throw new AppError("REPORT_NOT_FOUND");
  const clock = await getReportingNow(now);
  const reopening = await unsafeReopenedUntil(period.id, input.agencyId, clock, tx);
  const state = windowState(period, reopening?.until ?? null, clock);
  if (!agencyMayWrite(state)) throw new AppError(state === "notOpen" ? "REPORT_NOT_OPEN" : "REPORT_LOCKED");

  const report = await unsafeLockReport(tx, { agencyId: input.agencyId, periodId: period.id }, true);
  if (report.version !== input.version) throw await unsafeConflictError(tx, report.id, input.version);
  if (!agencyMayEdit(report.status)) {
    throw new AppError("REPORT_NOT_EDITABLE", { status: { message: `reports.status.${report.status}` } });
  }

  const indicators = await listIndicators(period.year, tx);
  const known = await unsafeGetKnownFigures(input.agencyId, period.year, period.quarter, tx);
  const entries = newEntries(indicators, input, known);
  const stored = await unsafeReadValues(report.id, tx);
  const previous = await unsafePreviousQuarterValues(input.agencyId, period.year, period.quarter, tx);
  const rules = (await listRules(tx)).filter((rule) => rule.active);
  const check = checkReport({
    indicators: indicators.map(toRuleIndicator),
    rules,
    entries: Object.fromEntries(entries.map((e): [string, Entry] => [e.code, { value: e.value, text: e.text, comment: e.comment }])),
    previous,
  });
  const submit = input.intent === "submit";
  if (submit && !check.canSubmit) throw new AppError("REPORT_RULES_FAILED", {}, { fields: fieldIssuesOf(check.blocking, words) });

  const version = report.version + 1;
  const changed: string[] = [];
  for (const entry of entries) {
    const before = stored[entry.code] ?? EMPTY_ENTRY;
    if (sameEntry(before, entry)) continue;
    const data = {
      value: entry.value,
      textValue: entry.text,
      evidenceNumber: entry.evidenceNumber,
      evidenceDate: entry.evidenceDate ? new Date(`${entry.evidenceDate}T00:00:00Z`) : null,
      evidenceUrl: entry.evidenceUrl,
      comment: entry.comment,
      updatedAt: now,
    };
    await tx.reportValue.upsert({
      where: { reportId_indicatorId: { reportId: report.id, indicatorId: entry.indicatorId } },
      create: { reportId: report.id, indicatorId: entry.indicatorId, ...data },
      update: data,
    });
    const oldValue = historyText(before);
    const newValue = historyText(entry);
    if (oldValue === newValue && before.comment === entry.comment) continue;
    changed.push(entry.code);
    await tx.reportValueChange.create({
      data: { reportId: report.id, indicatorId: entry.indicatorId, oldValue, newValue, comment: entry.comment, actorId: viewer.userId, version, at: now },
    });
  }

  const status: ReportStatus = submit ? "SUBMITTED" : report.status === "RETURNED" ? "RETURNED" : "DRAFT";
  await tx.report.update({
    where: { id: report.id },
    data: {
      status,
      version,
      updatedAt: now,
      ...(submit ? { submittedAt: now, firstSubmittedAt: report.firstSubmittedAt ?? now } : {}),
    },
  });
  await tx.reportEvent.create({ data: { reportId: report.id, kind: submit ? "SUBMITTED" : "SAVED", actorId: viewer.userId, version, at: now } });
  return { reportId: report.id, agencyId: input.agencyId, version, status, changed, findings: findingsByField(check.findings, words) };
}
