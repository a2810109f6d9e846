// Units and reorganisations as Home Affairs and the administrator see them (issue 15): the list of
// units with validity, parent, kind and successors; the recorded acts; and a draft's preview —
// checked against the organisation as it stands, with what applying it would move. Every read here
// needs "agency.manage" (the wrapper checks writes; see reorganisation-apply.ts).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgencyKind, ReportStatus, StaffCategory } from "@/lib/generated/prisma/enums";
import { can, canManageUser, type Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { unsafeLoadOrganisation, type OrganisationUnit } from "@/lib/data/organisation";
import { wordsOf, type Wording } from "@/lib/notifications/words";
import { closedUnitIds, decisionProblems, firstMovedQuotaYear, previewDraft, validateDraft, wordProblems, type PlanIssue, type PlanPreview, type PlanProblem, type PlanState, type ReorganisationDraft, type UnitRef, type UserDecision } from "@/lib/org/plan";
import { unitLabel } from "@/lib/org/labels";

type Db = Prisma.TransactionClient;

const isoDay = (value: Date) => value.toISOString().slice(0, 10);

export type AdminUnitRow = OrganisationUnit & {
  parentName: string | null;
  /** today's units carrying a closed unit's history, with shares */
  carriedBy: { id: number; name: string; share: number }[];
  predecessors: number;
  users: number;
};

export type UnitListFilter = { status: "current" | "ended" | "all"; kind?: AgencyKind; q?: string };

/** Every unit for the administration list; [] without "agency.manage". */
export async function listUnitsForAdmin(viewer: Viewer, filter: UnitListFilter): Promise<AdminUnitRow[]> {
  if (!can(viewer, "agency.manage")) return [];
  const [organisation, users] = await Promise.all([
    unsafeLoadOrganisation(),
    getDb().user.groupBy({ by: ["agencyId"], where: { active: true, agencyId: { not: null } }, _count: { _all: true } }),
  ]);
  const { succession, asOf, byId } = organisation;
  const userCount = new Map(users.map((u) => [u.agencyId!, u._count._all]));
  const q = filter.q?.trim().toLocaleLowerCase("vi") ?? "";
  return organisation.units
    .filter((unit) => (filter.status === "all" ? true : filter.status === "current" ? unit.validTo === null : unit.validTo !== null))
    .filter((unit) => !filter.kind || unit.kind === filter.kind)
    .filter((unit) => !q || unit.name.toLocaleLowerCase("vi").includes(q) || unit.code.toLowerCase().includes(q))
    .map((unit) => ({
      ...unit,
      parentName: unit.parentId === null ? null : (byId.get(unit.parentId)?.name ?? null),
      carriedBy: unit.validTo === null ? [] : succession.currentUnitsOf(unit.id, asOf).map((part) => ({ id: part.agencyId, name: byId.get(part.agencyId)?.name ?? "", share: part.share })),
      predecessors: unit.validTo === null ? succession.predecessorsOf(unit.id, asOf).length : 0,
      users: userCount.get(unit.id) ?? 0,
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, "vi") || a.validFrom.localeCompare(b.validFrom));
}

/** One unit for its edit form, or null. */
export async function findUnitForAdmin(viewer: Viewer, id: number) {
  if (!can(viewer, "agency.manage")) return null;
  return getDb().agency.findUnique({ where: { id }, select: { id: true, code: true, name: true, shortName: true, kind: true, level: true, validFrom: true, validTo: true, parentId: true } });
}

export type ReorganisationSummary = {
  id: number;
  actNumber: string;
  actDate: string;
  issuer: string;
  title: string;
  effectiveOn: string;
  synthetic: boolean;
  lines: number;
};

/** The recorded acts, newest effective first; [] without "agency.manage". */
export async function listReorganisations(viewer: Viewer): Promise<ReorganisationSummary[]> {
  if (!can(viewer, "agency.manage")) return [];
  const rows = await getDb().reorganisation.findMany({
    orderBy: [{ effectiveOn: "desc" }, { id: "desc" }],
    select: { id: true, actNumber: true, actDate: true, issuer: true, title: true, effectiveOn: true, synthetic: true, _count: { select: { lines: true } } },
  });
  return rows.map((r) => ({ ...r, actDate: isoDay(r.actDate), effectiveOn: isoDay(r.effectiveOn), lines: r._count.lines }));
}

/** One act with its lines (names as of their time, an ended unit's last day in the reader's words) and what applying it changed. */
export async function getReorganisationDetail(viewer: Viewer, id: number, words: Wording = wordsOf()) {
  if (!can(viewer, "agency.manage")) return null;
  const row = await getDb().reorganisation.findUnique({
    where: { id },
    select: {
      id: true, actNumber: true, actDate: true, issuer: true, title: true, effectiveOn: true, note: true, synthetic: true, appliedSummary: true, createdAt: true,
      createdBy: { select: { fullName: true } },
      lines: {
        orderBy: { id: "asc" },
        select: {
          id: true, kind: true, share: true, note: true, synthetic: true,
          predecessor: { select: { id: true, name: true, validTo: true } },
          successor: { select: { id: true, name: true, validTo: true } },
          toParent: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!row) return null;
  const label = (unit: { name: string; validTo: Date | null }) => unitLabel({ name: unit.name, validTo: unit.validTo ? isoDay(unit.validTo) : null }, words);
  return {
    ...row,
    actDate: isoDay(row.actDate),
    effectiveOn: isoDay(row.effectiveOn),
    lines: row.lines.map((line) => ({
      ...line,
      share: Number(line.share.toString()),
      predecessor: { id: line.predecessor.id, name: label(line.predecessor) },
      successor: line.successor ? { id: line.successor.id, name: label(line.successor) } : null,
    })),
  };
}

/**
 * The organisation and the rows of the units the draft closes, read in `db` (the apply's transaction).
 * Scope: "agency.manage" (province-wide), checked by its callers applyReorganisation and previewReorganisation.
 */
export async function unsafeLoadPlanState(db: Db, draft: ReorganisationDraft): Promise<PlanState> {
  const closing = closedUnitIds(draft);
  const [agencies, users, reports, quotas] = await Promise.all([
    db.agency.findMany({ select: { id: true, code: true, name: true, kind: true, parentId: true, validFrom: true, validTo: true } }),
    db.user.findMany({ where: { agencyId: { in: closing } }, select: { id: true, username: true, fullName: true, role: true, agencyId: true, active: true } }),
    db.report.findMany({ where: { agencyId: { in: closing }, status: { not: "APPROVED" } }, select: { id: true, agencyId: true, status: true, period: { select: { year: true, quarter: true } } } }),
    db.staffingQuota.findMany({ where: { agencyId: { in: closing }, year: { gte: firstMovedQuotaYear(draft.act.effectiveOn) } } }),
  ]);
  return {
    units: agencies.map((a) => ({ ...a, validFrom: isoDay(a.validFrom), validTo: a.validTo ? isoDay(a.validTo) : null })),
    users: users.map((u) => ({ ...u, agencyId: u.agencyId! })),
    openReports: reports.map((r) => ({ id: r.id, agencyId: r.agencyId, year: r.period.year, quarter: r.period.quarter, status: r.status })),
    quotas: quotas.map((q) => ({ id: q.id, agencyId: q.agencyId, year: q.year, category: q.category, quota: q.quota, actualHeadcount: q.actualHeadcount, streamlined: q.streamlined })),
  };
}

/** Everything that refuses the draft with these decisions, including who may deactivate whom, as codes. */
export function allIssues(viewer: Viewer, draft: ReorganisationDraft, state: PlanState, decisions: readonly UserDecision[]): { issues: PlanIssue[]; preview: PlanPreview } {
  const preview = previewDraft(draft, state, decisions);
  const byId = new Map(state.units.map((unit) => [unit.id, unit]));
  const issues = [...validateDraft(draft, state), ...decisionProblems(draft, preview, byId)];
  for (const { user, decision } of preview.users) {
    if (decision?.action !== "deactivate") continue;
    if (user.id === viewer.userId) issues.push({ path: `users.${user.id}`, key: "org.error.deactivateSelf" });
    else if (!canManageUser(viewer, user)) issues.push({ path: `users.${user.id}`, key: "org.error.deactivateNotAllowed", values: { user: user.username } });
  }
  return { issues, preview };
}

/** The same in the reader's words (Vietnamese when the caller passes none). */
export function allProblems(viewer: Viewer, draft: ReorganisationDraft, state: PlanState, decisions: readonly UserDecision[], words: Wording = wordsOf()): { problems: PlanProblem[]; preview: PlanPreview } {
  const { issues, preview } = allIssues(viewer, draft, state, decisions);
  return { problems: wordProblems(issues, words), preview };
}

export type PreviewAnswer = {
  problems: PlanProblem[];
  closed: { id: number; name: string }[];
  created: { key: string; name: string; code: string }[];
  transfers: { id: number; name: string; to: string }[];
  users: { id: number; username: string; fullName: string; unit: string; suggested: UnitRef | null; decision: UserDecision | null; manageable: boolean }[];
  openReports: { id: number; unit: string; year: number; quarter: number; status: ReportStatus; completedBy: string[] }[];
  quotas: { unit: string; year: number; category: StaffCategory; quota: number; to: { name: string; quota: number }[] }[];
  firstQuotaYear: number;
};

/** The preview the editor shows before applying: names instead of ids, problems in the reader's words. Null without "agency.manage". */
export async function previewReorganisation(viewer: Viewer, draft: ReorganisationDraft, decisions: readonly UserDecision[], words: Wording = wordsOf()): Promise<PreviewAnswer | null> {
  if (!can(viewer, "agency.manage")) return null;
  const state = await unsafeLoadPlanState(getDb(), draft);
  const { problems, preview } = allProblems(viewer, draft, state, decisions, words);
  const byId = new Map(state.units.map((unit) => [unit.id, unit]));
  const refName = (ref: UnitRef | null) =>
    ref === null ? "" : "existing" in ref ? (byId.get(ref.existing)?.name ?? "") : (draft.newUnits.find((u) => u.key === ref.created)?.name ?? "");
  return {
    problems,
    closed: preview.closed.map((unit) => ({ id: unit.id, name: unit.name })),
    created: preview.created.map((unit) => ({ key: unit.key, name: unit.name, code: unit.code })),
    transfers: preview.transfers.map(({ unit, toParent }) => ({ id: unit.id, name: unit.name, to: refName(toParent) })),
    users: preview.users.map(({ user, suggested, decision }) => ({
      id: user.id, username: user.username, fullName: user.fullName, unit: byId.get(user.agencyId)?.name ?? "", suggested, decision,
      manageable: user.id !== viewer.userId && canManageUser(viewer, user),
    })),
    openReports: preview.openReports.map(({ report, completedBy }) => ({
      id: report.id, unit: byId.get(report.agencyId)?.name ?? "", year: report.year, quarter: report.quarter, status: report.status, completedBy: completedBy.map(refName),
    })),
    quotas: preview.quotas.map(({ quota, to }) => ({
      unit: byId.get(quota.agencyId)?.name ?? "", year: quota.year, category: quota.category, quota: quota.quota, to: to.map((part) => ({ name: refName(part.ref), quota: part.quota })),
    })),
    firstQuotaYear: preview.firstQuotaYear,
  };
}
