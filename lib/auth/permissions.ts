// The decision table of DESIGN §2 in one place: may this viewer do this to this resource?
// Pure and synchronous: the data layer and the action wrapper call it, tests enumerate it.
import type { Role } from "@/lib/generated/prisma/enums";

export type Viewer = { userId: number; role: Role; agencyId: number | null };

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
 * May `viewer` do `action`? With a resource, "own" grants require the resource to belong to the
 * viewer's agency; without one, an "own" grant means "for your own agency" and is allowed.
 */
export function can(viewer: Viewer, action: Action, resource?: Resource): boolean {
  const grant = grantFor(viewer.role, action);
  if (!grant) return false;
  if (grant === "all") return true;
  if (viewer.agencyId === null) return false;
  if (!resource) return true;
  return resource.agencyId === viewer.agencyId;
}

/** Agencies whose rows the viewer may read: `"all"` or the one agency id. */
export function readableAgencies(viewer: Viewer): "all" | { agencyId: number } | "none" {
  const grant = grantFor(viewer.role, "agency.read");
  if (grant === "all") return "all";
  if (grant === "own" && viewer.agencyId !== null) return { agencyId: viewer.agencyId };
  return "none";
}

/** Home Affairs manages agency users only; the administrator manages every account. */
export function canManageUser(viewer: Viewer, target: { role: Role }): boolean {
  if (!can(viewer, "user.manage")) return false;
  return viewer.role === "ADMIN" || target.role === "AGENCY";
}
