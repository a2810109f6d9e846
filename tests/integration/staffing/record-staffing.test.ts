// Staffing entry through the data layer on a real database: a quota decision writes its lines and
// the quotas in force, a later decision locks the earlier one (the database refuses too), an
// agency's report changes only its own rows and a refused report changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import * as entry from "@/lib/data/staffing-entry";
import { createQuotaDecisionSchema, headcountReportSchema, lineField, targetSchema, updateQuotaDecisionSchema } from "@/lib/validations/staffing";
import { openTestDatabase, type TestDatabase } from "../support/database";
import { createAgencies, refusal } from "../support/fixtures";

let database: TestDatabase;
let db: PrismaClient;
let stp: number;
let syt: number;
const homeAffairs: Viewer = { userId: 1, role: "HOME_AFFAIRS", agencyId: null };
let stpStaff: Viewer;

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  const agencies = await createAgencies(db, [["STP", "Sở Tư pháp"], ["SYT", "Sở Y tế"]]);
  stp = agencies.STP!;
  syt = agencies.SYT!;
  stpStaff = { userId: 2, role: "AGENCY", agencyId: stp };
  await db.staffingQuota.create({ data: { agencyId: stp, year: 2025, category: "CIVIL_SERVANT", quota: 40, actualHeadcount: 38, streamlined: 1 } });
});

afterAll(async () => {
  await database?.close();
});

const decisionForm = (number: string, decidedOn: string, lines: Record<string, string>[], decisionId?: number) => ({
  number,
  decidedOn,
  year: "2025",
  ...(decisionId ? { decisionId: String(decisionId) } : {}),
  ...Object.assign({}, ...lines.map((line, i) => Object.fromEntries(Object.entries(line).map(([k, v]) => [lineField(i, k as "total"), v])))),
});

const quotas = () => db.staffingQuota.findMany({ orderBy: [{ agencyId: "asc" }, { category: "asc" }], select: { agencyId: true, category: true, quota: true, actualHeadcount: true, decisionNumber: true } });

describe("quota decisions", () => {
  let first: number;

  it("records the lines and sets the quotas in force, keeping reported headcounts", async () => {
    const input = createQuotaDecisionSchema.parse(
      decisionForm("10/QĐ-UBND", "2024-12-20", [
        { agencyId: String(stp), CIVIL_SERVANT: "39", PUBLIC_EMPLOYEE: "30", total: "69" },
        { agencyId: String(syt), PUBLIC_EMPLOYEE: "2600" },
      ]),
    );
    const saved = await db.$transaction((tx) => entry.createQuotaDecision(tx, homeAffairs, input));
    first = saved.id;
    expect(saved.cells).toBe(3);
    expect(await quotas()).toEqual([
      { agencyId: stp, category: "CIVIL_SERVANT", quota: 39, actualHeadcount: 38, decisionNumber: "10/QĐ-UBND" },
      { agencyId: stp, category: "PUBLIC_EMPLOYEE", quota: 30, actualHeadcount: null, decisionNumber: "10/QĐ-UBND" },
      { agencyId: syt, category: "PUBLIC_EMPLOYEE", quota: 2600, actualHeadcount: null, decisionNumber: "10/QĐ-UBND" },
    ]);
    expect(await db.quotaDecisionLine.count({ where: { decisionId: first } })).toBe(3);
  });

  it("lets the latest decision be edited, but not lose a line", async () => {
    const edit = updateQuotaDecisionSchema.parse(
      decisionForm("10/QĐ-UBND", "2024-12-21", [
        { agencyId: String(stp), CIVIL_SERVANT: "38", PUBLIC_EMPLOYEE: "30" },
        { agencyId: String(syt), PUBLIC_EMPLOYEE: "2590" },
      ], first),
    );
    await db.$transaction((tx) => entry.updateQuotaDecision(tx, homeAffairs, edit));
    expect((await quotas()).map((q) => q.quota)).toEqual([38, 30, 2590]);

    const dropped = updateQuotaDecisionSchema.parse(decisionForm("10/QĐ-UBND", "2024-12-21", [{ agencyId: String(stp), CIVIL_SERVANT: "38", PUBLIC_EMPLOYEE: "30" }], first));
    await refusal(() => db.$transaction((tx) => entry.updateQuotaDecision(tx, homeAffairs, dropped)), "QUOTA_LINE_REMOVED");
    expect((await quotas()).map((q) => q.quota)).toEqual([38, 30, 2590]);
  });

  it("locks a decision once a later one exists, in the data layer and in the database", async () => {
    const later = createQuotaDecisionSchema.parse(decisionForm("25/QĐ-UBND", "2025-03-01", [{ agencyId: String(syt), PUBLIC_EMPLOYEE: "2580" }]));
    await db.$transaction((tx) => entry.createQuotaDecision(tx, homeAffairs, later));
    const edit = updateQuotaDecisionSchema.parse(
      decisionForm("10/QĐ-UBND", "2024-12-21", [
        { agencyId: String(stp), CIVIL_SERVANT: "1", PUBLIC_EMPLOYEE: "1" },
        { agencyId: String(syt), PUBLIC_EMPLOYEE: "1" },
      ], first),
    );
    const error = await refusal(() => db.$transaction((tx) => entry.updateQuotaDecision(tx, homeAffairs, edit)), "QUOTA_DECISION_SUPERSEDED");
    expect(error.userMessage()).toMatch(/quyết định sau/);
    expect((await quotas()).map((q) => q.quota)).toEqual([38, 30, 2580]);

    await expect(db.$executeRaw`UPDATE quota_decision SET number = 'X' WHERE id = ${first}`).rejects.toThrow();
    await expect(db.$executeRaw`UPDATE quota_decision_line SET quota = 1 WHERE decision_id = ${first}`).rejects.toThrow();
    expect((await db.quotaDecision.findUnique({ where: { id: first } }))!.number).toBe("10/QĐ-UBND");
  });

  it("refuses a decision dated before the latest one", async () => {
    const early = createQuotaDecisionSchema.parse(decisionForm("30/QĐ-UBND", "2025-02-01", [{ agencyId: String(stp), CIVIL_SERVANT: "1" }]));
    const error = await refusal(() => db.$transaction((tx) => entry.createQuotaDecision(tx, homeAffairs, early)), "QUOTA_DECISION_BEFORE_LATEST");
    expect(error.fieldMessages().decidedOn?.[0]).toMatch(/01\/03\/2025/);
    expect(await db.quotaDecision.count()).toBe(2);
    await expect(db.$executeRaw`INSERT INTO quota_decision (number, decided_on, year, updated_at) VALUES ('31/QĐ', '2025-01-01', 2025, now())`).rejects.toThrow();
  });
});

describe("an agency's report", () => {
  it("records headcount and streamlining in its categories", async () => {
    const input = headcountReportSchema.parse({
      agencyId: String(stp), year: "2025",
      "headcount-CIVIL_SERVANT": "37", "streamlined-CIVIL_SERVANT": "2",
      "headcount-PUBLIC_EMPLOYEE": "29", totalHeadcount: "66",
    });
    await db.$transaction((tx) => entry.reportHeadcount(tx, stpStaff, input));
    const rows = await db.staffingQuota.findMany({ where: { agencyId: stp }, orderBy: { category: "asc" }, select: { actualHeadcount: true, streamlined: true } });
    expect(rows).toEqual([{ actualHeadcount: 37, streamlined: 2 }, { actualHeadcount: 29, streamlined: 0 }]);
  });

  it("refuses a category without a quota and changes nothing", async () => {
    const before = await quotas();
    const input = headcountReportSchema.parse({
      agencyId: String(stp), year: "2025",
      "headcount-CIVIL_SERVANT": "30", "headcount-COMMUNE_OFFICIAL": "5", totalHeadcount: "35",
    });
    const error = await refusal(() => db.$transaction((tx) => entry.reportHeadcount(tx, stpStaff, input)), "STAFFING_NO_QUOTA");
    expect(Object.keys(error.fieldMessages())).toEqual(["headcount-COMMUNE_OFFICIAL"]);
    expect(await quotas()).toEqual(before);
  });
});

describe("an agency's report for another agency", () => {
  it("is refused by the data layer too, whatever the caller checked before", async () => {
    const before = await quotas();
    const input = headcountReportSchema.parse({ agencyId: String(syt), year: "2025", "headcount-PUBLIC_EMPLOYEE": "1", totalHeadcount: "1" });
    await refusal(() => db.$transaction((tx) => entry.reportHeadcount(tx, stpStaff, input)), "FORBIDDEN");
    expect(await quotas()).toEqual(before);
  });
});

describe("targets", () => {
  it("creates and updates a target", async () => {
    const created = await db.$transaction((tx) =>
      entry.saveTarget(tx, homeAffairs, targetSchema.parse({ code: "AUTONOMY_FINANCIAL_SHARE", targetYear: "2025", value: "20", unit: "PERCENT", description: "Tỷ lệ tự chủ" })),
    );
    await db.$transaction((tx) =>
      entry.saveTarget(tx, homeAffairs, targetSchema.parse({ targetId: String(created.id), code: "AUTONOMY_FINANCIAL_SHARE", targetYear: "2026", value: "25", unit: "PERCENT", description: "Tỷ lệ tự chủ" })),
    );
    const row = await db.target.findUnique({ where: { id: created.id } });
    expect([row!.targetYear, row!.value.toNumber()]).toEqual([2026, 25]);
  });
});
