// Agencies as choices in forms. The agency tree is public within the application (every role
// reads province totals by agency), so this read takes no viewer.
import "server-only";
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
