// Agencies: as choices in forms (the tree itself is public within the application: every role
// reads province totals by agency, so that read takes no viewer), and an agency's own page,
// which only the viewers allowed to read that agency's rows may open.
import "server-only";
import { readableAgencies, type Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";

export type AgencyChoice = { id: number; name: string };

/** Agencies that exist today (not merged away), ordered by level and then name. */
export async function listCurrentAgencies(now: Date = new Date()): Promise<AgencyChoice[]> {
  return getDb().agency.findMany({
    where: { validFrom: { lte: now }, OR: [{ validTo: null }, { validTo: { gte: now } }] },
    select: { id: true, name: true },
    orderBy: [{ level: "asc" }, { name: "asc" }],
  });
}

/** An agency's page as `viewer` may see it: null when it does not exist or is out of scope. */
export async function findAgencyForViewer(viewer: Viewer, id: number) {
  const scope = readableAgencies(viewer);
  if (scope === "none") return null;
  // The viewer's scope is part of the query: another agency's id finds nothing.
  const where = scope === "all" ? { id } : { id, AND: { id: { in: [...scope.agencyIds] } } };
  return getDb().agency.findFirst({
    where,
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      level: true,
      validFrom: true,
      validTo: true,
      synthetic: true,
      parent: { select: { id: true, name: true } },
      successor: { select: { id: true, name: true } },
      _count: { select: { procedures: true, officials: true, tasks: true, dossiers: true, users: true } },
    },
  });
}

export type AgencyPage = NonNullable<Awaited<ReturnType<typeof findAgencyForViewer>>>;
