// Staffing entry (issue 8): Home Affairs records quota decisions and targets; an agency reports
// its own actual headcount and streamlining cases. The action wrapper has checked the permission
// and, for a report, that the agency is the viewer's own; these functions check both again and the
// business rules inside the action's transaction, and refuse with an AppError code.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffCategory } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { requirePermission } from "@/lib/data/scope";
import { dateBeforeLatest, isEditable, laterDecisions, type DecisionOrderKey } from "@/lib/rules/quota-decisions";
import {
  CATEGORIES,
  lineField,
  type CreateQuotaDecisionInput,
  type HeadcountReportInput,
  type QuotaDecisionLineInput,
  type TargetInput,
  type UpdateQuotaDecisionInput,
} from "@/lib/validations/staffing";

type Db = Prisma.TransactionClient;

const dateOnly = (day: string) => new Date(`${day}T00:00:00.000Z`);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

// ───────────── quota decisions ─────────────

export type QuotaDecisionSummary = {
  id: number;
  number: string;
  decidedOn: string;
  year: number;
  lines: number;
  total: number;
  editable: boolean;
};

async function decisionOrder(db: Db): Promise<DecisionOrderKey[]> {
  const rows = await db.quotaDecision.findMany({ select: { id: true, decidedOn: true } });
  return rows.map((row) => ({ id: row.id, decidedOn: dayOf(row.decidedOn) }));
}

/** Every decision, latest first, with whether it may still be edited. Home Affairs only. */
export async function listQuotaDecisions(viewer: Viewer): Promise<QuotaDecisionSummary[]> {
  if (!can(viewer, "staffingQuota.manage")) return [];
  const rows = await getDb().quotaDecision.findMany({
    select: { id: true, number: true, decidedOn: true, year: true, lines: { select: { quota: true } } },
    orderBy: [{ decidedOn: "desc" }, { id: "desc" }],
  });
  const order = rows.map((row) => ({ id: row.id, decidedOn: dayOf(row.decidedOn) }));
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    decidedOn: dayOf(row.decidedOn),
    year: row.year,
    lines: row.lines.length,
    total: row.lines.reduce((sum, line) => sum + line.quota, 0),
    editable: isEditable({ id: row.id, decidedOn: dayOf(row.decidedOn) }, order),
  }));
}

export type QuotaDecisionDetail = {
  id: number;
  number: string;
  decidedOn: string;
  year: number;
  editable: boolean;
  /** one line per agency, its categories as decided */
  lines: { agencyId: number; agencyName: string; quotas: Partial<Record<StaffCategory, number>> }[];
};

/** One decision with its lines; null when missing or for a viewer who does not manage quotas. */
export async function findQuotaDecision(viewer: Viewer, id: number): Promise<QuotaDecisionDetail | null> {
  if (!can(viewer, "staffingQuota.manage")) return null;
  const db = getDb();
  const row = await db.quotaDecision.findUnique({
    where: { id },
    select: {
      id: true, number: true, decidedOn: true, year: true,
      lines: { select: { agencyId: true, category: true, quota: true, agency: { select: { name: true } } }, orderBy: { id: "asc" } },
    },
  });
  if (!row) return null;
  const byAgency = new Map<number, QuotaDecisionDetail["lines"][number]>();
  for (const line of row.lines) {
    const entry = byAgency.get(line.agencyId) ?? { agencyId: line.agencyId, agencyName: line.agency.name, quotas: {} };
    entry.quotas[line.category] = line.quota;
    byAgency.set(line.agencyId, entry);
  }
  const decidedOn = dayOf(row.decidedOn);
  return {
    id: row.id,
    number: row.number,
    decidedOn,
    year: row.year,
    editable: isEditable({ id: row.id, decidedOn }, await decisionOrder(db)),
    lines: [...byAgency.values()],
  };
}

/** The (agency, category, quota) triples of the lines, in form order. */
function quotaCells(lines: readonly QuotaDecisionLineInput[]) {
  return lines.flatMap((line) =>
    CATEGORIES.flatMap((category) => (line[category] === undefined ? [] : [{ agencyId: line.agencyId, category, quota: line[category] }])),
  );
}

async function refuseUnknownAgencies(tx: Db, lines: readonly QuotaDecisionLineInput[]): Promise<void> {
  const ids = [...new Set(lines.map((line) => line.agencyId))];
  const found = new Set((await tx.agency.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((a) => a.id));
  const missing = lines.find((line) => !found.has(line.agencyId));
  if (missing) throw new AppError("STAFFING_AGENCY_NOT_FOUND", {}, { field: lineField(missing.index, "agencyId") });
}

/** Writes the decided quotas into staffing_quota, keeping the headcounts agencies reported. */
async function applyQuotas(tx: Db, decision: { number: string; decidedOn: Date; year: number }, lines: readonly QuotaDecisionLineInput[]) {
  for (const cell of quotaCells(lines)) {
    const values = { quota: cell.quota, decisionNumber: decision.number, decisionDate: decision.decidedOn };
    await tx.staffingQuota.upsert({
      where: { agencyId_year_category: { agencyId: cell.agencyId, year: decision.year, category: cell.category } },
      create: { agencyId: cell.agencyId, year: decision.year, category: cell.category, ...values },
      update: values,
    });
  }
}

function refuseDateBeforeLatest(decidedOn: string, order: DecisionOrderKey[], exceptId?: number): void {
  const latest = dateBeforeLatest(decidedOn, order, exceptId);
  if (latest) {
    throw new AppError("QUOTA_DECISION_BEFORE_LATEST", { date: { localDate: latest } }, { field: "decidedOn" });
  }
}

export type SavedDecision = { id: number; number: string; year: number; cells: number };

export async function createQuotaDecision(tx: Db, viewer: Viewer, input: CreateQuotaDecisionInput): Promise<SavedDecision> {
  requirePermission(viewer, "staffingQuota.manage");
  // one writer of decisions at a time: the order check below must see every committed decision
  await tx.$executeRaw`LOCK TABLE quota_decision IN SHARE ROW EXCLUSIVE MODE`;
  refuseDateBeforeLatest(input.decidedOn, await decisionOrder(tx));
  await refuseUnknownAgencies(tx, input.lines);
  const decidedOn = dateOnly(input.decidedOn);
  const decision = await tx.quotaDecision.create({
    data: {
      number: input.number,
      decidedOn,
      year: input.year,
      lines: { create: quotaCells(input.lines) },
    },
    select: { id: true },
  });
  await applyQuotas(tx, { number: input.number, decidedOn, year: input.year }, input.lines);
  return { id: decision.id, number: input.number, year: input.year, cells: quotaCells(input.lines).length };
}

export async function updateQuotaDecision(tx: Db, viewer: Viewer, input: UpdateQuotaDecisionInput): Promise<SavedDecision> {
  requirePermission(viewer, "staffingQuota.manage");
  await tx.$executeRaw`LOCK TABLE quota_decision IN SHARE ROW EXCLUSIVE MODE`;
  const current = await tx.quotaDecision.findUnique({
    where: { id: input.decisionId },
    select: { id: true, decidedOn: true, lines: { select: { agencyId: true, category: true } } },
  });
  if (!current) throw new AppError("QUOTA_DECISION_NOT_FOUND");
  const order = await decisionOrder(tx);
  const later = laterDecisions({ id: current.id, decidedOn: dayOf(current.decidedOn) }, order);
  if (later.length > 0) throw new AppError("QUOTA_DECISION_SUPERSEDED");
  refuseDateBeforeLatest(input.decidedOn, order, current.id);
  await refuseUnknownAgencies(tx, input.lines);
  // a line once decided stays decided: dropping it would leave its quota in force without a decision
  const kept = new Set(quotaCells(input.lines).map((cell) => `${cell.agencyId}|${cell.category}`));
  if (current.lines.some((line) => !kept.has(`${line.agencyId}|${line.category}`))) {
    throw new AppError("QUOTA_LINE_REMOVED");
  }
  const decidedOn = dateOnly(input.decidedOn);
  await tx.quotaDecisionLine.deleteMany({ where: { decisionId: current.id } });
  await tx.quotaDecision.update({
    where: { id: current.id },
    data: { number: input.number, decidedOn, year: input.year, lines: { create: quotaCells(input.lines) } },
  });
  await applyQuotas(tx, { number: input.number, decidedOn, year: input.year }, input.lines);
  return { id: current.id, number: input.number, year: input.year, cells: quotaCells(input.lines).length };
}

// ───────────── an agency's report ─────────────

export type ReportedHeadcount = { agencyId: number; year: number; categories: StaffCategory[] };

/** Records the agency's headcount and streamlining cases in the categories it has a quota for. */
export async function reportHeadcount(tx: Db, viewer: Viewer, input: HeadcountReportInput): Promise<ReportedHeadcount> {
  requirePermission(viewer, "staffingActual.report", { agencyId: input.agencyId });
  const rows = await tx.staffingQuota.findMany({
    where: { agencyId: input.agencyId, year: input.year },
    select: { id: true, category: true },
  });
  const byCategory = new Map(rows.map((row) => [row.category, row.id]));
  for (const entry of input.categories) {
    const id = byCategory.get(entry.category);
    if (id === undefined) {
      throw new AppError("STAFFING_NO_QUOTA", { year: input.year }, { field: `headcount-${entry.category}` });
    }
    await tx.staffingQuota.update({
      where: { id },
      data: {
        ...(entry.headcount !== null ? { actualHeadcount: entry.headcount } : {}),
        ...(entry.streamlined !== null ? { streamlined: entry.streamlined } : {}),
      },
    });
  }
  return { agencyId: input.agencyId, year: input.year, categories: input.categories.map((c) => c.category) };
}

/** The agency's quota rows of a year, for its report form (the wrapper-free read of the page). */
export async function findOwnStaffing(viewer: Viewer, agencyId: number, year: number) {
  if (!can(viewer, "staffingActual.report", { agencyId })) return null;
  return getDb().staffingQuota.findMany({
    where: { agencyId, year },
    select: { category: true, quota: true, actualHeadcount: true, streamlined: true },
    orderBy: { category: "asc" },
  });
}

// ───────────── targets ─────────────

export type SavedTarget = { id: number; code: string; targetYear: number };

export async function saveTarget(tx: Db, viewer: Viewer, input: TargetInput): Promise<SavedTarget> {
  requirePermission(viewer, "target.manage");
  const data = {
    code: input.code,
    category: input.category ?? null,
    baselineYear: input.baselineYear ?? null,
    targetYear: input.targetYear,
    value: input.value,
    unit: input.unit,
    description: input.description,
    source: input.source ?? null,
  };
  if (input.targetId === undefined) {
    const created = await tx.target.create({ data, select: { id: true } });
    return { id: created.id, code: input.code, targetYear: input.targetYear };
  }
  const existing = await tx.target.findUnique({ where: { id: input.targetId }, select: { id: true } });
  if (!existing) throw new AppError("TARGET_NOT_FOUND");
  await tx.target.update({ where: { id: input.targetId }, data });
  return { id: input.targetId, code: input.code, targetYear: input.targetYear };
}

/** Every target, for Home Affairs' target page. */
export async function listTargets(viewer: Viewer) {
  if (!can(viewer, "target.manage")) return [];
  const rows = await getDb().target.findMany({ orderBy: [{ code: "asc" }, { targetYear: "asc" }] });
  return rows.map((row) => ({ ...row, value: row.value.toNumber() }));
}
