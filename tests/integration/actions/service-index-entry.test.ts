// Entering a Decision 766 indicator (issue 21) through the real wrapper on the demo data: Home Affairs
// saves a value with its source (one row, one audit row) and the unit's index scores it instead of
// "not entered"; agency staff are refused on the server and nothing is written; a value out of range
// changes nothing; a failure after the row is written (the audit insert) leaves no row behind.
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readAuditEvent } from "@/lib/audit";
import { getServiceIndexBoard } from "@/lib/data/service-index";
import { parseIndexPeriod } from "@/lib/service-index/periods";
import { openTestDatabase, type TestDatabase } from "../support/database";
import { viewerOf } from "../support/fixtures";

const request = vi.hoisted(() => ({ userId: null as number | null }));

vi.mock("@/lib/auth/action", async () => (await import("../support/action-deps")).actionModule(request));

const { saveEntry, savePublished } = await import("@/app/(app)/service-index/actions");

let database: TestDatabase;
let db: PrismaClient;
let homeAffairs: number;
let agencyStaff: number;
let unitId: number;
const MONTH = parseIndexPeriod("2026-10")!;

const post = (action: typeof saveEntry | typeof savePublished, fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return action(undefined, data);
};
const entry = (fields: Record<string, string> = {}) =>
  post(saveEntry, { intent: "service-index-entry", agencyId: String(unitId), period: "2026-10", code: "1.2", numerator: "9", denominator: "10", source: "Báo cáo tháng 10/2026 của CSDL quốc gia về TTHC", ...fields });
const rows = () => db.serviceIndexEntry.findMany({ select: { agencyId: true, periodKey: true, code: true, numerator: true, denominator: true, source: true, enteredById: true } });
const events = async () => (await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((row) => readAuditEvent(row));
const unitIndex = async () => {
  const board = await getServiceIndexBoard({ userId: homeAffairs, role: "LEADER", agencyId: null }, MONTH, "today");
  return board!.groups.flatMap((g) => g.rows).find((r) => r.agencyId === unitId)!;
};

async function asOwner(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  database = await openTestDatabase({ demoScale: 0.001 });
  db = database.db;
  homeAffairs = (await viewerOf(db, "sonoivu")).userId;
  const staff = await viewerOf(db, "stuphap");
  agencyStaff = staff.userId;
  unitId = staff.agencyId!;
});

afterAll(async () => {
  await database?.close();
});

beforeEach(() => {
  request.userId = homeAffairs;
});

describe("saveEntry", () => {
  it("refuses agency staff on the server and writes nothing", async () => {
    request.userId = agencyStaff;
    expect(await entry()).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await rows()).toEqual([]);
    expect((await events()).at(-1)).toEqual({ event: "ACTION_FORBIDDEN", entity: "permission", details: { role: "AGENCY", attempted: "SERVICE_INDEX_ENTRY_SAVED" } });
  });

  it("refuses a value out of its range, a computed indicator, a missing source and a period not begun, writing nothing", async () => {
    expect(await entry({ numerator: "11" })).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { numerator: ["Tử số không được lớn hơn mẫu số (tỷ lệ tối đa 100 %)."] } });
    expect(await entry({ code: "2.1" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await entry({ source: "" })).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { source: ["Nhập nguồn của số liệu."] } });
    expect(await entry({ period: "2027-01" })).toMatchObject({ ok: false, code: "SERVICE_INDEX_PERIOD_NOT_BEGUN" });
    expect(await entry({ agencyId: "999999" })).toMatchObject({ ok: false, code: "ORG_UNIT_NOT_FOUND" });
    expect(await rows()).toEqual([]);
  });

  it("saves Home Affairs' value with one audit row, and the unit's index scores it", async () => {
    const before = await unitIndex();
    expect(before.index.indicators.find((i) => i.def.code === "1.2")).toMatchObject({ fraction: null, points: null });

    expect(await entry()).toEqual({ ok: true, data: { agencyId: unitId, periodKey: "2026-10", code: "1.2" } });
    expect(await rows()).toEqual([
      { agencyId: unitId, periodKey: "2026-10", code: "1.2", numerator: 9, denominator: 10, source: "Báo cáo tháng 10/2026 của CSDL quốc gia về TTHC", enteredById: homeAffairs },
    ]);
    expect((await events()).at(-1)).toEqual({
      event: "SERVICE_INDEX_ENTRY_SAVED",
      entity: "service_index_entry",
      details: { agencyId: unitId, periodKey: "2026-10", code: "1.2", numerator: 9, denominator: 10, source: "Báo cáo tháng 10/2026 của CSDL quốc gia về TTHC" },
    });

    const after = await unitIndex();
    const scored = after.index.indicators.find((i) => i.def.code === "1.2")!;
    expect(scored).toMatchObject({ fraction: { numerator: 9, denominator: 10 }, points: 3.6 });
    // 3.6 more points earned of 4 more assessable
    expect(after.index.earned).toBeCloseTo(before.index.earned + 3.6, 2);
    expect(after.index.assessable).toBe(before.index.assessable + 4);
    expect(after.entered.get("1.2")).toMatchObject({ enteredBy: "Nguyễn Thị Thu Hà", periodKey: "2026-10" });

    // a second save replaces the value (one row per unit, period and indicator)
    expect(await entry({ numerator: "0", denominator: "0", source: "Không có TTHC phải công khai trong tháng" })).toMatchObject({ ok: true });
    expect((await rows()).map((r) => [r.numerator, r.denominator])).toEqual([[0, 0]]);
    expect((await unitIndex()).index.assessable).toBe(before.index.assessable);
  });

  it("leaves no row when the write fails after the entry (its audit row)", async () => {
    const held = await rows();
    await asOwner(`
      CREATE FUNCTION test_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'lỗi giả lập'; END $$;
      CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.action = 'SERVICE_INDEX_ENTRY_SAVED') EXECUTE FUNCTION test_fail_audit();
    `);
    try {
      expect(await entry({ code: "5.2", numerator: "3", denominator: "4" })).toMatchObject({ ok: false });
    } finally {
      await asOwner("DROP TRIGGER test_fail_audit ON audit_log; DROP FUNCTION test_fail_audit()");
    }
    expect(await rows()).toEqual(held);
  });
});

describe("savePublished", () => {
  it("refuses agency staff, and saves Home Affairs' published result (no longer demo) with an audit row", async () => {
    request.userId = agencyStaff;
    const form = { intent: "service-index-published", period: "2026-W46", score: "84,76", rank: "14", rankOf: "34", source: "dichvucong.gov.vn, tuần 46/2026" };
    expect(await post(savePublished, form)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    request.userId = homeAffairs;
    expect(await post(savePublished, { ...form, rank: "40" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await post(savePublished, form)).toEqual({ ok: true, data: { periodKey: "2026-W46" } });
    const row = await db.serviceIndexPublished.findUnique({ where: { periodKey: "2026-W46" } });
    expect({ score: Number(row!.score), rank: row!.rank, rankOf: row!.rankOf, demo: row!.demo }).toEqual({ score: 84.76, rank: 14, rankOf: 34, demo: false });
    expect((await events()).at(-1)).toEqual({
      event: "SERVICE_INDEX_PUBLISHED_SAVED",
      entity: "service_index_published",
      details: { periodKey: "2026-W46", score: 84.76, rank: 14, rankOf: 34, source: "dichvucong.gov.vn, tuần 46/2026" },
    });
  });
});
