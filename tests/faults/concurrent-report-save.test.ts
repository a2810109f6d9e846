// Fault (d), issue 18: two staff of one agency save the same quarterly report at the same moment,
// each on its own connection. Exactly one save wins; the other is refused with the conflict, which
// lists the values the winner typed, and neither the system's prefilled and computed figures (they
// are recorded on every save but nobody changed them) nor what the loser typed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { closeDatabase, connectDatabase, getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { saveReportSchema } from "@/lib/validations/reports";
import { deployMigrations } from "@/scripts/lib/process";
import { loadReportCatalogueAt } from "../integration/support/database";
import { createFreshDatabase, type FreshDatabase } from "../integration/support/fresh-database";

let database: FreshDatabase;
let db: PrismaClient;
let entry: typeof import("@/lib/data/reports/entry");
let agencyId: number;
let periodId: number;
let first: Viewer;
let second: Viewer;

const OPEN = new Date("2024-07-10T03:00:00Z");

beforeAll(async () => {
  database = await createFreshDatabase();
  await deployMigrations(database.url);
  await loadReportCatalogueAt(database.url);
  // the data layer as the server runs it: the app role's connections
  await connectDatabase(database.appUrl, { poolMax: 6 });
  db = getDb();
  entry = await import("@/lib/data/reports/entry");
  agencyId = (await db.agency.create({ data: { code: "STP", name: "Sở Tư pháp", kind: "DEPARTMENT", level: "PROVINCE", validFrom: new Date("2021-01-01") } })).id;
  const user = async (username: string): Promise<Viewer> => {
    const row = await db.user.create({ data: { username, fullName: username, passwordHash: "x", role: "AGENCY", agencyId } });
    return { userId: row.id, role: "AGENCY", agencyId };
  };
  first = await user("chuyenvien.a");
  second = await user("chuyenvien.b");
  periodId = (await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2024, quarter: 2 } } })).id;
  // a figure the form prefills from the task table
  await db.task.create({ data: { code: "NV-1", title: "Rà soát TTHC", agencyId, assignedAt: new Date("2024-05-02T02:00:00Z"), dueAt: new Date("2024-06-30T09:00:00Z") } });
});
afterAll(async () => {
  await closeDatabase();
  await database?.drop();
});

const form = (values: Record<string, string>) =>
  saveReportSchema.parse({ periodId: String(periodId), agencyId: String(agencyId), version: "0", intent: "save", "value:ONLINE_FULL": "25", "value:ONLINE_SERVICES": "40", ...values });

async function save(viewer: Viewer, values: Record<string, string>): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await db.$transaction((tx: Prisma.TransactionClient) => entry.saveReport(tx, viewer, form(values), OPEN), { maxWait: 10_000, timeout: 30_000 });
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.userMessage() };
    throw error;
  }
}

describe("fault (d): two users save the same report at once", () => {
  it("lets exactly one win and shows the other only the winner's typed changes", async () => {
    const outcomes = await Promise.all([save(first, { "value:LEGAL_ISSUED": "8" }), save(second, { "value:PROC_NEW": "5" })]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const lost = outcomes.find((o) => !o.ok) as { ok: false; message: string };
    const winnerTypedLegal = outcomes[0]!.ok;
    expect(lost.message).toContain("phiên bản 1");
    expect(lost.message).toContain(winnerTypedLegal ? "Văn bản QPPL ban hành" : "TTHC ban hành mới");
    expect(lost.message).not.toContain(winnerTypedLegal ? "TTHC ban hành mới" : "Văn bản QPPL ban hành");
    // the system's figures: a prefilled count and a computed rate
    expect(lost.message).not.toContain("Nhiệm vụ CCHC được giao trong quý");
    expect(lost.message).not.toContain("Tỷ lệ dịch vụ công trực tuyến toàn trình");
    const report = await db.report.findFirstOrThrow({ where: { agencyId, periodId } });
    expect(report.version).toBe(1);
    expect(await db.reportEvent.count({ where: { reportId: report.id } })).toBe(1);
  });
});
