"use server";
// Inspection flags (issue 5): inspectors flag an agency, an official or a dossier with a note and
// resolve the flag later. The wrapper checks "inspectionFlag.manage" and audits each change.
import { action } from "@/lib/auth/action";
import * as flags from "@/lib/data/inspection-flags";
import { createFlagSchema, resolveFlagSchema } from "@/lib/validations/dossiers";

const FLAGS_PATH = "/dossiers/flags";

function targetPath(flag: flags.SavedFlag): string {
  if (flag.target === "DOSSIER") return `/dossiers/${flag.targetId}`;
  if (flag.target === "OFFICIAL") return `/dossiers/agencies/${flag.agencyId}/officials`;
  return `/dossiers/agencies/${flag.agencyId}`;
}

export const createInspectionFlag = action(
  {
    permission: "inspectionFlag.manage",
    schema: createFlagSchema,
    audit: {
      event: "INSPECTION_FLAG_CREATED",
      entityId: (_input, result: flags.SavedFlag) => String(result.id),
      details: (input, result: flags.SavedFlag) => ({ target: result.target, targetId: result.targetId, agencyId: result.agencyId, note: input.note }),
    },
    revalidate: (_input, result: flags.SavedFlag) => [FLAGS_PATH, targetPath(result)],
  },
  (input, { tx, viewer }) => flags.createFlag(tx, viewer, input),
);

export const resolveInspectionFlag = action(
  {
    permission: "inspectionFlag.manage",
    schema: resolveFlagSchema,
    audit: {
      event: "INSPECTION_FLAG_RESOLVED",
      entityId: (_input, result: flags.ResolvedFlag) => String(result.id),
      details: (input) => ({ resolutionNote: input.resolutionNote }),
    },
    revalidate: () => [FLAGS_PATH],
  },
  (input, { tx, viewer }) => flags.resolveFlag(tx, viewer, input),
);
