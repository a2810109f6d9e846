// Each role sees exactly its menu entries (DESIGN §2), in menu order.
import { describe, expect, it } from "vitest";
import { navigationFor, startPageFor } from "@/lib/auth/navigation";
import type { Role } from "@/lib/generated/prisma/enums";

const expected: Record<Role, string[]> = {
  LEADER: ["/", "/scorecard", "/dossiers", "/tasks", "/staffing", "/indices", "/service-index", "/assessments", "/reports"],
  HOME_AFFAIRS: [
    "/", "/scorecard", "/dossiers", "/tasks", "/staffing", "/indices", "/service-index", "/assessments", "/reports",
    "/admin/periods", "/admin/indicators", "/admin/imports", "/admin/agencies", "/admin/users",
  ],
  AGENCY: ["/", "/scorecard", "/agencies/mine", "/dossiers", "/tasks", "/staffing", "/indices", "/service-index", "/assessments", "/reports"],
  INSPECTOR: ["/", "/scorecard", "/dossiers", "/tasks", "/staffing", "/indices", "/service-index", "/assessments", "/reports"],
  ADMIN: ["/", "/scorecard", "/dossiers", "/tasks", "/staffing", "/indices", "/service-index", "/assessments", "/reports", "/admin/agencies", "/admin/users", "/admin/jobs", "/admin/settings"],
};

describe("navigationFor", () => {
  it.each(Object.entries(expected) as [Role, string[]][])("%s sees exactly its entries", (role, hrefs) => {
    expect(navigationFor(role).map((entry) => entry.href)).toEqual(hrefs);
  });

  it("shows an anonymous visitor only the home page", () => {
    expect(navigationFor(null).map((entry) => entry.href)).toEqual(["/"]);
  });

  it("labels every entry from the catalogue", () => {
    expect(navigationFor("ADMIN").map((entry) => entry.labelKey)).toEqual([
      "nav.home", "nav.scorecard", "nav.dossiers", "nav.tasks", "nav.staffing", "nav.indices", "nav.serviceIndex", "nav.assessments", "nav.reports", "nav.agencies", "nav.admin", "nav.jobs", "nav.settings",
    ]);
  });
});

describe("startPageFor", () => {
  it("sends agency staff to their agency, the administrator to the accounts, leaders to the scorecard, the others home", () => {
    expect(startPageFor({ role: "AGENCY", agencyId: 12 })).toBe("/agencies/12");
    expect(startPageFor({ role: "ADMIN", agencyId: null })).toBe("/admin/users");
    expect(startPageFor({ role: "LEADER", agencyId: null })).toBe("/scorecard");
    expect(startPageFor({ role: "HOME_AFFAIRS", agencyId: 3 })).toBe("/");
    expect(startPageFor({ role: "INSPECTOR", agencyId: 4 })).toBe("/");
  });

  it("sends an agency user without an agency home rather than to a missing page", () => {
    expect(startPageFor({ role: "AGENCY", agencyId: null })).toBe("/");
  });
});
