// An agency's own page, which only the viewers allowed to read that agency's rows may open. The
// tree's names, which every role reads, are in lib/data/province/agencies.ts.
import "server-only";
import { readableAgencies, type Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";

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
