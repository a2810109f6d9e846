// User administration through the data layer on a real database: Home Affairs sees and manages
// agency accounts only, a reset really replaces the password, nobody deactivates themselves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/permissions";
import { passwordMatches } from "@/lib/auth/password";
import * as users from "@/lib/data/users";
import { openTestDatabase, type TestDatabase } from "../support/database";
import { createAgencies, createUser, hashOnce, refusal } from "../support/fixtures";

let database: TestDatabase;
let agencyId: number;
const viewers: Record<string, Viewer> = {};
const ids: Record<string, number> = {};
const OLD_PASSWORD = "matkhaucu2024";

let admin: Viewer;
let homeAffairs: Viewer;

beforeAll(async () => {
  database = await openTestDatabase();
  agencyId = (await createAgencies(database.db, [["STP", "Sở Tư pháp"]])).STP!;
  const passwordHash = await hashOnce(OLD_PASSWORD);
  const accounts: { username: string; fullName: string; role: Role; agencyId: number | null; email?: string }[] = [
    { username: "quantri", fullName: "Quản trị viên", role: "ADMIN", agencyId: null },
    { username: "sonoivu", fullName: "Trần Thị Nội Vụ", role: "HOME_AFFAIRS", agencyId: null },
    { username: "lanhdao", fullName: "Lê Văn Lãnh Đạo", role: "LEADER", agencyId: null },
    { username: "thanhtra", fullName: "Phạm Thanh Tra", role: "INSPECTOR", agencyId: null },
    { username: "stp.lan", fullName: "Nguyễn Thị Lan", role: "AGENCY", agencyId, email: "Lan@STP.gov.vn" },
    { username: "stp.hung", fullName: "Võ Văn Hùng", role: "AGENCY", agencyId },
  ];
  for (const account of accounts) {
    viewers[account.username] = await createUser(database.db, { ...account, passwordHash });
    ids[account.username] = viewers[account.username]!.userId;
  }
  admin = viewers["quantri"]!;
  homeAffairs = viewers["sonoivu"]!;
});

afterAll(async () => {
  await database?.close();
});

describe("listing accounts", () => {
  it("shows Home Affairs agency accounts only", async () => {
    const page = await users.listUsers(homeAffairs, { q: "", page: 1 });
    expect(page.rows.map((row) => row.username).sort()).toEqual(["stp.hung", "stp.lan"]);
    expect(page.total).toBe(2);
  });

  it("shows the administrator everyone, and searches username, name and e-mail ignoring case", async () => {
    expect((await users.listUsers(admin, { q: "", page: 1 })).total).toBe(6);
    expect((await users.listUsers(admin, { q: "LAN", page: 1 })).rows.map((row) => row.username)).toEqual([
      "lanhdao",
      "stp.lan",
    ]);
    expect((await users.listUsers(admin, { q: "thanh tra", page: 1 })).rows.map((row) => row.username)).toEqual(["thanhtra"]);
    expect((await users.listUsers(admin, { q: "stp.gov", page: 1 })).rows.map((row) => row.username)).toEqual(["stp.lan"]);
    expect((await users.listUsers(homeAffairs, { q: "quantri", page: 1 })).total).toBe(0);
  });

  it("shows nothing to a role that manages no accounts", async () => {
    const leader = viewers["lanhdao"]!;
    expect(await users.listUsers(leader, { q: "", page: 1 })).toMatchObject({ rows: [], total: 0 });
    expect(await users.findManagedUser(leader, ids["stp.lan"]!)).toBeNull();
  });

  it("finds no administrator's account for Home Affairs", async () => {
    expect(await users.findManagedUser(homeAffairs, ids["quantri"]!)).toBeNull();
    expect((await users.findManagedUser(homeAffairs, ids["stp.lan"]!))?.agency?.name).toBe("Sở Tư pháp");
  });
});

describe("Home Affairs stays within agency accounts", () => {
  it("cannot create an administrator: refused, nothing written", async () => {
    const before = await database.db.user.count();
    await refusal(
      () => database.db.$transaction((tx) => users.createUser(tx, homeAffairs, { username: "gia.mao", fullName: "Giả Mạo", role: "ADMIN", agencyId: null })),
      "USER_ROLE_NOT_ALLOWED",
    );
    expect(await database.db.user.count()).toBe(before);
    expect(await database.db.user.findUnique({ where: { username: "gia.mao" } })).toBeNull();
  });

  it("creates an agency account that must change its one-time password", async () => {
    const created = await database.db.$transaction((tx) =>
      users.createUser(tx, homeAffairs, { username: "stp.mai", fullName: "Đỗ Thị Mai", role: "AGENCY", agencyId }),
    );
    const row = await database.db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ role: "AGENCY", agencyId, mustChangePassword: true, active: true });
    expect(await passwordMatches(created.temporaryPassword, row.passwordHash)).toBe(true);
  });

  it("cannot promote an agency user to administrator, nor change a leader", async () => {
    await refusal(
      () => database.db.$transaction((tx) => users.changeUserRole(tx, homeAffairs, { userId: ids["stp.hung"]!, role: "ADMIN", agencyId: null })),
      "USER_ROLE_NOT_ALLOWED",
    );
    // a leader's account lies outside Home Affairs' scope: it is "not found", whatever is asked
    await refusal(
      () => database.db.$transaction((tx) => users.changeUserRole(tx, homeAffairs, { userId: ids["lanhdao"]!, role: "AGENCY", agencyId })),
      "USER_NOT_FOUND",
    );
    expect((await database.db.user.findUniqueOrThrow({ where: { id: ids["stp.hung"]! } })).role).toBe("AGENCY");
    expect((await database.db.user.findUniqueOrThrow({ where: { id: ids["lanhdao"]! } })).role).toBe("LEADER");
  });
});

describe("resetting a password", () => {
  it("replaces the old password, asks for a change and lifts a lock-out", async () => {
    const id = ids["stp.lan"]!;
    await database.db.user.update({ where: { id }, data: { failedAttempts: 5, lockedUntil: new Date(Date.now() + 15 * 60_000) } });

    const reset = await database.db.$transaction((tx) => users.resetUserPassword(tx, homeAffairs, { userId: id }));

    const row = await database.db.user.findUniqueOrThrow({ where: { id } });
    expect(reset.temporaryPassword).toMatch(/^[a-zA-Z0-9]{12,}$/);
    expect(row).toMatchObject({ mustChangePassword: true, failedAttempts: 0, lockedUntil: null });
    expect(row.passwordHash).not.toContain(reset.temporaryPassword);
    expect(await passwordMatches(OLD_PASSWORD, row.passwordHash)).toBe(false);
    expect(await passwordMatches(reset.temporaryPassword, row.passwordHash)).toBe(true);
  });
});

describe("deactivating", () => {
  it("refuses to deactivate one's own account", async () => {
    const error = await refusal(
      () => database.db.$transaction((tx) => users.setUserActive(tx, admin, { userId: admin.userId, active: false })),
      "USER_DEACTIVATE_SELF",
    );
    expect(error.userMessage()).toContain("chính mình");
    expect((await database.db.user.findUniqueOrThrow({ where: { id: admin.userId } })).active).toBe(true);
  });

  it("deactivates and reactivates another account", async () => {
    const id = ids["stp.hung"]!;
    await database.db.$transaction((tx) => users.setUserActive(tx, homeAffairs, { userId: id, active: false }));
    expect((await database.db.user.findUniqueOrThrow({ where: { id } })).active).toBe(false);
    await database.db.$transaction((tx) => users.setUserActive(tx, homeAffairs, { userId: id, active: true }));
    expect((await database.db.user.findUniqueOrThrow({ where: { id } })).active).toBe(true);
  });
});
