// The public page's addresses and policy (issue 21): a path that names no period goes to the one
// not-found entry; the config's rewrites map /cong-khai and ?ky= links to the cached route; the CSP
// allows no script and carries no nonce.
import { describe, expect, it } from "vitest";
import { publicPagePolicy } from "@/lib/security/headers";
import { isPublicPage, PUBLIC_PAGE_REWRITES, publicPagePath, publicPageRedirect } from "@/lib/security/public-page";

describe("publicPageRedirect", () => {
  it("serves a period's path, the latest month and the not-found entry as they are", () => {
    for (const path of ["/cong-khai/2026-W47", "/cong-khai/2026-11", "/cong-khai/2026-Q4", "/cong-khai/2026", "/cong-khai/moi-nhat", "/cong-khai/khong-co"]) {
      expect(publicPageRedirect(path)).toBeNull();
    }
    expect(publicPageRedirect("/cong-khai")).toBeNull();
  });

  it("sends anything else under /cong-khai/ to the one not-found entry", () => {
    for (const path of ["/cong-khai/nonsense", "/cong-khai/2026-13x", "/cong-khai/1999", "/cong-khai/2026-11/extra", "/cong-khai/%3Cscript%3E", "/cong-khai/"]) {
      expect(publicPageRedirect(path)).toBe("/cong-khai/khong-co");
    }
    expect(isPublicPage("/cong-khaix")).toBe(false);
    expect(isPublicPage("/cong-khai")).toBe(true);
  });

  it("serves the English page's periods under /cong-khai/en/ and sends its other paths to its own not-found entry", () => {
    for (const path of ["/cong-khai/en", "/cong-khai/en/2026-Q4", "/cong-khai/en/moi-nhat", "/cong-khai/en/khong-co"]) {
      expect(publicPageRedirect(path)).toBeNull();
    }
    for (const path of ["/cong-khai/en/", "/cong-khai/en/nonsense", "/cong-khai/en/2026-11/extra", "/cong-khai/en/en"]) {
      expect(publicPageRedirect(path)).toBe("/cong-khai/en/khong-co");
    }
    expect(publicPageRedirect("/cong-khai/eng")).toBe("/cong-khai/khong-co");
    expect([publicPagePath("vi", "2026-Q4"), publicPagePath("en", "moi-nhat")]).toEqual(["/cong-khai/2026-Q4", "/cong-khai/en/moi-nhat"]);
    expect(PUBLIC_PAGE_REWRITES.at(-1)).toEqual({ source: "/cong-khai/en", destination: "/cong-khai/en/moi-nhat" });
  });

  it("rewrites ?ky= periods to their route (checked first), other ?ky= to not found, the bare path to the latest month", () => {
    const [period, other, bare] = PUBLIC_PAGE_REWRITES;
    const condition = period!.has![0]!;
    const captured = new RegExp(`^${"value" in condition ? condition.value : ""}$`);
    expect(["2026-W47", "2026-11", "2026-Q4", "2026"].every((ky) => captured.test(ky))).toBe(true);
    expect(["nonsense", "2026-13x", "1999"].some((ky) => captured.test(ky))).toBe(false);
    expect(other!.destination).toBe("/cong-khai/khong-co");
    expect(bare).toEqual({ source: "/cong-khai", destination: "/cong-khai/moi-nhat" });
  });
});

describe("publicPagePolicy", () => {
  it("allows no script, no connection and no nonce; upgrades over HTTPS only", () => {
    const policy = publicPagePolicy(false);
    expect(policy).toContain("script-src 'none'");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("nonce");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(publicPagePolicy(true)).toContain("upgrade-insecure-requests");
  });
});
