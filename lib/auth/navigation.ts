// The main menu as data, filtered by what the viewer may do (DESIGN §2). Hiding an entry is a
// convenience, not a permission: every page still checks the viewer on the server.
// Only pages that exist are listed; each later issue adds its entry with the page
// (scorecard, dossiers, tasks, staffing, indices, reports).
import type { NestedMessages } from "@/lib/i18n/keys";
import type { Role } from "@/lib/generated/prisma/enums";
import { grantFor, type Action } from "@/lib/auth/permissions";

export type NavigationEntry = {
  href: string;
  labelKey: `nav.${keyof NestedMessages["nav"]}`;
  /** shown to roles holding this permission; absent = every signed-in role */
  permission?: Action;
  /** shown only to roles that read their own agency alone (agency staff) */
  ownAgencyOnly?: boolean;
};

export const HOME_HREF = "/";
export const SCORECARD_HREF = "/scorecard";

export const NAVIGATION: readonly NavigationEntry[] = [
  { href: HOME_HREF, labelKey: "nav.home" },
  { href: SCORECARD_HREF, labelKey: "nav.scorecard", permission: "scorecard.read" },
  { href: "/agencies/mine", labelKey: "nav.myAgency", ownAgencyOnly: true },
  { href: "/dossiers", labelKey: "nav.dossiers", permission: "agency.read" },
  { href: "/tasks", labelKey: "nav.tasks", permission: "scorecard.read" },
  { href: "/staffing", labelKey: "nav.staffing", permission: "scorecard.read" },
  { href: "/indices", labelKey: "nav.indices", permission: "scorecard.read" },
  { href: "/service-index", labelKey: "nav.serviceIndex", permission: "scorecard.read" },
  { href: "/assessments", labelKey: "nav.assessments", permission: "scorecard.read" },
  { href: "/reports", labelKey: "nav.reports", permission: "agency.read" },
  { href: "/admin/periods", labelKey: "nav.periods", permission: "period.manage" },
  { href: "/admin/indicators", labelKey: "nav.indicators", permission: "indicator.manage" },
  { href: "/admin/imports", labelKey: "nav.imports", permission: "import.run" },
  { href: "/admin/agencies", labelKey: "nav.agencies", permission: "agency.manage" },
  { href: "/admin/users", labelKey: "nav.admin", permission: "user.manage" },
  { href: "/admin/jobs", labelKey: "nav.jobs", permission: "settings.manage" },
  { href: "/admin/settings", labelKey: "nav.settings", permission: "settings.manage" },
];

/** The entries a viewer with `role` sees, in menu order; anonymous visitors (null) see only home. */
export function navigationFor(role: Role | null): NavigationEntry[] {
  if (role === null) return NAVIGATION.filter((entry) => entry.href === HOME_HREF);
  return NAVIGATION.filter((entry) => {
    if (entry.ownAgencyOnly) return grantFor(role, "agency.read") === "own";
    return !entry.permission || grantFor(role, entry.permission) !== undefined;
  });
}

/** Where each role starts after signing in (its own pages arrive with their issues). */
export function startPageFor(viewer: { role: Role; agencyId: number | null }): string {
  if (grantFor(viewer.role, "agency.read") === "own" && viewer.agencyId !== null) return `/agencies/${viewer.agencyId}`;
  if (viewer.role === "ADMIN") return "/admin/users";
  if (viewer.role === "LEADER") return SCORECARD_HREF;
  return HOME_HREF;
}
