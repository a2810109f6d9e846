// A real server action through the real wrapper on a real database: app/(app)/reports/actions.ts's
// saveReport with its schema, the session read from the account's row, the role and agency
// checks, one transaction for the report and its audit row, and the refusal audited when the
// decision table says no. Only what needs a Next request is replaced (support/action-deps.ts; lib/auth/action.ts
// reads the session cookie and the client's address from the request): the wrapper
// (createAction), the transaction, the audit writer and the data layer are the production ones.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readAuditEvent } from "@/lib/audit";
import { t, tEn } from "@/tests/support/vi";
import { openTestDatabase, type TestDatabase } from "../support/database";
import { createJusticeAndHealth, createUser, REPORT_FORM } from "../support/fixtures";

const request = vi.hoisted(() => ({ userId: null as number | null, sessionVersion: 0, ip: "203.0.113.7", locale: "vi" as "vi" | "en", revalidated: [] as string[], logged: [] as unknown[] }));

vi.mock("@/lib/auth/action", async () => (await import("../support/action-deps")).actionModule(request));

const { saveReport } = await import("@/app/(app)/reports/actions");

let database: TestDatabase;
let db: PrismaClient;
let justice: number;
let health: number;
let periodId: number;
let staff: number;

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

const post = (fields: Record<string, string>) =>
  saveReport(undefined, form({ periodId: String(periodId), agencyId: String(justice), version: "0", intent: "save", ...REPORT_FORM, ...fields }));

const reports = () => db.report.findMany({ where: { periodId }, select: { agencyId: true, status: true, version: true } });
const audit = async () =>
  (await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((row) => ({ ...row, event: readAuditEvent(row) }));

beforeAll(async () => {
  database = await openTestDatabase({ reportCatalogue: true });
  db = database.db;
  ({ justice, health } = await createJusticeAndHealth(db));
  staff = (await createUser(db, { username: "stuphap", role: "AGENCY", agencyId: justice })).userId;
  // a quarter whose window is open now: the action reads the clock itself
  const day = 24 * 3600_000;
  const now = Date.now();
  const period = await db.reportingPeriod.create({
    data: { year: 2099, quarter: 1, opensAt: new Date(now - day), deadline: new Date(now + 10 * day), locksAt: new Date(now + 20 * day) },
  });
  periodId = period.id;
});

afterAll(async () => {
  await database?.close();
});

beforeEach(() => {
  request.userId = staff;
  request.locale = "vi";
  request.revalidated = [];
  request.logged = [];
});

describe("saveReport through the wrapper", () => {
  it("tells a caller without a session that it has expired, and writes nothing", async () => {
    request.userId = null;
    expect(await post({})).toEqual({ ok: false, code: "SESSION_EXPIRED", fieldErrors: {}, message: t("action.sessionExpired") });
    expect(await reports()).toEqual([]);
    expect(await audit()).toEqual([]);
  });

  it("refuses another agency's report, and audits the refusal in the database", async () => {
    const result = await post({ agencyId: String(health) });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", message: t("action.forbidden") });
    expect(await reports()).toEqual([]);
    const [row, ...rest] = await audit();
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ actorId: staff, action: "ACTION_FORBIDDEN", entity: "permission", entityId: "report.edit", agencyId: health, ip: "203.0.113.7" });
    expect(row?.event).toEqual({ event: "ACTION_FORBIDDEN", entity: "permission", details: { role: "AGENCY" } });
  });

  it("returns the schema's field errors for input it cannot read, and writes nothing", async () => {
    const before = (await audit()).length;
    const result = await post({ periodId: "quý một" });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(result.ok ? {} : result.fieldErrors.periodId).toHaveLength(1);
    expect(await reports()).toEqual([]);
    expect(await audit()).toHaveLength(before);
  });

  it("leaves nothing behind when the write is refused half-way: no draft row, no value, no audit row", async () => {
    const before = (await audit()).length;
    // the parts of the online services do not add up: a blocking rule, found after the report row was locked
    const result = await post({ intent: "submit", "value:ONLINE_PARTIAL": "14" });
    expect(result).toMatchObject({ ok: false, code: "REPORT_RULES_FAILED", message: t("reports.error.rules") });
    expect(result.ok ? [] : Object.keys(result.fieldErrors)).toContain("value:ONLINE_SERVICES");
    expect(await reports()).toEqual([]);
    expect(await db.reportValue.count()).toBe(0);
    expect(await audit()).toHaveLength(before);
  });

  it("words the rules' findings in the viewer's language: an English viewer reads them in English", async () => {
    const submit = { intent: "submit", "value:ONLINE_PARTIAL": "14" };
    const vietnamese = await post(submit);
    request.locale = "en";
    const english = await post(submit);
    expect(english).toMatchObject({ ok: false, code: "REPORT_RULES_FAILED", message: tEn("reports.error.rules") });
    const [said] = english.ok ? [] : english.fieldErrors["value:ONLINE_SERVICES"] ?? [];
    const [saidVi] = vietnamese.ok ? [] : vietnamese.fieldErrors["value:ONLINE_SERVICES"] ?? [];
    // the rule's own words are Home Affairs' (validation_rule.message_vi, message_en); the words around them follow the viewer
    expect(saidVi).toBe("Quy tắc ONLINE_PARTS_SUM: Số dịch vụ toàn trình cộng một phần phải bằng tổng số dịch vụ công trực tuyến. Số liệu: 25 + 14 = 39, không bằng 40.");
    expect(said).toBe("Rule ONLINE_PARTS_SUM: Full and partial online services must add up to all online public services. Figures: 25 + 14 = 39, not equal to 40.");
  });

  it("saves a draft: the report, its values and history, and one REPORT_SAVED row with who, where and which agency", async () => {
    const before = (await audit()).length;
    const result = await post({});
    expect(result).toMatchObject({ ok: true, data: { agencyId: justice, version: 1, status: "DRAFT" } });
    expect(await reports()).toEqual([{ agencyId: justice, status: "DRAFT", version: 1 }]);
    expect(await db.reportValueChange.count()).toBeGreaterThan(0);
    const rows = (await audit()).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: staff, action: "REPORT_SAVED", entity: "report", agencyId: justice, ip: "203.0.113.7" });
    expect(rows[0]?.event?.details).toMatchObject({ version: 1, status: "DRAFT" });
    expect(request.revalidated).toEqual(["/reports"]);
  });

  it("records a submit as REPORT_SUBMITTED", async () => {
    const before = (await audit()).length;
    const result = await post({ version: "1", intent: "submit" });
    expect(result).toMatchObject({ ok: true, data: { version: 2, status: "SUBMITTED" } });
    expect((await audit()).slice(before).map((row) => row.action)).toEqual(["REPORT_SUBMITTED"]);
  });

  it("ends the session of a deactivated account at its next action", async () => {
    await db.user.update({ where: { id: staff }, data: { active: false } });
    try {
      expect(await post({ version: "2" })).toMatchObject({ ok: false, code: "SESSION_EXPIRED" });
    } finally {
      await db.user.update({ where: { id: staff }, data: { active: true } });
    }
    expect(request.logged).toEqual([]);
  });
});
