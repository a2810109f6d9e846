// User administration through the data layer on a real database: Home Affairs sees and manages
// agency accounts only, a reset really replaces the password, nobody deactivates themselves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPool } from "@/lib/db/pg-adapter";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/permissions";
import { ActionError } from "@/lib/auth/action-result";
import { hashPassword, passwordMatches } from "@/lib/auth/password";
import { deployMigrations } from "@/scripts/lib/process";
import { createFreshDatabase, type FreshDatabase } from "../support/fresh-database";

type Users = typeof import("@/lib/data/users");

let database: FreshDatabase;
let db: PrismaClient;
let pool: pg.Pool;
let users: Users;
let agencyId: number;
const ids: Record<string, number> = {};
const OLD_PASSWORD = "matkhaucu2024";

const viewerOf = (username: string, role: Role): Viewer => ({ userId: ids[username]!, role, agencyId: null });
let admin: Viewer;
let homeAffairs: Viewer;

beforeAll(async () => {
  database = await createFreshDatabase();
  await deployMigrations(database.url);
  // The data layer takes its client from lib/db's getDb(), which keeps it on globalThis. We put
  // one there whose pool this file owns, so afterAll can close it before dropping the database
  // (getDb's own pool is never closed, and a forced DROP would kill its idle connections).
  pool = createPool(database.appUrl, { max: 4 });
  db = new PrismaClient({ adapter: new PrismaPg(pool) });
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = db;
  users = await import("@/lib/data/users");

  const agency = await db.agency.create({
    data: { code: "STP", name: "Sở Tư pháp", kind: "DEPARTMENT", level: "PROVINCE", validFrom: new Date("2021-01-01") },
  });
  agencyId = agency.id;
  const passwordHash = await hashPassword(OLD_PASSWORD);
  const accounts: { username: string; fullName: string; role: Role; agencyId: number | null; email?: string }[] = [
    { username: "quantri", fullName: "Quản trị viên", role: "ADMIN", agencyId: null },
    { username: "sonoivu", fullName: "Trần Thị Nội Vụ", role: "HOME_AFFAIRS", agencyId: null },
    { username: "lanhdao", fullName: "Lê Văn Lãnh Đạo", role: "LEADER", agencyId: null },
    { username: "thanhtra", fullName: "Phạm Thanh Tra", role: "INSPECTOR", agencyId: null },
    { username: "stp.lan", fullName: "Nguyễn Thị Lan", role: "AGENCY", agencyId, email: "Lan@STP.gov.vn" },
    { username: "stp.hung", fullName: "Võ Văn Hùng", role: "AGENCY", agencyId },
  ];
  for (const account of accounts) {
    const row = await db.user.create({ data: { ...account, passwordHash } });
    ids[account.username] = row.id;
  }
  admin = viewerOf("quantri", "ADMIN");
  homeAffairs = viewerOf("sonoivu", "HOME_AFFAIRS");
});

afterAll(async () => {
  await db?.$disconnect();
  await pool?.end();
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = undefined;
  await database?.drop();
});

async function refused(work: () => Promise<unknown>): Promise<unknown> {
  return work().then(
    () => undefined,
    (error: unknown) => error,
  );
}

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
    const leader = viewerOf("lanhdao", "LEADER");
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
    const before = await db.user.count();
    const error = await refused(() =>
      db.$transaction((tx) =>
        users.createUser(tx, homeAffairs, { username: "gia.mao", fullName: "Giả Mạo", role: "ADMIN", agencyId: null }),
      ),
    );
    expect(error).toBeInstanceOf(ActionError);
    expect(await db.user.count()).toBe(before);
    expect(await db.user.findUnique({ where: { username: "gia.mao" } })).toBeNull();
  });

  it("creates an agency account that must change its one-time password", async () => {
    const created = await db.$transaction((tx) =>
      users.createUser(tx, homeAffairs, { username: "stp.mai", fullName: "Đỗ Thị Mai", role: "AGENCY", agencyId }),
    );
    const row = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ role: "AGENCY", agencyId, mustChangePassword: true, active: true });
    expect(await passwordMatches(created.temporaryPassword, row.passwordHash)).toBe(true);
  });

  it("cannot promote an agency user to administrator, nor change a leader", async () => {
    const promote = await refused(() =>
      db.$transaction((tx) => users.changeUserRole(tx, homeAffairs, { userId: ids["stp.hung"]!, role: "ADMIN", agencyId: null })),
    );
    expect(promote).toBeInstanceOf(ActionError);
    const demote = await refused(() =>
      db.$transaction((tx) => users.changeUserRole(tx, homeAffairs, { userId: ids["lanhdao"]!, role: "AGENCY", agencyId })),
    );
    expect(demote).toBeInstanceOf(ActionError);
    expect((await db.user.findUniqueOrThrow({ where: { id: ids["stp.hung"]! } })).role).toBe("AGENCY");
    expect((await db.user.findUniqueOrThrow({ where: { id: ids["lanhdao"]! } })).role).toBe("LEADER");
  });
});

describe("resetting a password", () => {
  it("replaces the old password, asks for a change and lifts a lock-out", async () => {
    const id = ids["stp.lan"]!;
    await db.user.update({ where: { id }, data: { failedAttempts: 5, lockedUntil: new Date(Date.now() + 15 * 60_000) } });

    const reset = await db.$transaction((tx) => users.resetUserPassword(tx, homeAffairs, { userId: id }));

    const row = await db.user.findUniqueOrThrow({ where: { id } });
    expect(reset.temporaryPassword).toMatch(/^[a-zA-Z0-9]{12,}$/);
    expect(row).toMatchObject({ mustChangePassword: true, failedAttempts: 0, lockedUntil: null });
    expect(row.passwordHash).not.toContain(reset.temporaryPassword);
    expect(await passwordMatches(OLD_PASSWORD, row.passwordHash)).toBe(false);
    expect(await passwordMatches(reset.temporaryPassword, row.passwordHash)).toBe(true);
  });
});

describe("deactivating", () => {
  it("refuses to deactivate one's own account", async () => {
    const error = await refused(() =>
      db.$transaction((tx) => users.setUserActive(tx, admin, { userId: admin.userId, active: false })),
    );
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).message).toContain("chính mình");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.userId } })).active).toBe(true);
  });

  it("deactivates and reactivates another account", async () => {
    const id = ids["stp.hung"]!;
    await db.$transaction((tx) => users.setUserActive(tx, homeAffairs, { userId: id, active: false }));
    expect((await db.user.findUniqueOrThrow({ where: { id } })).active).toBe(false);
    await db.$transaction((tx) => users.setUserActive(tx, homeAffairs, { userId: id, active: true }));
    expect((await db.user.findUniqueOrThrow({ where: { id } })).active).toBe(true);
  });
});
