// The public page's route and policy (issue 21): every way of asking for it reaches one cached route
// per period, anything else one "not found" entry; its CSP allows no script and carries no nonce.
import { describe, expect, it } from "vitest";
import { publicPagePolicy } from "@/lib/security/headers";
import { publicPageRoute } from "@/lib/security/public-page";

const route = (url: string) => {
  const parsed = new URL(url, "http://localhost");
  return publicPageRoute(parsed.pathname, parsed.searchParams);
};

describe("publicPageRoute", () => {
  it("sends /cong-khai, its ?ky= links and its period paths to the period's route, without the query", () => {
    expect(route("/cong-khai")).toBe("/cong-khai/moi-nhat");
    expect(route("/cong-khai?ky=2026-W47")).toBe("/cong-khai/2026-W47");
    expect(route("/cong-khai?ky=2026-Q4&x=1")).toBe("/cong-khai/2026-Q4");
    expect(route("/cong-khai/2026-11")).toBe("/cong-khai/2026-11");
    expect(route("/cong-khai/2026")).toBe("/cong-khai/2026");
  });

  it("sends anything that is not a period to one not-found entry, and leaves other paths alone", () => {
    for (const url of ["/cong-khai?ky=nonsense", "/cong-khai/2026-13x", "/cong-khai/1999", "/cong-khai/2026-11/extra", "/cong-khai/%3Cscript%3E", "/cong-khai/"]) {
      expect(route(url)).toBe("/cong-khai/khong-co");
    }
    expect(route("/cong-khaix")).toBeNull();
    expect(route("/service-index")).toBeNull();
  });
});

describe("publicPagePolicy", () => {
  it("allows no script, no connection and no nonce; upgrades over HTTPS only", () => {
    const policy = publicPagePolicy(false);
    expect(policy).toContain("script-src 'none'");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("nonce");
    expect(policy).not.toContain("unsafe-inline'; script");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(publicPagePolicy(true)).toContain("upgrade-insecure-requests");
  });
});
