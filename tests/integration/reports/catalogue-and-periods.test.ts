// Home Affairs' catalogue, rules and periods through the data layer on a real database (issue 6),
// and the database's own guards: history tables are append-only, a computed rate keeps its unit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import * as catalogue from "@/lib/data/reports/catalogue";
import * as periods from "@/lib/data/reports/periods";
import { listIndicators, listRules } from "@/lib/data/province/indicators";
import { REPORT_INDICATORS, REPORT_RULES } from "@/lib/demo/report-catalogue";
import { indicatorSchema, periodSchema, ruleSchema } from "@/lib/validations/report-catalogue";
import { openTestDatabase, type TestDatabase } from "../support/database";
import { refusal } from "../support/fixtures";

let database: TestDatabase;
let db: PrismaClient;
const homeAffairs: Viewer = { userId: 1, role: "HOME_AFFAIRS", agencyId: null };

beforeAll(async () => {
  database = await openTestDatabase({ reportCatalogue: true });
  db = database.db;
});

afterAll(async () => {
  await database?.close();
});

describe("the seeded catalogue", () => {
  it("has every indicator in form order, computed rates with their parts, and the rules", async () => {
    const indicators = await listIndicators(2024);
    expect(indicators).toHaveLength(REPORT_INDICATORS.length);
    const rate = indicators.find((i) => i.code === "DIGITAL_SIGNATURE_RATE");
    expect([rate?.numerator?.code, rate?.denominator?.code, rate?.unit]).toEqual(["EDOCS_SIGNED", "EDOCS_ELECTRONIC", "PERCENT"]);
    expect((await listRules()).map((r) => r.code).sort()).toEqual(REPORT_RULES.map((r) => r.code).sort());
    expect(await listIndicators(2020)).toEqual([]);
  });
});

describe("editing the catalogue", () => {
  it("adds an indicator for some years only, then edits it by its code", async () => {
    const input = indicatorSchema.parse({ code: "hotline_calls", nameVi: "Cuộc gọi đường dây nóng", nameEn: "Hotline calls", area: "SERVICE_IMPACT", unit: "COUNT", minValue: "0", maxValue: "", fromYear: "2023", toYear: "2024" });
    const created = await db.$transaction((tx) => catalogue.saveIndicator(tx, homeAffairs, input));
    expect(created).toMatchObject({ code: "HOTLINE_CALLS", created: true });
    expect((await listIndicators(2025)).some((i) => i.code === "HOTLINE_CALLS")).toBe(false);
    await db.$transaction((tx) => catalogue.saveIndicator(tx, homeAffairs, { ...input, nameVi: "Cuộc gọi tổng đài 1022", required: true }));
    const row = await db.indicator.findUniqueOrThrow({ where: { code: "HOTLINE_CALLS" } });
    expect([row.nameVi, row.required, row.id]).toEqual(["Cuộc gọi tổng đài 1022", true, created.id]);
  });

  it("refuses bounds the wrong way round and a computed rate turned into a count", async () => {
    const wrong = indicatorSchema.safeParse({ code: "X", nameVi: "x", nameEn: "x", area: "DIRECTION", unit: "COUNT", minValue: "10", maxValue: "5", fromYear: "2024" });
    expect(wrong.success).toBe(false);
    const rate = indicatorSchema.parse({ code: "ONLINE_FULL_RATE", nameVi: "x", nameEn: "x", area: "DIGITAL_GOVERNMENT", unit: "COUNT", fromYear: "2021" });
    await refusal(() => db.$transaction((tx) => catalogue.saveIndicator(tx, homeAffairs, rate)), "INDICATOR_COMPUTED_UNIT");
    expect((await db.indicator.findUniqueOrThrow({ where: { code: "ONLINE_FULL_RATE" } })).unit).toBe("PERCENT");
  });

  it("saves a rule written as codes joined by +, and refuses one naming an unknown indicator", async () => {
    const rule = ruleSchema.parse({ ruleCode: "TRAINEES_GE_COURSES", leftCodes: "trainees", operator: "GE", rightCodes: "TRAINING_COURSES", importance: "WARNING", messageVi: "Mỗi lớp có ít nhất một học viên." });
    await db.$transaction((tx) => catalogue.saveRule(tx, homeAffairs, rule));
    expect((await db.validationRule.findUniqueOrThrow({ where: { code: "TRAINEES_GE_COURSES" } })).leftCodes).toEqual(["TRAINEES"]);
    const unknown = { ...rule, ruleCode: "BAD", rightCodes: ["TRAINING_COURSES", "NO_SUCH"] };
    const error = await refusal(() => db.$transaction((tx) => catalogue.saveRule(tx, homeAffairs, unknown)), "INDICATOR_UNKNOWN_CODES");
    expect(error.fieldMessages().rightCodes).toEqual(["Không có chỉ tiêu mã: NO_SUCH."]);
    expect(await db.validationRule.findUnique({ where: { code: "BAD" } })).toBeNull();
  });
});

describe("periods", () => {
  it("stores a quarter's days in Việt Nam time and refuses them out of order", async () => {
    const saved = await db.$transaction((tx) =>
      periods.savePeriod(tx, homeAffairs, periodSchema.parse({ year: "2025", quarter: "1", opensAt: "2025-03-15", deadline: "2025-04-15", locksAt: "2025-04-30" })),
    );
    expect([saved.opensAt.toISOString(), saved.deadline.toISOString(), saved.locksAt.toISOString()]).toEqual([
      "2025-03-14T17:00:00.000Z", "2025-04-15T17:00:00.000Z", "2025-04-30T17:00:00.000Z",
    ]);
    expect(periodSchema.safeParse({ year: "2025", quarter: "1", opensAt: "2025-04-16", deadline: "2025-04-15", locksAt: "2025-04-30" }).success).toBe(false);
    expect(periodSchema.safeParse({ year: "2025", quarter: "5", opensAt: "2025-03-15", deadline: "2025-04-15", locksAt: "2025-04-30" }).success).toBe(false);
  });
});

describe("database guards", () => {
  it("keeps the value history and the workflow steps append-only", async () => {
    const agency = await db.agency.create({ data: { code: "A1", name: "A", kind: "OTHER", level: "PROVINCE", validFrom: new Date("2021-01-01") } });
    const user = await db.user.create({ data: { username: "u1", fullName: "U", passwordHash: "x", role: "AGENCY", agencyId: agency.id } });
    const period = await db.reportingPeriod.findFirstOrThrow();
    const report = await db.report.create({ data: { agencyId: agency.id, periodId: period.id, version: 1 } });
    const indicator = await db.indicator.findFirstOrThrow();
    const change = await db.reportValueChange.create({ data: { reportId: report.id, indicatorId: indicator.id, newValue: "1", actorId: user.id, version: 1 } });
    const event = await db.reportEvent.create({ data: { reportId: report.id, kind: "SAVED", actorId: user.id, version: 1 } });
    await expect(db.reportValueChange.update({ where: { id: change.id }, data: { newValue: "2" } })).rejects.toThrow();
    await expect(db.reportEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    await expect(db.report.update({ where: { id: report.id }, data: { status: "APPROVED" } })).rejects.toThrow(); // approved needs approved_at
  });
});
