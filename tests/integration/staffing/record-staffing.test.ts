// Staffing entry through the data layer on a real database: a quota decision writes its lines and
// the quotas in force, a later decision locks the earlier one (the database refuses too), an
// agency's report changes only its own rows and a refused report changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPool } from "@/lib/db/pg-adapter";
import { ActionError } from "@/lib/auth/action-result";
import { createQuotaDecisionSchema, headcountReportSchema, lineField, targetSchema, updateQuotaDecisionSchema } from "@/lib/validations/staffing";
import { deployMigrations } from "@/scripts/lib/process";
import { createFreshDatabase, type FreshDatabase } from "../support/fresh-database";

type Entry = typeof import("@/lib/data/staffing-entry");

let database: FreshDatabase;
let db: PrismaClient;
let pool: pg.Pool;
let entry: Entry;
let stp: number;
let syt: number;

beforeAll(async () => {
  database = await createFreshDatabase();
  await deployMigrations(database.url);
  pool = createPool(database.appUrl, { max: 4 });
  db = new PrismaClient({ adapter: new PrismaPg(pool) });
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = db;
  entry = await import("@/lib/data/staffing-entry");
  const agency = (code: string, name: string) =>
    db.agency.create({ data: { code, name, kind: "DEPARTMENT", level: "PROVINCE", validFrom: new Date("2021-01-01") } });
  stp = (await agency("STP", "Sở Tư pháp")).id;
  syt = (await agency("SYT", "Sở Y tế")).id;
  await db.staffingQuota.create({ data: { agencyId: stp, year: 2025, category: "CIVIL_SERVANT", quota: 40, actualHeadcount: 38, streamlined: 1 } });
});

afterAll(async () => {
  await db?.$disconnect();
  await pool?.end();
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = undefined;
  await database?.drop();
});

const decisionForm = (number: string, decidedOn: string, lines: Record<string, string>[], decisionId?: number) => ({
  number,
  decidedOn,
  year: "2025",
  ...(decisionId ? { decisionId: String(decisionId) } : {}),
  ...Object.assign({}, ...lines.map((line, i) => Object.fromEntries(Object.entries(line).map(([k, v]) => [lineField(i, k as "total"), v])))),
});

async function refusal(work: () => Promise<unknown>): Promise<ActionError> {
  const error = await work().then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ActionError);
  return error as ActionError;
}

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
    const saved = await db.$transaction((tx) => entry.createQuotaDecision(tx, input));
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
    await db.$transaction((tx) => entry.updateQuotaDecision(tx, edit));
    expect((await quotas()).map((q) => q.quota)).toEqual([38, 30, 2590]);

    const dropped = updateQuotaDecisionSchema.parse(decisionForm("10/QĐ-UBND", "2024-12-21", [{ agencyId: String(stp), CIVIL_SERVANT: "38", PUBLIC_EMPLOYEE: "30" }], first));
    await refusal(() => db.$transaction((tx) => entry.updateQuotaDecision(tx, dropped)));
    expect((await quotas()).map((q) => q.quota)).toEqual([38, 30, 2590]);
  });

  it("locks a decision once a later one exists, in the data layer and in the database", async () => {
    const later = createQuotaDecisionSchema.parse(decisionForm("25/QĐ-UBND", "2025-03-01", [{ agencyId: String(syt), PUBLIC_EMPLOYEE: "2580" }]));
    await db.$transaction((tx) => entry.createQuotaDecision(tx, later));
    const edit = updateQuotaDecisionSchema.parse(
      decisionForm("10/QĐ-UBND", "2024-12-21", [
        { agencyId: String(stp), CIVIL_SERVANT: "1", PUBLIC_EMPLOYEE: "1" },
        { agencyId: String(syt), PUBLIC_EMPLOYEE: "1" },
      ], first),
    );
    const error = await refusal(() => db.$transaction((tx) => entry.updateQuotaDecision(tx, edit)));
    expect(error.message).toMatch(/quyết định sau/);
    expect((await quotas()).map((q) => q.quota)).toEqual([38, 30, 2580]);

    await expect(db.$executeRaw`UPDATE quota_decision SET number = 'X' WHERE id = ${first}`).rejects.toThrow();
    await expect(db.$executeRaw`UPDATE quota_decision_line SET quota = 1 WHERE decision_id = ${first}`).rejects.toThrow();
    expect((await db.quotaDecision.findUnique({ where: { id: first } }))!.number).toBe("10/QĐ-UBND");
  });

  it("refuses a decision dated before the latest one", async () => {
    const early = createQuotaDecisionSchema.parse(decisionForm("30/QĐ-UBND", "2025-02-01", [{ agencyId: String(stp), CIVIL_SERVANT: "1" }]));
    const error = await refusal(() => db.$transaction((tx) => entry.createQuotaDecision(tx, early)));
    expect(error.fieldErrors.decidedOn?.[0]).toMatch(/01\/03\/2025/);
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
    await db.$transaction((tx) => entry.reportHeadcount(tx, input));
    const rows = await db.staffingQuota.findMany({ where: { agencyId: stp }, orderBy: { category: "asc" }, select: { actualHeadcount: true, streamlined: true } });
    expect(rows).toEqual([{ actualHeadcount: 37, streamlined: 2 }, { actualHeadcount: 29, streamlined: 0 }]);
  });

  it("refuses a category without a quota and changes nothing", async () => {
    const before = await quotas();
    const input = headcountReportSchema.parse({
      agencyId: String(stp), year: "2025",
      "headcount-CIVIL_SERVANT": "30", "headcount-COMMUNE_OFFICIAL": "5", totalHeadcount: "35",
    });
    const error = await refusal(() => db.$transaction((tx) => entry.reportHeadcount(tx, input)));
    expect(Object.keys(error.fieldErrors)).toEqual(["headcount-COMMUNE_OFFICIAL"]);
    expect(await quotas()).toEqual(before);
  });
});

describe("targets", () => {
  it("creates and updates a target", async () => {
    const created = await db.$transaction((tx) =>
      entry.saveTarget(tx, targetSchema.parse({ code: "AUTONOMY_FINANCIAL_SHARE", targetYear: "2025", value: "20", unit: "PERCENT", description: "Tỷ lệ tự chủ" })),
    );
    await db.$transaction((tx) =>
      entry.saveTarget(tx, targetSchema.parse({ targetId: String(created.id), code: "AUTONOMY_FINANCIAL_SHARE", targetYear: "2026", value: "25", unit: "PERCENT", description: "Tỷ lệ tự chủ" })),
    );
    const row = await db.target.findUnique({ where: { id: created.id } });
    expect([row!.targetYear, row!.value.toNumber()]).toEqual([2026, 25]);
  });
});
