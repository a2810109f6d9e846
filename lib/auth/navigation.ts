// The main menu as data, filtered by role (DESIGN §2). Hiding an entry is a convenience, not
// a permission: every page still checks the viewer on the server (lib/auth/permissions.ts).
import type { MessageKey } from "@/lib/i18n";
import { Role } from "@/lib/generated/prisma/enums";

export type NavigationEntry = {
  href: string;
  labelKey: MessageKey;
  roles: readonly Role[];
};

const ALL_ROLES: readonly Role[] = Object.values(Role);

export const HOME_HREF = "/";

export const NAVIGATION: readonly NavigationEntry[] = [
  { href: HOME_HREF, labelKey: "nav.home", roles: ALL_ROLES },
  { href: "/scorecard", labelKey: "nav.scorecard", roles: ALL_ROLES },
  {
    href: "/dossiers",
    labelKey: "nav.dossiers",
    roles: [Role.LEADER, Role.HOME_AFFAIRS, Role.INSPECTOR, Role.ADMIN, Role.AGENCY],
  },
  // Agency staff see their own agency's tasks, staffing and index components; the others see all.
  { href: "/tasks", labelKey: "nav.tasks", roles: ALL_ROLES },
  { href: "/staffing", labelKey: "nav.staffing", roles: ALL_ROLES },
  { href: "/indices", labelKey: "nav.indices", roles: ALL_ROLES },
  { href: "/reports", labelKey: "nav.reports", roles: [Role.HOME_AFFAIRS, Role.AGENCY] },
  { href: "/admin", labelKey: "nav.admin", roles: [Role.ADMIN, Role.HOME_AFFAIRS] },
];

/** The entries a viewer with `role` sees, in menu order; anonymous visitors (null) see only home. */
export function navigationFor(role: Role | null): NavigationEntry[] {
  if (role === null) return NAVIGATION.filter((entry) => entry.href === HOME_HREF);
  return NAVIGATION.filter((entry) => entry.roles.includes(role));
}
