// An agency's name for the report pages, when the viewer may read that agency (the list of every
// agency for the reopening form is province-wide: lib/data/province/agencies.ts).
import "server-only";
import { getDb } from "@/lib/db";
import { readableAgencies, scopeIncludes, type Viewer } from "@/lib/auth/permissions";

export async function getAgencyName(viewer: Viewer, agencyId: number): Promise<string | null> {
  const scope = readableAgencies(viewer);
  if (!scopeIncludes(scope, agencyId)) return null;
  const agency = await getDb().agency.findUnique({ where: { id: agencyId }, select: { name: true } });
  return agency?.name ?? null;
}
