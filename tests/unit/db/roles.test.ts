// The two database roles' SQL (lib/db/roles.ts), as scripts/db-roles.ts runs or prints it: the app
// role can do nothing but log in and work with rows, names and passwords are quoted, and the
// owner's default privileges cover the tables a later migration adds.
import { describe, expect, it } from "vitest";
import { clusterStatements, databaseStatements, roleAttributes } from "@/lib/db/roles";

const setup = { database: "cchc", owner: "cchc_owner", app: "cchc_app", ownerPassword: "o'wner", appPassword: "a\"pp" };

describe("database roles", () => {
  it("give the app role no superuser, database, role, replication or row-security bypass rights", () => {
    const { app, owner } = roleAttributes(setup);
    for (const attribute of ["LOGIN", "NOSUPERUSER", "NOCREATEDB", "NOCREATEROLE", "NOREPLICATION", "NOBYPASSRLS"]) expect(app).toContain(attribute);
    expect(owner).toContain("NOSUPERUSER");
    expect(owner).toContain("NOCREATEDB");
    expect(roleAttributes({ ...setup, ownerMayCreateDatabases: true }).owner).toContain(" CREATEDB");
  });

  it("create what is missing, update what exists, and quote names and passwords", () => {
    expect(clusterStatements(setup, { roles: new Set(), database: false })).toEqual([
      `CREATE ROLE "cchc_owner" LOGIN NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS NOCREATEDB PASSWORD 'o''wner'`,
      `CREATE ROLE "cchc_app" LOGIN NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS NOCREATEDB NOINHERIT PASSWORD 'a"pp'`,
      `CREATE DATABASE "cchc" OWNER "cchc_owner"`,
    ]);
    const again = clusterStatements({ ...setup, app: 'x"; DROP ROLE y; --' }, { roles: new Set(["cchc_owner"]), database: true });
    expect(again[0]).toMatch(/^ALTER ROLE "cchc_owner"/);
    expect(again[1]).toMatch(/^CREATE ROLE "x""; DROP ROLE y; --"/);
    expect(again[2]).toBe(`ALTER DATABASE "cchc" OWNER TO "cchc_owner"`);
  });

  it("grant rows only, on what exists and, by default privileges, on what the owner creates later", () => {
    const statements = databaseStatements(setup).join("\n");
    expect(statements).toContain(`ALTER DEFAULT PRIVILEGES FOR ROLE "cchc_owner" IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "cchc_app"`);
    expect(statements).toContain(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "cchc_app"`);
    expect(statements).toContain("REVOKE ALL ON SCHEMA public FROM PUBLIC");
    expect(statements).toContain("revoke_append_only_writes()");
    expect(statements).not.toMatch(/TRUNCATE|REFERENCES|TRIGGER|CREATE ON SCHEMA/);
  });
});
