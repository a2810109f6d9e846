// The agency tree's names, the same for every viewer: every role reads province totals by agency
// (DESIGN §2), so these reads take no viewer. An agency's own page, its rows and its figures are
// read through the viewer's scope elsewhere (lib/data/agencies.ts, …).
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

/** Every agency, departments first, for Home Affairs' reopening form. */
export async function listAgencyChoices(): Promise<AgencyChoice[]> {
  return getDb().agency.findMany({ select: { id: true, name: true }, orderBy: [{ kind: "asc" }, { name: "asc" }] });
}

/** Every agency's name by id. */
export async function getAgencyNames(): Promise<Map<number, string>> {
  const agencies = await getDb().agency.findMany({ select: { id: true, name: true } });
  return new Map(agencies.map((agency) => [agency.id, agency.name]));
}
