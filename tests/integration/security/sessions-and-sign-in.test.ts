// Sessions end when their user changes, and the sign-in throttle stands in front of the lock-out,
// on a real database through the data layer. A session is (user id, session version): the
// migration's trigger raises the version on a new password, a deactivation, or a role or agency
// change, and unsafeFindSessionUser refuses an older one — the user's other sessions end at their next
// request. The throttle counts a client's SIGN_IN_FAILED rows in the audit log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { SignInThrottledError, THROTTLE_MAX_FAILURES } from "@/lib/auth/sign-in-throttle";
import { openTestDatabase, type TestDatabase } from "../support/database";

type Auth = typeof import("@/lib/data/auth");
type Users = typeof import("@/lib/data/users");

let database: TestDatabase;
let db: PrismaClient;
let auth: Auth;
let users: Users;
const ids: Record<string, number> = {};
const agencies: number[] = [];
const PASSWORD = "matkhau2024";
let admin: Viewer;

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  auth = await import("@/lib/data/auth");
  users = await import("@/lib/data/users");
  for (const code of ["STP", "SYT"]) {
    agencies.push((await db.agency.create({ data: { code, name: code, kind: "DEPARTMENT", level: "PROVINCE", validFrom: new Date("2021-01-01") } })).id);
  }
  const passwordHash = await hashPassword(PASSWORD);
  for (const [username, role, agencyId] of [["quantri", "ADMIN", null], ["stp.lan", "AGENCY", agencies[0]!], ["stp.hoa", "AGENCY", agencies[0]!]] as const) {
    ids[username] = (await db.user.create({ data: { username, fullName: username, role, agencyId, passwordHash } })).id;
  }
  admin = { userId: ids.quantri!, role: "ADMIN", agencyId: null };
});
afterAll(async () => {
  await database?.close();
});

const version = async (username: string) => (await db.user.findUniqueOrThrow({ where: { id: ids[username]! } })).sessionVersion;
const session = (username: string, sessionVersion: number) => auth.unsafeFindSessionUser(ids[username]!, sessionVersion);

describe("sessions end when their user changes", () => {
  it("keep a session whose version is the row's, through sign-ins and failed attempts", async () => {
    const signedIn = await auth.unsafeVerifyCredentials("stp.lan", PASSWORD, "198.51.100.1");
    expect(signedIn?.sessionVersion).toBe(0);
    await auth.unsafeVerifyCredentials("stp.lan", "sai-mat-khau", "198.51.100.1");
    expect(await version("stp.lan")).toBe(0);
    expect(await session("stp.lan", 0)).toMatchObject({ username: "stp.lan" });
  });

  it("end at an administrator's password reset", async () => {
    const before = await version("stp.lan");
    await db.$transaction((tx) => users.resetUserPassword(tx, admin, { userId: ids["stp.lan"]! }));
    expect(await session("stp.lan", before)).toBeNull();
    expect(await session("stp.lan", before + 1)).not.toBeNull();
  });

  it("end at the user's own password change; the new version is what the changing session gets", async () => {
    const before = await version("stp.hoa");
    const viewer: Viewer = { userId: ids["stp.hoa"]!, role: "AGENCY", agencyId: agencies[0]! };
    const changed = await db.$transaction((tx) =>
      auth.changeOwnPassword(tx, viewer, { currentPassword: PASSWORD, newPassword: "matkhaumoi2026", confirmPassword: "matkhaumoi2026" }),
    );
    expect(changed.sessionVersion).toBe(before + 1);
    expect(await session("stp.hoa", before)).toBeNull();
    expect(await session("stp.hoa", changed.sessionVersion)).not.toBeNull();
  });

  it("end at a role or agency change and at a deactivation, not at a reactivation", async () => {
    let current = await version("stp.hoa");
    await db.$transaction((tx) => users.changeUserRole(tx, admin, { userId: ids["stp.hoa"]!, role: "AGENCY", agencyId: agencies[1]! }));
    expect(await session("stp.hoa", current)).toBeNull();
    current += 1;
    await db.$transaction((tx) => users.changeUserRole(tx, admin, { userId: ids["stp.hoa"]!, role: "INSPECTOR", agencyId: null }));
    expect(await session("stp.hoa", current)).toBeNull();
    current += 1;
    await db.$transaction((tx) => users.setUserActive(tx, admin, { userId: ids["stp.hoa"]!, active: false }));
    expect(await version("stp.hoa")).toBe(current + 1);
    await db.$transaction((tx) => users.setUserActive(tx, admin, { userId: ids["stp.hoa"]!, active: true }));
    expect(await version("stp.hoa")).toBe(current + 1);
    expect(await session("stp.hoa", current + 1)).not.toBeNull();
  });

  it("cannot be brought back by writing an old version", async () => {
    const current = await version("stp.hoa");
    await db.user.update({ where: { id: ids["stp.hoa"]! }, data: { sessionVersion: 0 } });
    expect(await version("stp.hoa")).toBe(current);
  });
});

describe("the per-client throttle in front of the lock-out", () => {
  const attacker = "203.0.113.66";

  async function failuresFrom(ip: string, count: number) {
    await db.auditLog.createMany({ data: Array.from({ length: count }, () => ({ action: "SIGN_IN_FAILED", entity: "user", ip })) });
  }

  it("records a failed attempt with the client's address", async () => {
    await auth.unsafeVerifyCredentials("khong-ton-tai", "x", attacker);
    const rows = await db.auditLog.count({ where: { action: "SIGN_IN_FAILED", ip: attacker } });
    expect(rows).toBe(1);
  });

  it("refuses a client with 20 recent failures before any password check or account counter", async () => {
    await failuresFrom(attacker, THROTTLE_MAX_FAILURES - 1);
    const account = await db.user.findUniqueOrThrow({ where: { username: "quantri" } });
    await expect(auth.unsafeVerifyCredentials("quantri", PASSWORD, attacker)).rejects.toBeInstanceOf(SignInThrottledError);
    const after = await db.user.findUniqueOrThrow({ where: { username: "quantri" } });
    expect(after.failedAttempts).toBe(account.failedAttempts);
    expect(after.lastSignInAt).toEqual(account.lastSignInAt);
    expect(await db.auditLog.count({ where: { action: "SIGN_IN_THROTTLED", ip: attacker } })).toBe(1);
  });

  it("does not lock out other clients, who still sign in", async () => {
    expect(await auth.unsafeVerifyCredentials("quantri", PASSWORD, "198.51.100.2")).toMatchObject({ username: "quantri" });
  });

  it("lets the client try again once its failures are older than the window", async () => {
    const later = new Date(Date.now() + 16 * 60_000);
    expect(await auth.unsafeVerifyCredentials("quantri", PASSWORD, attacker, later)).toMatchObject({ username: "quantri" });
  });
});
