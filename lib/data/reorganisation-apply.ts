// Writes of the organisation (issue 15), each inside the action wrapper's one transaction with its
// audit row: a new unit, a correction of a unit's name or code, and a reorganisation applied whole —
// the act and its lines recorded, new units created, the units that end closed (never deleted:
// their history stays with them), transfers made, each user of a closed unit moved or deactivated as
// decided, and the quotas of the years after the effective day moved to the successors by share.
// A reorganisation that does not pass the checks of lib/org/plan changes nothing.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffCategory } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/permissions";
import { allProblems, unsafeLoadPlanState } from "@/lib/data/reorganisations";
import { wordsOf, type Wording } from "@/lib/notifications/words";
import { requirePermission } from "@/lib/data/scope";
import { addFieldIssue, AppError, type FieldIssues } from "@/lib/errors";
import { addDays } from "@/lib/metrics/periods";
import type { ReorganisationDraft, UnitRef, UserDecision } from "@/lib/org/plan";
import type { CreateAgencyInput, UpdateAgencyInput } from "@/lib/validations/reorganisations";

type Db = Prisma.TransactionClient;

const date = (day: string) => new Date(`${day}T00:00:00Z`);

export type CreatedUnit = { id: number; code: string; name: string };

/** A new unit in force from `validFrom`. */
export async function createAgency(tx: Db, viewer: Viewer, input: CreateAgencyInput): Promise<CreatedUnit> {
  requirePermission(viewer, "agency.manage");
  if (input.parentId !== null) {
    const parent = await tx.agency.findUnique({ where: { id: input.parentId }, select: { validFrom: true, validTo: true } });
    if (!parent || (parent.validTo !== null && parent.validTo < date(input.validFrom))) throw new AppError("ORG_PARENT_NOT_IN_FORCE", {}, { field: "parentId" });
    if (parent.validFrom > date(input.validFrom)) throw new AppError("ORG_BEFORE_PARENT", {}, { field: "validFrom" });
  }
  return tx.agency.create({
    data: { code: input.code, name: input.name, shortName: input.shortName ?? null, kind: input.kind, level: input.level, parentId: input.parentId, validFrom: date(input.validFrom) },
    select: { id: true, code: true, name: true },
  });
}

export type UpdatedUnit = { id: number; from: { code: string; name: string }; to: { code: string; name: string } };

/** A correction of a unit's code or names (a real rename is a reorganisation: a new unit). */
export async function updateAgency(tx: Db, viewer: Viewer, input: UpdateAgencyInput): Promise<UpdatedUnit> {
  requirePermission(viewer, "agency.manage");
  const before = await tx.agency.findUnique({ where: { id: input.agencyId }, select: { id: true, code: true, name: true } });
  if (!before) throw new AppError("ORG_UNIT_NOT_FOUND");
  await tx.agency.update({ where: { id: input.agencyId }, data: { code: input.code, name: input.name, shortName: input.shortName ?? null } });
  return { id: before.id, from: { code: before.code, name: before.name }, to: { code: input.code, name: input.name } };
}

export type AppliedReorganisation = {
  id: number;
  actNumber: string;
  effectiveOn: string;
  closed: number[];
  created: { id: number; code: string }[];
  transfers: number[];
  users: { userId: number; username: string; action: "move" | "deactivate"; to: number | null }[];
  openReports: number[];
  quotas: { from: number; year: number; category: StaffCategory; to: { agencyId: number; quota: number }[] }[];
};

/** Creates the draft's new units, parents first; the keys' ids. */
async function createUnits(tx: Db, draft: ReorganisationDraft): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  let waiting = [...draft.newUnits];
  while (waiting.length > 0) {
    const ready = waiting.filter((unit) => !unit.parent || "existing" in unit.parent || ids.has(unit.parent.created));
    if (ready.length === 0) throw new AppError("ORG_UNKNOWN_NEW_UNIT");
    for (const unit of ready) {
      const parentId = unit.parent === null ? null : "existing" in unit.parent ? unit.parent.existing : ids.get(unit.parent.created)!;
      const row = await tx.agency.create({
        data: { code: unit.code, name: unit.name, shortName: unit.shortName, kind: unit.kind, level: unit.level, parentId, validFrom: date(draft.act.effectiveOn) },
        select: { id: true },
      });
      ids.set(unit.key, row.id);
    }
    waiting = waiting.filter((unit) => !ids.has(unit.key));
  }
  return ids;
}

/**
 * Applies a reorganisation with the user decisions taken in the preview. Refused as a whole (with
 * every problem listed) when a check fails; one reorganisation at a time (an advisory lock), so two
 * cannot close the same unit. `words`: the viewer's language, in which the problems are worded.
 */
export async function applyReorganisation(tx: Db, viewer: Viewer, draft: ReorganisationDraft, decisions: readonly UserDecision[], words: Wording = wordsOf()): Promise<AppliedReorganisation> {
  requirePermission(viewer, "agency.manage");
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('cchc.reorganisation'))`;
  const state = await unsafeLoadPlanState(tx, draft);
  const { problems, preview } = allProblems(viewer, draft, state, decisions, words);
  if (problems.length > 0) {
    const fields: FieldIssues = {};
    for (const problem of problems) addFieldIssue(fields, problem.path, { code: "ORG_PROBLEM", args: { message: problem.message } });
    throw new AppError("ORG_PROBLEMS", { count: problems.length }, { fields });
  }
  const created = await createUnits(tx, draft);
  const resolve = (ref: UnitRef): number => ("existing" in ref ? ref.existing : created.get(ref.created)!);

  const { act } = draft;
  const reorganisation = await tx.reorganisation.create({
    data: {
      actNumber: act.actNumber, actDate: date(act.actDate), issuer: act.issuer, title: act.title, effectiveOn: date(act.effectiveOn),
      note: act.note, synthetic: act.synthetic, createdById: viewer.userId,
    },
    select: { id: true },
  });
  const lastDay = date(addDays(act.effectiveOn, -1));
  const main = new Map<number, { id: number; share: number }>();
  for (const line of draft.lines) {
    const successorId = line.kind === "TRANSFER" ? line.predecessorId : line.successor === null ? null : resolve(line.successor);
    const predecessor = state.units.find((unit) => unit.id === line.predecessorId)!;
    await tx.reorganisationLine.create({
      data: {
        reorganisationId: reorganisation.id, kind: line.kind, predecessorId: line.predecessorId, successorId, share: line.share, note: line.note,
        fromParentId: line.kind === "TRANSFER" ? predecessor.parentId : null,
        toParentId: line.kind === "TRANSFER" && line.toParent ? resolve(line.toParent) : null,
      },
    });
    if (line.kind === "TRANSFER") {
      await tx.agency.update({ where: { id: line.predecessorId }, data: { parentId: line.toParent ? resolve(line.toParent) : null } });
    } else if (successorId !== null && line.share > (main.get(line.predecessorId)?.share ?? 0)) {
      main.set(line.predecessorId, { id: successorId, share: line.share });
    }
  }
  const closed = preview.closed.map((unit) => unit.id);
  for (const id of closed) await tx.agency.update({ where: { id }, data: { validTo: lastDay, successorId: main.get(id)?.id ?? null } });

  const users: AppliedReorganisation["users"] = [];
  for (const { user, decision } of preview.users) {
    if (!decision) continue;
    if (decision.action === "move") {
      const to = resolve(decision.to);
      await tx.user.update({ where: { id: user.id }, data: { agencyId: to } });
      users.push({ userId: user.id, username: user.username, action: "move", to });
    } else {
      await tx.user.update({ where: { id: user.id }, data: { active: false } });
      users.push({ userId: user.id, username: user.username, action: "deactivate", to: null });
    }
  }

  const quotas: AppliedReorganisation["quotas"] = [];
  for (const move of preview.quotas) {
    const parts = move.to.map((part) => ({ agencyId: resolve(part.ref), ...part }));
    for (const part of parts) {
      const where = { agencyId_year_category: { agencyId: part.agencyId, year: move.quota.year, category: move.quota.category } };
      const existing = await tx.staffingQuota.findUnique({ where, select: { actualHeadcount: true } });
      const headcount = part.actualHeadcount === null ? (existing?.actualHeadcount ?? null) : (existing?.actualHeadcount ?? 0) + part.actualHeadcount;
      await tx.staffingQuota.upsert({
        where,
        create: { agencyId: part.agencyId, year: move.quota.year, category: move.quota.category, quota: part.quota, actualHeadcount: part.actualHeadcount, streamlined: part.streamlined },
        update: { quota: { increment: part.quota }, streamlined: { increment: part.streamlined }, actualHeadcount: headcount },
      });
    }
    // the year's quota now belongs to the successors; the closed unit keeps its earlier years
    await tx.staffingQuota.delete({ where: { id: move.quota.id } });
    quotas.push({ from: move.quota.agencyId, year: move.quota.year, category: move.quota.category, to: parts.map((p) => ({ agencyId: p.agencyId, quota: p.quota })) });
  }

  const applied: AppliedReorganisation = {
    id: reorganisation.id,
    actNumber: act.actNumber,
    effectiveOn: act.effectiveOn,
    closed,
    created: [...created].map(([key, id]) => ({ id, code: draft.newUnits.find((u) => u.key === key)!.code })),
    transfers: preview.transfers.map(({ unit }) => unit.id),
    users,
    openReports: preview.openReports.map(({ report }) => report.id),
    quotas,
  };
  await tx.reorganisation.update({ where: { id: reorganisation.id }, data: { appliedSummary: applied } });
  return applied;
}
