// Who the scheduled notifications may reach, and as whom their figures are read (issue 22). Each
// recipient's figures are read through the scoped data layer with a Viewer built from the account
// (role, agency, predecessors) — the scope its pages have. Users of one agency share one scope, so
// the figures are read once per agency (and once per province-wide role), not once per person.
import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { getWriteDb } from "@/lib/db";
import { unsafeListPredecessorIds } from "@/lib/data/organisation";
import type { Recipient } from "./recipients";

export type AudienceUser = Recipient & { role: Role; agencyId: number | null };

/** The Viewer an account's pages have. Scope: it is the account's own. */
export async function unsafeViewerOf(user: { id: number; role: Role; agencyId: number | null }): Promise<Viewer> {
  return { userId: user.id, role: user.role, agencyId: user.agencyId, predecessorIds: user.agencyId === null ? [] : await unsafeListPredecessorIds(user.agencyId) };
}

/** Active accounts of `roles` (agency staff only with an agency). Scope: names who, reads no figures. */
export async function unsafeListAudience(roles: Role[]): Promise<AudienceUser[]> {
  const users = await getWriteDb().user.findMany({
    where: { active: true, role: { in: roles } },
    select: { id: true, email: true, locale: true, role: true, agencyId: true },
    orderBy: { id: "asc" },
  });
  return users.filter((user) => user.role !== "AGENCY" || user.agencyId !== null);
}

/** The audience split by scope: one group per province-wide role, one per agency of agency staff. */
export function scopeGroups(users: AudienceUser[]): { key: string; users: AudienceUser[]; agencyId: number | null; role: Role }[] {
  const groups = new Map<string, { key: string; users: AudienceUser[]; agencyId: number | null; role: Role }>();
  for (const user of users) {
    const key = user.role === "AGENCY" ? `agency:${user.agencyId}` : `role:${user.role}`;
    const group = groups.get(key) ?? { key, users: [], agencyId: user.role === "AGENCY" ? user.agencyId : null, role: user.role };
    group.users.push(user);
    groups.set(key, group);
  }
  return [...groups.values()];
}
