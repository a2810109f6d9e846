// The default catalogue of the quarterly report (issue 16, item 4) on a real database: the
// migrations install the same list as lib/demo/report-catalogue.ts and keep what Home Affairs has
// edited; the new figures come from the task and dossier tables and add up to their wholes; and a
// rule Home Affairs edits changes what the agency's form refuses, with the rule and the figures named.
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import * as catalogue from "@/lib/data/reports/catalogue";
import * as entry from "@/lib/data/reports/entry";
import { listIndicators, listRules } from "@/lib/data/province/indicators";
import { connectionFields } from "@/lib/db/pg-adapter";
import { CATALOGUE_FROM_YEAR, REPORT_INDICATORS, REPORT_RULES } from "@/lib/demo/report-catalogue";
import { AppError } from "@/lib/errors";
import { ruleSchema } from "@/lib/validations/report-catalogue";
import { saveReportSchema } from "@/lib/validations/reports";
import { loadReportCatalogueAt, openTestDatabase, type TestDatabase } from "../support/database";
import { createAgencies, createUser, REPORT_FORM } from "../support/fixtures";

const NBSP = "\u00A0";
const MIGRATION = path.join(process.cwd(), "prisma/migrations/20261202090100_issue16a_default_report_catalogue/migration.sql");
// the report-workflow tests' quarter: 2024-Q2, open on 10/07/2024
const OPEN = new Date("2024-07-10T03:00:00Z");

let database: TestDatabase;
let db: PrismaClient;
let justice: number;
let q2: number;
let agencyUser: Viewer;
let homeAffairs: Viewer;

async function asOwner(sql: string): Promise<void> {
  const client = new pg.Client({ ...connectionFields(database.url) });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function submit(changes: Record<string, string>): Promise<AppError | null> {
  const report = await db.report.findUnique({ where: { agencyId_periodId: { agencyId: justice, periodId: q2 } } });
  const input = saveReportSchema.parse({
    periodId: String(q2), agencyId: String(justice), version: String(report?.version ?? 0), intent: "submit", ...REPORT_FORM, ...changes,
  });
  try {
    await db.$transaction((tx: Prisma.TransactionClient) => entry.saveReport(tx, agencyUser, input, OPEN));
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});

afterAll(async () => {
  await database?.close();
});

describe("the catalogue the migrations install", () => {
  it("is the default list, indicator by indicator and rule by rule", async () => {
    const indicators = await listIndicators(CATALOGUE_FROM_YEAR);
    expect(indicators.map((i) => [i.code, i.nameVi, i.unit, i.prefill, i.required, i.numerator?.code ?? null, i.denominator?.code ?? null])).toEqual(
      REPORT_INDICATORS.map((s) => [s.code, s.nameVi, s.unit, s.prefill ?? null, s.required ?? false, s.computed?.[0] ?? null, s.computed?.[1] ?? null]),
    );
    const byCode = (a: unknown[], b: unknown[]) => (String(a[0]) < String(b[0]) ? -1 : 1);
    const rules = await listRules();
    expect(rules.map((r) => [r.code, r.kind, r.leftCodes, r.operator, r.rightCodes, r.denominatorCodes, r.tolerance, r.importance, r.message]).sort(byCode)).toEqual(
      REPORT_RULES.map((r) => [r.code, r.kind ?? "SUM", r.left, r.operator, r.right, r.denominator ?? [], r.tolerance ?? 0, r.importance, r.message]).sort(byCode),
    );
  });

  it("carries existing rows over: run again, it keeps what Home Affairs edited and restores a missing default rule", async () => {
    await asOwner(`UPDATE indicator SET name_vi = 'Hồ sơ nhận trong kỳ', required = true WHERE code = 'DOSSIERS_RECEIVED';
      UPDATE validation_rule SET message_vi = 'Lời nhắn của Sở Nội vụ.', tolerance = 0.02 WHERE code = 'DOSSIERS_ONLINE_RATE_AGREES';
      DELETE FROM validation_rule WHERE code = 'TASKS_PARTS_SUM'`);
    await asOwner(await readFile(MIGRATION, "utf8"));
    const received = await db.indicator.findUniqueOrThrow({ where: { code: "DOSSIERS_RECEIVED" } });
    expect([received.nameVi, received.required]).toEqual(["Hồ sơ nhận trong kỳ", true]);
    const rule = await db.validationRule.findUniqueOrThrow({ where: { code: "DOSSIERS_ONLINE_RATE_AGREES" } });
    expect([rule.messageVi, Number(rule.tolerance)]).toEqual(["Lời nhắn của Sở Nội vụ.", 0.02]);
    // a rule it ships and that was missing comes back
    expect(await db.validationRule.count({ where: { code: "TASKS_PARTS_SUM" } })).toBe(1);
    expect(await db.indicator.count()).toBe(REPORT_INDICATORS.length);
    // the demo resets the catalogue to the default list
    await loadReportCatalogueAt(database.url);
    expect((await db.indicator.findUniqueOrThrow({ where: { code: "DOSSIERS_RECEIVED" } })).nameVi).toBe("Hồ sơ TTHC tiếp nhận trong quý");
  });
});

describe("an agency's quarter under the rules Home Affairs keeps", () => {
  beforeAll(async () => {
    justice = (await createAgencies(db, [["STP", "Sở Tư pháp"]])).STP!;
    agencyUser = await createUser(db, { username: "stuphap", role: "AGENCY", agencyId: justice });
    homeAffairs = await createUser(db, { username: "sonoivu", role: "HOME_AFFAIRS" });
    q2 = (await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2024, quarter: 2 } } })).id;
    const field = await db.procedureField.create({ data: { code: "LLTP", name: "Lý lịch tư pháp" } });
    const procedure = await db.procedure.create({ data: { code: "P-1", name: "Cấp Phiếu lý lịch tư pháp", fieldId: field.id, level: "PROVINCE", statutoryDays: 10 } });
    const at = (day: string) => new Date(`${day}T02:00:00Z`);
    // three dossiers received in Q2 (2 online, 1 by post): one resolved early, one on its due day, one late
    const dossiers: [string, "ONLINE" | "POSTAL", string, string, string | null][] = [
      ["HS-1", "ONLINE", "2024-04-02", "2024-04-12", "2024-04-10"],
      ["HS-2", "ONLINE", "2024-05-02", "2024-05-12", "2024-05-12"],
      ["HS-3", "POSTAL", "2024-06-02", "2024-06-12", "2024-06-20"],
    ];
    for (const [code, channel, received, due, resolved] of dossiers) {
      await db.dossier.create({
        data: { code, channel, procedureId: procedure.id, agencyId: justice, receivedAt: at(received), dueAt: at(due), resolvedAt: resolved ? at(resolved) : null },
      });
    }
    // two tasks: one done on time, one still open at the quarter's end
    await db.task.createMany({
      data: [
        { code: "NV-1", title: "Rà soát TTHC", agencyId: justice, assignedAt: at("2024-04-05"), dueAt: at("2024-05-30"), completedAt: at("2024-05-20") },
        { code: "NV-2", title: "Số hóa hồ sơ", agencyId: justice, assignedAt: at("2024-05-05"), dueAt: at("2024-09-30") },
      ],
    });
  });

  it("prefills the review reports' figures from the system, each part adding up to its whole", async () => {
    const view = await entry.getReportView(agencyUser, justice, 2024, 2, OPEN);
    expect(view?.known).toMatchObject({
      TASKS_ASSIGNED: 2, TASKS_DONE_ON_TIME: 1, TASKS_DONE_LATE: 0, TASKS_IN_PROGRESS: 1,
      DOSSIERS_RECEIVED: 3, DOSSIERS_ONLINE: 2, DOSSIERS_IN_PERSON: 0, DOSSIERS_POSTAL: 1,
      DOSSIERS_RESOLVED: 3, DOSSIERS_RESOLVED_EARLY: 1, DOSSIERS_RESOLVED_ON_TIME: 2, DOSSIERS_RESOLVED_LATE: 1,
    });
    expect(view?.findings.filter((f) => f.kind === "rule")).toEqual([]);
  });

  it("refuses a rate that disagrees with its counts, naming the rule and the figures; accepts it once Home Affairs widens the tolerance", async () => {
    // 2 ÷ 3 = 66,67 %: 66,7 is 0,033 points off, beyond the default 0,01
    const refused = await submit({ "value:DOSSIERS_ONLINE_RATE": "66,7", "value:DOSSIERS_ON_TIME_RATE": "66,67" });
    expect(refused?.code).toBe("REPORT_RULES_FAILED");
    expect(refused?.fieldMessages()["value:DOSSIERS_ONLINE_RATE"]).toEqual([
      "Quy tắc DOSSIERS_ONLINE_RATE_AGREES: Tỷ lệ hồ sơ trực tuyến phải khớp với số hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận. "
        + `Số liệu: đã nhập 66,70${NBSP}%; 2 ÷ 3 cho 66,67${NBSP}% (lệch quá 0,01 điểm %).`,
    ]);
    expect(await db.report.count({ where: { agencyId: justice, periodId: q2, status: "SUBMITTED" } })).toBe(0);

    const edited = ruleSchema.parse({
      ruleCode: "DOSSIERS_ONLINE_RATE_AGREES", kind: "PERCENT", leftCodes: "DOSSIERS_ONLINE_RATE", operator: "EQ", rightCodes: "DOSSIERS_ONLINE",
      denominatorCodes: "DOSSIERS_RECEIVED", tolerance: "0,05", importance: "ERROR", messageVi: "Tỷ lệ trực tuyến lệch với số hồ sơ.",
    });
    await db.$transaction((tx) => catalogue.saveRule(tx, homeAffairs, edited));
    expect(await submit({ "value:DOSSIERS_ONLINE_RATE": "66,7", "value:DOSSIERS_ON_TIME_RATE": "66,67" })).toBeNull();
    expect(await db.report.count({ where: { agencyId: justice, periodId: q2, status: "SUBMITTED" } })).toBe(1);
  });

  it("refuses parts that do not add up with the rule's code and the figures", async () => {
    await db.report.updateMany({ where: { agencyId: justice, periodId: q2 }, data: { status: "RETURNED" } });
    const refused = await submit({ "value:ONLINE_PARTIAL": "14" });
    expect(refused?.fieldMessages()["value:ONLINE_PARTIAL"]).toEqual([
      "Quy tắc ONLINE_PARTS_SUM: Số dịch vụ toàn trình cộng một phần phải bằng tổng số dịch vụ công trực tuyến. Số liệu: 25 + 14 = 39, không bằng 40.",
    ]);
  });

  it("lets only Home Affairs edit a rule, and validates it", async () => {
    const posted = { ruleCode: "X_RATE", kind: "PERCENT", leftCodes: "ONLINE_SERVICES", operator: "EQ", rightCodes: "ONLINE_FULL", denominatorCodes: "ONLINE_SERVICES", tolerance: "", importance: "ERROR", messageVi: "x" };
    const rule = ruleSchema.parse(posted);
    await expect(db.$transaction((tx) => catalogue.saveRule(tx, agencyUser, rule))).rejects.toMatchObject({ code: "FORBIDDEN" });
    // the left side of a rate rule must be a percentage
    await expect(db.$transaction((tx) => catalogue.saveRule(tx, homeAffairs, rule))).rejects.toMatchObject({ code: "INDICATOR_RULE_NOT_PERCENT" });
    expect(ruleSchema.safeParse({ ...posted, leftCodes: "A+B", denominatorCodes: "" }).error?.issues.map((i) => i.path[0])).toEqual(["leftCodes", "denominatorCodes"]);
    expect(ruleSchema.safeParse({ ruleCode: "Y", leftCodes: "A", operator: "EQ", rightCodes: "B", importance: "ERROR", messageVi: "y", tolerance: "7" }).success).toBe(false);
    expect(await db.validationRule.count({ where: { code: "X_RATE" } })).toBe(0);
  });
});
