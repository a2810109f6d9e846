// Inspection flags (issue 5): an inspector marks an agency, a handling official or a dossier for
// inspection with a note, and later resolves it. Writes run inside the action wrapper's
// transaction (`tx`), which has already checked "inspectionFlag.manage" and appends the audit row.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InspectionFlagStatus, InspectionTarget } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { requirePermission } from "@/lib/data/scope";
import type { CreateFlagInput, ResolveFlagInput } from "@/lib/validations/dossiers";

export type SavedFlag = { id: number; target: InspectionTarget; agencyId: number; targetId: number };

/** The agency a target belongs to, or a refusal when the target does not exist. */
async function agencyOfTarget(tx: Prisma.TransactionClient, target: InspectionTarget, id: number): Promise<number> {
  const found =
    target === "AGENCY"
      ? await tx.agency.findUnique({ where: { id }, select: { id: true } }).then((row) => row && { agencyId: row.id })
      : target === "OFFICIAL"
        ? await tx.official.findUnique({ where: { id }, select: { agencyId: true } })
        : await tx.dossier.findUnique({ where: { id }, select: { agencyId: true } });
  if (!found) throw new AppError("FLAG_TARGET_NOT_FOUND", {}, { field: "targetId" });
  return found.agencyId;
}

export async function createFlag(tx: Prisma.TransactionClient, viewer: Viewer, input: CreateFlagInput): Promise<SavedFlag> {
  requirePermission(viewer, "inspectionFlag.manage");
  const agencyId = await agencyOfTarget(tx, input.target, input.targetId);
  const flag = await tx.inspectionFlag.create({
    data: {
      target: input.target,
      agencyId,
      officialId: input.target === "OFFICIAL" ? input.targetId : null,
      dossierId: input.target === "DOSSIER" ? input.targetId : null,
      note: input.note,
      createdById: viewer.userId,
    },
    select: { id: true },
  });
  return { id: flag.id, target: input.target, agencyId, targetId: input.targetId };
}

export type ResolvedFlag = { id: number; agencyId: number };

export async function resolveFlag(tx: Prisma.TransactionClient, viewer: Viewer, input: ResolveFlagInput): Promise<ResolvedFlag> {
  requirePermission(viewer, "inspectionFlag.manage");
  // only an open flag is resolved: the condition is part of the update, so two clicks resolve once
  const { count } = await tx.inspectionFlag.updateMany({
    where: { id: input.flagId, status: "OPEN" },
    data: { status: "RESOLVED", resolvedById: viewer.userId, resolvedAt: new Date(), resolutionNote: input.resolutionNote || null },
  });
  if (count === 0) throw new AppError("FLAG_NOT_OPEN");
  const flag = await tx.inspectionFlag.findUniqueOrThrow({ where: { id: input.flagId }, select: { id: true, agencyId: true } });
  return flag;
}

const FLAG_SELECT = {
  id: true,
  target: true,
  note: true,
  status: true,
  createdAt: true,
  resolvedAt: true,
  resolutionNote: true,
  agency: { select: { id: true, name: true } },
  official: { select: { id: true, fullName: true, code: true } },
  dossier: { select: { id: true, code: true } },
  createdBy: { select: { fullName: true } },
  resolvedBy: { select: { fullName: true } },
} as const;

/** Flags for those who manage them (inspectors), newest first; an empty list for anyone else. */
export async function listFlags(viewer: Viewer, filter: { status?: InspectionFlagStatus; target?: { kind: InspectionTarget; id: number } } = {}) {
  if (!can(viewer, "inspectionFlag.manage")) return [];
  const target = filter.target;
  return getDb().inspectionFlag.findMany({
    where: {
      status: filter.status,
      ...(target?.kind === "AGENCY" ? { target: "AGENCY", agencyId: target.id } : {}),
      ...(target?.kind === "OFFICIAL" ? { officialId: target.id } : {}),
      ...(target?.kind === "DOSSIER" ? { dossierId: target.id } : {}),
    },
    select: FLAG_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
  });
}

export type FlagRow = Awaited<ReturnType<typeof listFlags>>[number];
