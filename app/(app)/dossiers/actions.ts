"use server";
// Inspection flags (issue 5): inspectors flag an agency, an official or a dossier with a note and
// resolve the flag later. The wrapper checks "inspectionFlag.manage" and audits each change.
import { actionsFor, resultId } from "@/lib/auth/action";
import * as flags from "@/lib/data/inspection-flags";
import { createFlagSchema, resolveFlagSchema } from "@/lib/validations/dossiers";

const FLAGS_PATH = "/dossiers/flags";
const manage = actionsFor("inspectionFlag.manage", { revalidate: [FLAGS_PATH] });

function targetPath(flag: flags.SavedFlag): string {
  if (flag.target === "DOSSIER") return `/dossiers/${flag.targetId}`;
  if (flag.target === "OFFICIAL") return `/dossiers/agencies/${flag.agencyId}/officials`;
  return `/dossiers/agencies/${flag.agencyId}`;
}

export const createInspectionFlag = manage(createFlagSchema, flags.createFlag, {
  audit: {
    event: "INSPECTION_FLAG_CREATED",
    entityId: resultId,
    details: (input, result) => ({ target: result.target, targetId: result.targetId, agencyId: result.agencyId, note: input.note }),
  },
  revalidate: (_input, result) => [FLAGS_PATH, targetPath(result)],
});

export const resolveInspectionFlag = manage(resolveFlagSchema, flags.resolveFlag, {
  audit: { event: "INSPECTION_FLAG_RESOLVED", entityId: resultId, details: (input) => ({ resolutionNote: input.resolutionNote }) },
});
