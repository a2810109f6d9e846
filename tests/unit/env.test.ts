import { describe, expect, it } from "vitest";
import { EnvError, getToolEnv, parseAppEnv } from "@/lib/env";
import { connectionFields } from "@/lib/db/pg-adapter";

describe("application environment", () => {
  it("accepts a PostgreSQL URL and fills the defaults", () => {
    const env = parseAppEnv({ DATABASE_URL: "postgresql://u:p@db:5432/cchc", NODE_ENV: "production" });
    expect(env).toEqual({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://u:p@db:5432/cchc",
      DATABASE_POOL_MAX: 10,
      PROVINCE_NAME: "Ninh Thuận",
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
