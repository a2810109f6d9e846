// A reorganisation as Home Affairs enters it (an act, the units it creates, its lines), checked
// against the organisation as it stands, and what applying it would move: the units closed and
// created, the users of closed units (each needs an explicit decision), their open reports (they stay
// with the unit they are about; the successors' staff complete them) and the quotas of the years
// that begin on or after the effective day (moved to the successors by share). Pure.
import type { AdminLevel, AgencyKind, ReportStatus, Role, StaffCategory } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/keys";
import type { Wording } from "@/lib/notifications/words";
import { addDays, type LocalDate } from "@/lib/metrics/periods";
import { divideCount } from "./rollup";
import { inForceOn, type LineKind, type OrgUnit, type Share } from "./types";

/** A unit named by a line: one that exists, or one the act creates (by its key in `newUnits`). */
export type UnitRef = { existing: number } | { created: string };

export type NewUnitDraft = {
  key: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  level: AdminLevel;
  parent: UnitRef | null;
};

export type LineDraft = {
  kind: LineKind;
  predecessorId: number;
  /** null only for an abolition without successor */
  successor: UnitRef | null;
  share: number;
  /** a transfer's new parent (null: directly under the province) */
  toParent: UnitRef | null;
  note: string | null;
};

export type ActDraft = {
  actNumber: string;
  actDate: LocalDate;
  issuer: string;
  title: string;
  effectiveOn: LocalDate;
  note: string | null;
  synthetic: boolean;
};

export type ReorganisationDraft = { act: ActDraft; newUnits: NewUnitDraft[]; lines: LineDraft[] };

export type UserDecision = { userId: number; action: "move"; to: UnitRef } | { userId: number; action: "deactivate" };

export type PlanUnit = OrgUnit & { code: string; name: string; kind: AgencyKind };
export type PlanUser = { id: number; username: string; fullName: string; role: Role; agencyId: number; active: boolean };
export type PlanReport = { id: number; agencyId: number; year: number; quarter: number; status: ReportStatus };
export type PlanQuota = { id: number; agencyId: number; year: number; category: StaffCategory; quota: number; actualHeadcount: number | null; streamlined: number };

/** The organisation as it stands, and the rows of the units the act would close. */
export type PlanState = {
  units: readonly PlanUnit[];
  users: readonly PlanUser[];
  openReports: readonly PlanReport[];
  quotas: readonly PlanQuota[];
};

/** A problem of the draft as a code (issue 23): its catalogue key and arguments, worded by the caller in the reader's language. */
export type PlanIssue = { path: string; key: Extract<MessageKey, `org.error.${string}`>; values?: Readonly<Record<string, string>> };
/** A problem in words, as the editor shows it. */
export type PlanProblem = { path: string; message: string };

/** The issues in the reader's words. */
export function wordProblems(issues: readonly PlanIssue[], { t }: Wording): PlanProblem[] {
  return issues.map(({ path, key, values }) => ({ path, message: t(key, values) }));
}

const SHARE_TOLERANCE = 1e-6;
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

/** Units a line closes: every predecessor except a transferred one (a transfer keeps the unit). */
export function closedUnitIds(draft: ReorganisationDraft): number[] {
  return [...new Set(draft.lines.filter((line) => line.kind !== "TRANSFER").map((line) => line.predecessorId))].sort((a, b) => a - b);
}

/** The first year whose quotas move: the effective year when the act takes effect on 1 January, else the next. */
export function firstMovedQuotaYear(effectiveOn: LocalDate): number {
  const year = Number(effectiveOn.slice(0, 4));
  return effectiveOn.endsWith("-01-01") ? year : year + 1;
}

function refProblem(ref: UnitRef, draft: ReorganisationDraft, byId: Map<number, PlanUnit>, effectiveOn: LocalDate, path: string): PlanIssue | null {
  if ("created" in ref) {
    return draft.newUnits.some((unit) => unit.key === ref.created) ? null : { path, key: "org.error.unknownNewUnit" };
  }
  const unit = byId.get(ref.existing);
  if (!unit) return { path, key: "org.error.unknownUnit" };
  if (!inForceOn(unit, effectiveOn)) return { path, key: "org.error.successorNotInForce", values: { name: unit.name } };
  return null;
}

/** Everything wrong with the draft, in the order of the form; empty when it may be applied. */
export function validateDraft(draft: ReorganisationDraft, state: Pick<PlanState, "units">): PlanIssue[] {
  const problems: PlanIssue[] = [];
  const { act } = draft;
  const byId = new Map(state.units.map((unit) => [unit.id, unit]));
  const dayBefore = addDays(act.effectiveOn, -1);
  if (act.actDate > act.effectiveOn) problems.push({ path: "act.actDate", key: "org.error.actAfterEffect" });
  if (draft.lines.length === 0) problems.push({ path: "lines", key: "org.error.noLines" });

  const codes = new Set(state.units.map((unit) => unit.code.toLowerCase()));
  const keys = new Set<string>();
  draft.newUnits.forEach((unit, i) => {
    const path = `newUnits.${i}`;
    if (keys.has(unit.key)) problems.push({ path: `${path}.key`, key: "org.error.duplicateKey" });
    keys.add(unit.key);
    if (!CODE_PATTERN.test(unit.code)) problems.push({ path: `${path}.code`, key: "org.error.code" });
    else if (codes.has(unit.code.toLowerCase())) problems.push({ path: `${path}.code`, key: "org.error.codeTaken", values: { code: unit.code } });
    codes.add(unit.code.toLowerCase());
    if (unit.parent) {
      const problem = refProblem(unit.parent, draft, byId, act.effectiveOn, `${path}.parent`);
      if (problem) problems.push(problem);
    }
  });

  const closed = new Set(closedUnitIds(draft));
  const linesOf = new Map<number, { line: LineDraft; i: number }[]>();
  draft.lines.forEach((line, i) => {
    const path = `lines.${i}`;
    const predecessor = byId.get(line.predecessorId);
    if (!predecessor) {
      problems.push({ path: `${path}.predecessorId`, key: "org.error.unknownUnit" });
      return;
    }
    // the predecessor must be in force the day before: a closed unit cannot end twice
    if (!inForceOn(predecessor, dayBefore) || predecessor.validFrom >= act.effectiveOn) {
      problems.push({ path: `${path}.predecessorId`, key: "org.error.predecessorNotInForce", values: { name: predecessor.name } });
    }
    if (!(line.share > 0 && line.share <= 1)) problems.push({ path: `${path}.share`, key: "org.error.share" });
    if (line.kind === "TRANSFER") {
      if (line.successor && !("existing" in line.successor && line.successor.existing === line.predecessorId)) {
        problems.push({ path: `${path}.successor`, key: "org.error.transferKeepsUnit" });
      }
      if (line.toParent) {
        const problem = refProblem(line.toParent, draft, byId, act.effectiveOn, `${path}.toParent`);
        if (problem) problems.push(problem);
        else if ("existing" in line.toParent && line.toParent.existing === predecessor.parentId) {
          problems.push({ path: `${path}.toParent`, key: "org.error.sameParent" });
        }
      }
      if (closed.has(line.predecessorId)) problems.push({ path: `${path}.predecessorId`, key: "org.error.transferAndClose", values: { name: predecessor.name } });
      return;
    }
    if (line.successor === null) {
      if (line.kind !== "ABOLISH") problems.push({ path: `${path}.successor`, key: "org.error.successorRequired" });
    } else {
      const problem = refProblem(line.successor, draft, byId, act.effectiveOn, `${path}.successor`);
      if (problem) problems.push(problem);
      else if ("existing" in line.successor && closed.has(line.successor.existing)) {
        problems.push({ path: `${path}.successor`, key: "org.error.successorClosed" });
      }
      if (line.kind === "RENAME" && "existing" in line.successor) problems.push({ path: `${path}.successor`, key: "org.error.renameNeedsNewUnit" });
    }
    linesOf.set(line.predecessorId, [...(linesOf.get(line.predecessorId) ?? []), { line, i }]);
  });

  for (const [predecessorId, entries] of linesOf) {
    const name = byId.get(predecessorId)?.name ?? String(predecessorId);
    const path = `lines.${entries[0]!.i}`;
    const kinds = new Set(entries.map(({ line }) => line.kind));
    if (kinds.size > 1) problems.push({ path: `${path}.kind`, key: "org.error.mixedKinds", values: { name } });
    const withSuccessor = entries.filter(({ line }) => line.successor !== null);
    const total = withSuccessor.reduce((sum, { line }) => sum + line.share, 0);
    if (withSuccessor.length > 0 && Math.abs(total - 1) > SHARE_TOLERANCE) {
      problems.push({ path: `${path}.share`, key: "org.error.sharesSum", values: { name, total: total.toFixed(4) } });
    }
    if (withSuccessor.length > 0 && withSuccessor.length < entries.length) problems.push({ path, key: "org.error.abolishMixed", values: { name } });
    if (kinds.has("SPLIT") && withSuccessor.length < 2) problems.push({ path, key: "org.error.splitNeedsTwo", values: { name } });
    if ((kinds.has("MERGE") || kinds.has("RENAME")) && entries.length !== 1) problems.push({ path, key: "org.error.oneSuccessor", values: { name } });
  }

  // a unit that closes may not leave units under it without a parent in force
  for (const unit of state.units) {
    if (unit.parentId === null || !closed.has(unit.parentId) || closed.has(unit.id) || !inForceOn(unit, act.effectiveOn)) continue;
    const moved = draft.lines.some((line) => line.kind === "TRANSFER" && line.predecessorId === unit.id);
    if (!moved) problems.push({ path: "lines", key: "org.error.orphan", values: { name: unit.name, parent: byId.get(unit.parentId)?.name ?? "" } });
  }
  return problems;
}

export type QuotaMove = { quota: PlanQuota; to: { ref: UnitRef; quota: number; actualHeadcount: number | null; streamlined: number }[] };

export type PlanPreview = {
  closed: PlanUnit[];
  created: NewUnitDraft[];
  transfers: { unit: PlanUnit; toParent: UnitRef | null }[];
  /** every active user of a closed unit, with the decision taken (null: still to decide) */
  users: { user: PlanUser; decision: UserDecision | null; suggested: UnitRef | null }[];
  openReports: { report: PlanReport; completedBy: UnitRef[] }[];
  quotas: QuotaMove[];
  firstQuotaYear: number;
};

function refKey(ref: UnitRef): string {
  return "existing" in ref ? `e${ref.existing}` : `c${ref.created}`;
}

/** The successors of each closed unit with their shares, largest share first (ties: form order). */
function successorsOf(draft: ReorganisationDraft): Map<number, { ref: UnitRef; share: number }[]> {
  const result = new Map<number, { ref: UnitRef; share: number }[]>();
  for (const line of draft.lines) {
    if (line.kind === "TRANSFER" || line.successor === null) continue;
    result.set(line.predecessorId, [...(result.get(line.predecessorId) ?? []), { ref: line.successor, share: line.share }]);
  }
  for (const list of result.values()) list.sort((a, b) => b.share - a.share);
  return result;
}

/** What applying the draft would change, with the user decisions taken so far. */
export function previewDraft(draft: ReorganisationDraft, state: PlanState, decisions: readonly UserDecision[]): PlanPreview {
  const closedIds = new Set(closedUnitIds(draft));
  const successors = successorsOf(draft);
  const byId = new Map(state.units.map((unit) => [unit.id, unit]));
  const decisionOf = new Map(decisions.map((decision) => [decision.userId, decision]));
  const firstQuotaYear = firstMovedQuotaYear(draft.act.effectiveOn);
  const quotas: QuotaMove[] = [];
  for (const quota of state.quotas) {
    if (!closedIds.has(quota.agencyId) || quota.year < firstQuotaYear) continue;
    const to = successors.get(quota.agencyId) ?? [];
    if (to.length === 0) continue;
    // the form's order breaks ties, as on the other pages the ids do
    const shares: Share[] = to.map((part, i) => ({ agencyId: i, share: part.share }));
    const quotaParts = divideCount(quota.quota, shares);
    const headcountParts = quota.actualHeadcount === null ? null : divideCount(quota.actualHeadcount, shares);
    const streamlinedParts = divideCount(quota.streamlined, shares);
    quotas.push({
      quota,
      to: to.map((part, i) => ({ ref: part.ref, quota: quotaParts[i]!, actualHeadcount: headcountParts?.[i] ?? null, streamlined: streamlinedParts[i]! })),
    });
  }
  return {
    closed: [...closedIds].flatMap((id) => byId.get(id) ?? []),
    created: draft.newUnits,
    transfers: draft.lines.flatMap((line) => {
      const unit = byId.get(line.predecessorId);
      return line.kind === "TRANSFER" && unit ? [{ unit, toParent: line.toParent }] : [];
    }),
    users: state.users
      .filter((user) => user.active && closedIds.has(user.agencyId))
      .map((user) => ({ user, decision: decisionOf.get(user.id) ?? null, suggested: successors.get(user.agencyId)?.[0]?.ref ?? null })),
    openReports: state.openReports
      .filter((report) => closedIds.has(report.agencyId))
      .map((report) => ({ report, completedBy: (successors.get(report.agencyId) ?? []).map((part) => part.ref) })),
    quotas,
    firstQuotaYear,
  };
}

/** Problems with the user decisions: every active user of a closed unit needs one, to a unit of the act. */
export function decisionProblems(draft: ReorganisationDraft, preview: PlanPreview, byId: ReadonlyMap<number, PlanUnit>): PlanIssue[] {
  const problems: PlanIssue[] = [];
  const closed = new Set(preview.closed.map((unit) => unit.id));
  const allowed = new Set<string>();
  for (const line of draft.lines) if (line.successor) allowed.add(refKey(line.successor));
  for (const { user, decision } of preview.users) {
    const path = `users.${user.id}`;
    if (!decision) {
      problems.push({ path, key: "org.error.userUndecided", values: { user: user.username } });
      continue;
    }
    if (decision.action !== "move") continue;
    const target = "existing" in decision.to ? byId.get(decision.to.existing) : undefined;
    const valid = allowed.has(refKey(decision.to)) || (target !== undefined && !closed.has(target.id) && inForceOn(target, draft.act.effectiveOn));
    if (!valid) problems.push({ path, key: "org.error.userTarget", values: { user: user.username } });
  }
  return problems;
}
