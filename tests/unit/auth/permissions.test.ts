// Every role × action × own / other agency cell of the decision table (DESIGN §2).
import { describe, expect, it } from "vitest";
import { ACTIONS, can, canManageUser, ownAgencyIds, readableAgencies, scopeIncludes, toViewer, type Action, type Viewer } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

const OWN = 7;
const OTHER = 8;

const viewers: Record<Role, Viewer> = {
  LEADER: { userId: 1, role: "LEADER", agencyId: null },
  HOME_AFFAIRS: { userId: 2, role: "HOME_AFFAIRS", agencyId: OWN },
  AGENCY: { userId: 3, role: "AGENCY", agencyId: OWN },
  INSPECTOR: { userId: 4, role: "INSPECTOR", agencyId: OWN },
  ADMIN: { userId: 5, role: "ADMIN", agencyId: null },
};

// The expected table, written out from DESIGN §2: the role may do the action to any agency's
// resource ("all"), only to its own ("own"), or not at all (absent).
const expected: Record<Role, Partial<Record<Action, "all" | "own">>> = {
  LEADER: { "scorecard.read": "all", "agency.read": "all", "official.read": "all" },
  HOME_AFFAIRS: {
    "scorecard.read": "all", "agency.read": "all", "official.read": "all", "report.review": "all",
    "period.manage": "all", "indicator.manage": "all", "target.manage": "all", "indexScore.manage": "all",
    "staffingQuota.manage": "all", "assessment.manage": "all", "import.run": "all", "user.manage": "all",
    "agency.manage": "all",
  },
  AGENCY: { "scorecard.read": "all", "agency.read": "own", "report.edit": "own", "staffingActual.report": "own" },
  INSPECTOR: { "scorecard.read": "all", "agency.read": "all", "official.read": "all", "inspectionFlag.manage": "all" },
  ADMIN: {
    "scorecard.read": "all", "agency.read": "all", "official.read": "all", "user.manage": "all",
    "agency.manage": "all", "settings.manage": "all",
  },
};

const roles = Object.keys(viewers) as Role[];
const cells = roles.flatMap((role) => ACTIONS.map((action) => [role, action] as const));

describe.each(cells)("%s × %s", (role, action) => {
  const viewer = viewers[role];
  const grant = expected[role][action];

  it(`own agency: ${grant ? "allowed" : "refused"}`, () => {
    expect(can(viewer, action, { agencyId: OWN })).toBe(grant !== undefined);
  });

  it(`another agency: ${grant === "all" ? "allowed" : "refused"}`, () => {
    expect(can(viewer, action, { agencyId: OTHER })).toBe(grant === "all");
  });

  it(`province-wide resource: ${grant === "all" ? "allowed" : "refused"}`, () => {
    expect(can(viewer, action, { agencyId: null })).toBe(grant === "all");
  });
});

describe("writes", () => {
  it("a leader writes nothing and an inspector writes only inspection flags", () => {
    const writes = ACTIONS.filter((action) => !action.endsWith(".read"));
    expect(writes.filter((action) => can(viewers.LEADER, action))).toEqual([]);
    expect(writes.filter((action) => can(viewers.INSPECTOR, action))).toEqual(["inspectionFlag.manage"]);
  });

  it("an agency user without an agency may do nothing agency-scoped", () => {
    const orphan: Viewer = { userId: 9, role: "AGENCY", agencyId: null };
    expect(can(orphan, "report.edit")).toBe(false);
    expect(can(orphan, "agency.read", { agencyId: OWN })).toBe(false);
    expect(readableAgencies(orphan)).toBe("none");
  });
});

describe("readable agencies", () => {
  it("is every agency for the reading roles and the own agency for agency staff", () => {
    expect(readableAgencies(viewers.LEADER)).toBe("all");
    expect(readableAgencies(viewers.INSPECTOR)).toBe("all");
    expect(readableAgencies(viewers.AGENCY)).toEqual({ agencyIds: [OWN] });
  });
});

describe("a successor's staff (docs/ORGANISATION.md)", () => {
  const PREDECESSORS = [3, 4];
  const successor: Viewer = { userId: 6, role: "AGENCY", agencyId: OWN, predecessorIds: PREDECESSORS };

  it("read their unit and its predecessors, and nothing else", () => {
    const scope = readableAgencies(successor);
    expect(scope).toEqual({ agencyIds: [OWN, 3, 4] });
    for (const id of [OWN, 3, 4]) {
      expect(scopeIncludes(scope, id)).toBe(true);
      expect(can(successor, "agency.read", { agencyId: id })).toBe(true);
    }
    expect(scopeIncludes(scope, OTHER)).toBe(false);
    expect(can(successor, "agency.read", { agencyId: OTHER })).toBe(false);
    expect(can(successor, "official.read", { agencyId: 3 })).toBe(false);
  });

  it("complete their predecessors' open reports (an own grant reaches the predecessors)", () => {
    expect(can(successor, "report.edit", { agencyId: 4 })).toBe(true);
    expect(can(successor, "report.edit", { agencyId: OTHER })).toBe(false);
    expect(can(successor, "report.review", { agencyId: 4 })).toBe(false);
  });

  it("carry the predecessors through the session's viewer, and a reading role's scope stays every agency", () => {
    expect(ownAgencyIds(successor)).toEqual([OWN, 3, 4]);
    expect(toViewer({ ...successor, userId: 6 })).toEqual(successor);
    expect(toViewer(viewers.AGENCY)).toEqual(viewers.AGENCY);
    expect(readableAgencies({ ...viewers.INSPECTOR, predecessorIds: PREDECESSORS })).toBe("all");
    expect(scopeIncludes("none", OWN)).toBe(false);
    expect(scopeIncludes("all", OTHER)).toBe(true);
  });
});

describe("user administration", () => {
  it("Home Affairs manages agency users only; the administrator manages everyone", () => {
    for (const role of roles) {
      expect(canManageUser(viewers.HOME_AFFAIRS, { role })).toBe(role === "AGENCY");
      expect(canManageUser(viewers.ADMIN, { role })).toBe(true);
      expect(canManageUser(viewers.LEADER, { role })).toBe(false);
      expect(canManageUser(viewers.AGENCY, { role })).toBe(false);
      expect(canManageUser(viewers.INSPECTOR, { role })).toBe(false);
    }
  });
});
