// Reading a report's stored values and turning them into the rule engine's entries (issue 6).
// The reads are unscoped helpers of getReportView and saveReport, which check the viewer against
// the report's agency before they call them.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportEventKind } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import type { Entry } from "@/lib/rules/report-rules";
import type { CatalogueIndicator } from "@/lib/data/province/indicators";
import type { KnownFigures } from "./known-figures";

type Db = Prisma.TransactionClient;

export type StoredEntry = {
  value: number | null;
  text: string | null;
  evidenceNumber: string | null;
  evidenceDate: string | null;
  evidenceUrl: string | null;
  comment: string | null;
};

export const EMPTY_ENTRY: StoredEntry = { value: null, text: null, evidenceNumber: null, evidenceDate: null, evidenceUrl: null, comment: null };

/** Values of one report by indicator code. Scope: checked by getReportView / saveReport. */
export async function unsafeReadValues(reportId: number, db: Db = getDb()): Promise<Record<string, StoredEntry>> {
  const rows = await db.reportValue.findMany({
    where: { reportId },
    select: {
      value: true, textValue: true, evidenceNumber: true, evidenceDate: true, evidenceUrl: true, comment: true,
      indicator: { select: { code: true } },
    },
  });
  const out: Record<string, StoredEntry> = {};
  for (const row of rows) {
    out[row.indicator.code] = {
      value: row.value === null ? null : Number(row.value.toString()),
      text: row.textValue,
      evidenceNumber: row.evidenceNumber,
      // a date column comes back as UTC midnight of that day
      evidenceDate: row.evidenceDate ? row.evidenceDate.toISOString().slice(0, 10) : null,
      evidenceUrl: row.evidenceUrl,
      comment: row.comment,
    };
  }
  return out;
}

/** The previous quarter's values of the same agency, by code (numbers only). Scope: checked by getReportView / saveReport. */
export async function unsafePreviousQuarterValues(agencyId: number, year: number, quarter: number, db: Db = getDb()): Promise<Record<string, number | null>> {
  const previous = quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
  const report = await db.report.findFirst({
    where: { agencyId, period: { year: previous.year, quarter: previous.quarter } },
    select: { id: true },
  });
  if (!report) return {};
  const values = await unsafeReadValues(report.id, db);
  return Object.fromEntries(Object.entries(values).map(([code, entry]) => [code, entry.value]));
}

/** Stored values with the system's figures in place of prefilled indicators, as the rule engine reads them. */
export function ruleEntries(
  indicators: CatalogueIndicator[],
  values: Record<string, StoredEntry>,
  known: KnownFigures,
): Record<string, Entry> {
  const out: Record<string, Entry> = {};
  for (const indicator of indicators) {
    const stored = values[indicator.code] ?? EMPTY_ENTRY;
    const value = indicator.prefill ? known[indicator.prefill] : stored.value;
    out[indicator.code] = { value, text: stored.text, comment: stored.comment };
  }
  return out;
}

/** How a value is written in the history: the number, the text, or null. */
export function historyText(entry: { value: number | null; text: string | null }): string | null {
  if (entry.text !== null) return entry.text;
  return entry.value === null ? null : String(entry.value);
}

export type ReturnComment = { code: string | null; body: string; at: Date; author: string };

/** Home Affairs' comments of the last return or un-approval. Scope: checked by getReportView. */
export async function unsafeLastReturnComments(reportId: number, db: Db = getDb()): Promise<ReturnComment[]> {
  const kinds: ReportEventKind[] = ["RETURNED", "UNAPPROVED"];
  const event = await db.reportEvent.findFirst({ where: { reportId, kind: { in: kinds } }, orderBy: { id: "desc" }, select: { id: true } });
  if (!event) return [];
  const rows = await db.reportFieldComment.findMany({
    where: { eventId: event.id },
    select: { body: true, createdAt: true, indicator: { select: { code: true } }, author: { select: { fullName: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({ code: row.indicator?.code ?? null, body: row.body, at: row.createdAt, author: row.author.fullName }));
}

/** Distinct values changed since the last approval (0 when never approved). Scope: checked by getReportView. */
export async function unsafeChangedSinceApproval(reportId: number, lastApprovedAt: Date | null, db: Db = getDb()): Promise<number> {
  if (!lastApprovedAt) return 0;
  const rows = await db.reportValueChange.findMany({
    where: { reportId, at: { gt: lastApprovedAt } },
    select: { indicatorId: true },
    distinct: ["indicatorId"],
  });
  return rows.length;
}

