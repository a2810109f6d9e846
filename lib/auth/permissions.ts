// The decision table of DESIGN §2 in one place: may this viewer do this to this resource?
// Pure and synchronous: the data layer and the action wrapper call it, tests enumerate it.
import type { Role } from "@/lib/generated/prisma/enums";

export type Viewer = {
  userId: number;
  role: Role;
  agencyId: number | null;
  /**
   * The units whose history the viewer's agency carries (its predecessors through every
   * reorganisation, docs/ORGANISATION.md), loaded with the session. Absent: none.
   */
  predecessorIds?: readonly number[];
};

/** What a viewer may want to do. Reads first, then writes. */
export const ACTIONS = [
  "scorecard.read", // province-wide figures
  "agency.read", // an agency's page, its dossiers, tasks, staffing and report
  "official.read", // handling officials' names and late rates
  "report.edit", // enter and submit an agency's quarterly report
  "report.review", // approve or return an agency's report
  "period.manage", // reporting periods and reopenings
  "indicator.manage", // indicator catalogue and validation rules
  "target.manage", // province targets
  "indexScore.manage", // index scores, components, owners
  "staffingQuota.manage", // quota decisions
  "staffingActual.report", // an agency's actual headcount and streamlining cases
  "assessment.manage", // yearly agency assessment
  "inspectionFlag.manage", // flags and notes for inspection
  "import.run", // file imports and API tokens of the provincial systems
  "user.manage", // user accounts
  "agency.manage", // the agency tree
  "settings.manage", // province settings
] as const;

export type Action = (typeof ACTIONS)[number];

/** A resource that belongs to an agency; omitted for province-wide resources. */
export type Resource = { agencyId: number | null };

/**
 * `all` = every resource; `own` = only resources of the viewer's own agency; absent: never.
 * Reads of province aggregates are open to every role (agency staff see province totals).
 */
type Grant = "all" | "own";

const TABLE: Record<Role, Partial<Record<Action, Grant>>> = {
  LEADER: {
    "scorecard.read": "all",
    "agency.read": "all",
    "official.read": "all",
  },
  HOME_AFFAIRS: {
    "scorecard.read": "all",
    "agency.read": "all",
    "official.read": "all",
    "report.review": "all",
    "period.manage": "all",
    "indicator.manage": "all",
    "target.manage": "all",
    "indexScore.manage": "all",
    "staffingQuota.manage": "all",
    "assessment.manage": "all",
    "import.run": "all",
    // agency users only: the target user's role is checked by canManageUser
    "user.manage": "all",
    // units and reorganisations (issue 15): Home Affairs records them, as the administrator may
    "agency.manage": "all",
  },
  AGENCY: {
    "scorecard.read": "all",
    "agency.read": "own",
    "report.edit": "own",
    "staffingActual.report": "own",
  },
  INSPECTOR: {
    "scorecard.read": "all",
    "agency.read": "all",
    "official.read": "all",
    "inspectionFlag.manage": "all",
  },
  ADMIN: {
    "scorecard.read": "all",
    "agency.read": "all",
    "official.read": "all",
    "user.manage": "all",
    "agency.manage": "all",
    "settings.manage": "all",
  },
};

export function grantFor(role: Role, action: Action): Grant | undefined {
  return TABLE[role][action];
}

/**
 * The agencies an "own" grant reaches: the viewer's agency and the units it succeeded (a successor
 * answers for its predecessors' history and their unfinished reports). Empty without an agency.
 */
export function ownAgencyIds(viewer: Viewer): number[] {
  if (viewer.agencyId === null) return [];
  return [viewer.agencyId, ...(viewer.predecessorIds ?? []).filter((id) => id !== viewer.agencyId)];
}

/**
 * May `viewer` do `action`? With a resource, "own" grants require the resource to belong to the
 * viewer's agency or one of its predecessors; without one, an "own" grant means "for your own
 * agency" and is allowed.
 */
export function can(viewer: Viewer, action: Action, resource?: Resource): boolean {
  const grant = grantFor(viewer.role, action);
  if (!grant) return false;
  if (grant === "all") return true;
  if (viewer.agencyId === null) return false;
  if (!resource) return true;
  return resource.agencyId !== null && ownAgencyIds(viewer).includes(resource.agencyId);
}

/** A scope that names agencies: the viewer's own and its predecessors (never empty). */
export type AgencySet = { agencyIds: readonly number[] };

/**
 * Agencies whose rows the viewer may read: `"all"`, the set of the viewer's agency and its
 * predecessors (agency staff read their predecessors' history and nothing else), or `"none"`.
 */
export function readableAgencies(viewer: Viewer): "all" | AgencySet | "none" {
  const grant = grantFor(viewer.role, "agency.read");
  if (grant === "all") return "all";
  if (grant === "own" && viewer.agencyId !== null) return { agencyIds: ownAgencyIds(viewer) };
  return "none";
}

/** Whether the scope reaches `agencyId`. */
export function scopeIncludes(scope: "all" | AgencySet | "none", agencyId: number): boolean {
  return scope === "all" || (scope !== "none" && scope.agencyIds.includes(agencyId));
}

/** The viewer part of a signed-in user (the session carries more). */
export function toViewer(user: Viewer): Viewer {
  return { userId: user.userId, role: user.role, agencyId: user.agencyId, ...(user.predecessorIds ? { predecessorIds: user.predecessorIds } : {}) };
}

/** Home Affairs manages agency users only; the administrator manages every account. */
export function canManageUser(viewer: Viewer, target: { role: Role }): boolean {
  if (!can(viewer, "user.manage")) return false;
  return viewer.role === "ADMIN" || target.role === "AGENCY";
}
