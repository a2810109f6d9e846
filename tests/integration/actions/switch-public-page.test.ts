// Switching the public page (issue 21) through the real wrapper on a real database: the administrator
// turns it off and on (setting public_page, one audit row each); a leader is refused and nothing
// changes; input that is not "on"/"off" changes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readAuditEvent } from "@/lib/audit";
import { openTestDatabase, type TestDatabase } from "../support/database";
import { createUser } from "../support/fixtures";

const request = vi.hoisted(() => ({ userId: null as number | null }));

vi.mock("@/lib/auth/action", async () => (await import("../support/action-deps")).actionModule(request));

const { switchPublicPage } = await import("@/app/(app)/admin/settings/actions");

let database: TestDatabase;
let db: PrismaClient;
let admin: number;
let leader: number;

const post = (enabled: string) => {
  const data = new FormData();
  data.append("enabled", enabled);
  return switchPublicPage(undefined, data);
};
const setting = async () => (await db.setting.findUnique({ where: { key: "public_page" } }))?.value ?? null;
const events = async () => (await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((row) => readAuditEvent(row));

beforeAll(async () => {
  database = await openTestDatabase({});
  db = database.db;
  admin = (await createUser(db, { username: "quantri", role: "ADMIN" })).userId;
  leader = (await createUser(db, { username: "lanhdao", role: "LEADER" })).userId;
});

afterAll(async () => {
  await database?.close();
});

beforeEach(() => {
  request.userId = admin;
});

describe("switchPublicPage", () => {
  it("refuses a leader and changes nothing", async () => {
    request.userId = leader;
    expect(await post("off")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await setting()).toBeNull();
    expect(await events()).toEqual([{ event: "ACTION_FORBIDDEN", entity: "permission", details: { role: "LEADER", attempted: "PUBLIC_PAGE_SWITCHED" } }]);
  });

  it("refuses input that is neither on nor off", async () => {
    expect(await post("maybe")).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await setting()).toBeNull();
  });

  it("lets the administrator turn it off and on, one audit row each", async () => {
    expect(await post("off")).toEqual({ ok: true, data: { enabled: false } });
    expect(await setting()).toEqual({ enabled: false });
    expect(await post("on")).toEqual({ ok: true, data: { enabled: true } });
    expect(await setting()).toEqual({ enabled: true });
    expect((await events()).slice(-2)).toEqual([
      { event: "PUBLIC_PAGE_SWITCHED", entity: "setting", details: { enabled: false } },
      { event: "PUBLIC_PAGE_SWITCHED", entity: "setting", details: { enabled: true } },
    ]);
  });
});
