// Each role sees exactly its menu entries (DESIGN §2), in menu order.
import { describe, expect, it } from "vitest";
import { navigationFor } from "@/lib/auth/navigation";
import type { Role } from "@/lib/generated/prisma/enums";

const expected: Record<Role, string[]> = {
  LEADER: ["/", "/scorecard", "/dossiers", "/tasks", "/staffing", "/indices"],
  HOME_AFFAIRS: ["/", "/scorecard", "/dossiers", "/tasks", "/staffing", "/indices", "/reports", "/admin"],
  AGENCY: ["/", "/scorecard", "/dossiers", "/tasks", "/staffing", "/indices", "/reports"],
  INSPECTOR: ["/", "/scorecard", "/dossiers", "/tasks", "/staffing", "/indices"],
  ADMIN: ["/", "/scorecard", "/dossiers", "/tasks", "/staffing", "/indices", "/admin"],
};

describe("navigationFor", () => {
  it.each(Object.entries(expected) as [Role, string[]][])("%s sees exactly its entries", (role, hrefs) => {
    expect(navigationFor(role).map((entry) => entry.href)).toEqual(hrefs);
  });

  it("shows an anonymous visitor only the home page", () => {
    expect(navigationFor(null)).toEqual([{ href: "/", labelKey: "nav.home", roles: expect.any(Array) }]);
  });

  it("keeps the reports entry from leaders, inspectors and administrators", () => {
    for (const role of ["LEADER", "INSPECTOR", "ADMIN"] as const) {
      expect(navigationFor(role).some((entry) => entry.href === "/reports")).toBe(false);
    }
  });

  it("labels every entry from the catalogue", () => {
    expect(navigationFor("HOME_AFFAIRS").map((entry) => entry.labelKey)).toEqual([
      "nav.home", "nav.scorecard", "nav.dossiers", "nav.tasks", "nav.staffing", "nav.indices", "nav.reports", "nav.admin",
    ]);
  });
});
