// Each role sees exactly its menu entries (DESIGN §2), in menu order.
import { describe, expect, it } from "vitest";
import { navigationFor } from "@/lib/auth/navigation";
import type { Role } from "@/lib/generated/prisma/enums";

const expected: Record<Role, string[]> = {
  LEADER: ["/"],
  HOME_AFFAIRS: ["/", "/admin/users"],
  AGENCY: ["/"],
  INSPECTOR: ["/"],
  ADMIN: ["/", "/admin/users"],
};

describe("navigationFor", () => {
  it.each(Object.entries(expected) as [Role, string[]][])("%s sees exactly its entries", (role, hrefs) => {
    expect(navigationFor(role).map((entry) => entry.href)).toEqual(hrefs);
  });

  it("shows an anonymous visitor only the home page", () => {
    expect(navigationFor(null).map((entry) => entry.href)).toEqual(["/"]);
  });

  it("labels every entry from the catalogue", () => {
    expect(navigationFor("ADMIN").map((entry) => entry.labelKey)).toEqual(["nav.home", "nav.admin"]);
  });
});
