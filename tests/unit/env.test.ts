import { describe, expect, it } from "vitest";
import { DEVELOPMENT_AUTH_SECRET, EnvError, getToolEnv, parseAppEnv, parseAuthEnv, parseSecurityEnv } from "@/lib/env";
import { connectionFields } from "@/lib/db/pg-adapter";

describe("application environment", () => {
  it("accepts a PostgreSQL URL and fills the defaults", () => {
    const env = parseAppEnv({ DATABASE_URL: "postgresql://u:p@db:5432/cchc", NODE_ENV: "production" });
    expect(env).toEqual({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://u:p@db:5432/cchc",
      DATABASE_POOL_MAX: 10,
      DATABASE_WRITE_POOL_MAX: 4,
      DATABASE_API_POOL_MAX: 8,
      API_RATE_LIMIT_PER_MINUTE: 60,
      PROVINCE_NAME: "Khánh Hòa",
    });
  });

  it("stops with a Vietnamese message naming a missing DATABASE_URL", () => {
    expect(() => parseAppEnv({})).toThrow(EnvError);
    expect(() => parseAppEnv({})).toThrow(/DATABASE_URL: chưa được đặt/);
  });

  it("rejects a URL of another database and a pool size out of range", () => {
    expect(() => parseAppEnv({ DATABASE_URL: "mysql://u@h/db" })).toThrow(/DATABASE_URL: phải có dạng postgresql:\/\//);
    expect(() => parseAppEnv({ DATABASE_URL: "postgres://h/db", DATABASE_POOL_MAX: "0" })).toThrow(/DATABASE_POOL_MAX: phải ≥ 1/);
    expect(() => parseAppEnv({ DATABASE_URL: "postgres://h/db", DATABASE_POOL_MAX: "abc" })).toThrow(/DATABASE_POOL_MAX: phải là số/);
    expect(() => parseAppEnv({ DATABASE_URL: "postgres://h/db", DATABASE_WRITE_POOL_MAX: "101" })).toThrow(/DATABASE_WRITE_POOL_MAX: phải ≤ 100/);
    expect(() => parseAppEnv({ DATABASE_URL: "postgres://h/db", API_RATE_LIMIT_PER_MINUTE: "0" })).toThrow(/API_RATE_LIMIT_PER_MINUTE: phải ≥ 1/);
  });
});

describe("sign-in environment", () => {
  const secret = "s".repeat(32);
  const oidc = { OIDC_ISSUER: "https://sso.ninhthuan.gov.vn/realms/cchc", OIDC_CLIENT_ID: "cchc", OIDC_CLIENT_SECRET: "bí-mật" };

  it("uses the fixed development secret outside production, with single sign-on off", () => {
    expect(parseAuthEnv({})).toEqual({ NEXTAUTH_SECRET: DEVELOPMENT_AUTH_SECRET, NEXTAUTH_URL: undefined, oidc: null });
    expect(parseAuthEnv({ NODE_ENV: "test" }).NEXTAUTH_SECRET).toBe(DEVELOPMENT_AUTH_SECRET);
  });

  it("refuses to run in production without its own secret, but lets `next build` through", () => {
    expect(() => parseAuthEnv({ NODE_ENV: "production" })).toThrow(EnvError);
    expect(() => parseAuthEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "" })).toThrow(/NEXTAUTH_SECRET: bắt buộc khi chạy ở chế độ production/);
    expect(parseAuthEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: secret }).NEXTAUTH_SECRET).toBe(secret);
    expect(parseAuthEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).NEXTAUTH_SECRET).toBe(DEVELOPMENT_AUTH_SECRET);
  });

  it("rejects a short secret and a NEXTAUTH_URL that is not an http(s) address", () => {
    expect(() => parseAuthEnv({ NEXTAUTH_SECRET: "ngắn" })).toThrow(/NEXTAUTH_SECRET: phải dài ít nhất 32 ký tự/);
    expect(() => parseAuthEnv({ NEXTAUTH_URL: "cchc.local" })).toThrow(/NEXTAUTH_URL: phải là địa chỉ http\(s\)/);
    expect(parseAuthEnv({ NEXTAUTH_URL: "http://localhost:3000" }).NEXTAUTH_URL).toBe("http://localhost:3000");
  });

  it("turns single sign-on on only when all three OIDC variables are set, with the public address", () => {
    expect(() => parseAuthEnv(oidc)).toThrow(/NEXTAUTH_URL: bắt buộc khi bật đăng nhập một lần/);
    expect(parseAuthEnv({ ...oidc, NEXTAUTH_URL: "https://cchc.ninhthuan.gov.vn" }).oidc).toEqual({
      issuer: "https://sso.ninhthuan.gov.vn/realms/cchc", clientId: "cchc", clientSecret: "bí-mật",
    });
    expect(parseAuthEnv({ OIDC_ISSUER: "", OIDC_CLIENT_ID: "", OIDC_CLIENT_SECRET: "" }).oidc).toBeNull();
  });

  it("names the missing OIDC variables in Vietnamese when only some are set", () => {
    const partial = { OIDC_ISSUER: oidc.OIDC_ISSUER, OIDC_CLIENT_ID: oidc.OIDC_CLIENT_ID };
    expect(() => parseAuthEnv(partial)).toThrow(/OIDC: đăng nhập một lần \(SSO\) của tỉnh cần đủ cả ba biến/);
    expect(() => parseAuthEnv({ OIDC_CLIENT_SECRET: "x" })).toThrow(EnvError);
    expect(() => parseAuthEnv({ ...oidc, OIDC_ISSUER: "không-phải-url" })).toThrow(/OIDC_ISSUER: phải là địa chỉ/);
  });
});

describe("tool environment", () => {
  it("leaves DATABASE_URL unset for the embedded database and defaults the demo scale", () => {
    const env = getToolEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env).toMatchObject({ DEMO_SCALE: 0.02, PGLITE_DATA_DIR: ".data/pglite" });
  });

  it("rejects a scale that is not a positive number", () => {
    expect(() => getToolEnv({ DEMO_SCALE: "0" })).toThrow(/DEMO_SCALE: phải > 0/);
    expect(() => getToolEnv({ DEMO_SCALE: "nhiều" })).toThrow(/DEMO_SCALE: phải là số/);
  });

  it("pins the demo's day with DEMO_AS_OF, a real day from the calibration's end", () => {
    expect(getToolEnv({}).DEMO_AS_OF).toBeUndefined();
    expect(getToolEnv({ DEMO_AS_OF: "2026-11-20" }).DEMO_AS_OF).toBe("2026-11-20");
    expect(() => getToolEnv({ DEMO_AS_OF: "20/11/2026" })).toThrow(/DEMO_AS_OF: phải có dạng YYYY-MM-DD/);
    expect(() => getToolEnv({ DEMO_AS_OF: "2026-02-30" })).toThrow(/DEMO_AS_OF: không phải một ngày có thật/);
    expect(() => getToolEnv({ DEMO_AS_OF: "2024-08-30" })).toThrow(/DEMO_AS_OF: phải từ 31\/08\/2024/);
  });
});

describe("connection fields", () => {
  it("splits a URL into discrete fields, decoding the password", () => {
    expect(connectionFields("postgresql://postgres:p%40ss@127.0.0.1:5433/cchc")).toEqual({
      host: "127.0.0.1", port: 5433, user: "postgres", password: "p@ss", database: "cchc",
    });
  });

  it("falls back to the default port and database", () => {
    expect(connectionFields("postgres://me@db.local")).toMatchObject({ port: 5432, database: "postgres", password: "" });
  });
});

describe("request-handling environment", () => {
  it("trusts no proxy by default and reads a list of addresses and ranges", () => {
    expect(parseSecurityEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(parseSecurityEnv({ TRUSTED_PROXIES: " 127.0.0.1, ::1 ,10.0.0.0/8,fd00::/8" }).TRUSTED_PROXIES).toEqual(["127.0.0.1", "::1", "10.0.0.0/8", "fd00::/8"]);
  });

  it("stops start-up with a Vietnamese message for anything else", () => {
    for (const value of ["localhost", "10.0.0.0/33", "1.2.3", "10.0.0.0/8/1", "::1/129"]) {
      expect(() => parseSecurityEnv({ TRUSTED_PROXIES: value })).toThrow(/TRUSTED_PROXIES\.0: phải là danh sách địa chỉ IP/);
    }
  });
});
