// The headers every response carries, the pages' CSP, the Origin rule of state-changing requests
// and the bytes refused in URLs: the pure parts of proxy.ts and the route handlers.
import { describe, expect, it } from "vitest";
import { API_CONTENT_SECURITY_POLICY, createNonce, pageContentSecurityPolicy, STATIC_SECURITY_HEADERS } from "@/lib/security/headers";
import { isSameOrigin, isStateChanging } from "@/lib/security/origin";
import { hasBadBytes } from "@/lib/security/refusals";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("content security policy", () => {
  it("lets only nonce'd scripts run in production, and frames nothing", () => {
    const policy = directives(pageContentSecurityPolicy({ nonce: "abc123", https: false, development: false }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc123'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("upgrades insecure requests over HTTPS and allows eval in development only", () => {
    expect(directives(pageContentSecurityPolicy({ nonce: "n", https: true, development: false })).has("upgrade-insecure-requests")).toBe(true);
    expect(directives(pageContentSecurityPolicy({ nonce: "n", https: false, development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("uses a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    expect(Buffer.from([...nonces][0]!, "base64")).toHaveLength(16);
  });

  it("allows nothing on API responses", () => {
    expect(directives(API_CONTENT_SECURITY_POLICY).get("default-src")).toEqual(["'none'"]);
  });

  it("sends the fixed headers the issue names", () => {
    expect(Object.fromEntries(STATIC_SECURITY_HEADERS.map((h) => [h.key, h.value]))).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "same-origin",
      "Permissions-Policy": expect.stringContaining("camera=()"),
    });
  });
});

describe("Origin of state-changing requests", () => {
  const headers = (values: Record<string, string>) => (name: string) => values[name] ?? null;
  it("applies to every method but GET, HEAD and OPTIONS", () => {
    expect(["POST", "PUT", "PATCH", "DELETE", "post"].every(isStateChanging)).toBe(true);
    expect(["GET", "HEAD", "OPTIONS"].some(isStateChanging)).toBe(false);
  });

  it("accepts this site only", () => {
    expect(isSameOrigin(headers({ origin: "http://127.0.0.1:3204", host: "127.0.0.1:3204" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://cchc.example.gov.vn", host: "127.0.0.1:3000", "x-forwarded-host": "cchc.example.gov.vn" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://cchc.example.gov.vn", host: "10.0.0.5:3000" }), "https://cchc.example.gov.vn")).toBe(true);
  });

  it("refuses another site, a missing or null Origin, and non-web schemes", () => {
    for (const origin of ["http://evil.example", "http://127.0.0.1:3204.evil.example", "null", "", "file://", "javascript:alert(1)"]) {
      expect(isSameOrigin(headers({ origin, host: "127.0.0.1:3204" }))).toBe(false);
    }
    expect(isSameOrigin(headers({ host: "127.0.0.1:3204" }))).toBe(false);
  });
});

describe("bytes refused in URLs", () => {
  it("malformed percent-encoding and control characters in the path", () => {
    expect(hasBadBytes("/dossiers/agencies/%E0%A4%A", null)).toBe(true);
    expect(hasBadBytes("/indices/%00", null)).toBe(true);
    expect(hasBadBytes("/indices/PAR%0AINDEX", null)).toBe(true);
    expect(hasBadBytes("/indices/PAR_INDEX", null)).toBe(false);
    expect(hasBadBytes("/s%E1%BB%9F", null)).toBe(false);
  });

  it("control characters in the query", () => {
    expect(hasBadBytes("/admin/users", new URLSearchParams("q=%00"))).toBe(true);
    expect(hasBadBytes("/admin/users", new URLSearchParams("q=S%E1%BB%9F%20T%C6%B0%20ph%C3%A1p"))).toBe(false);
  });
});
