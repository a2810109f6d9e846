// The quarterly cycle follows the data's day (issue 16), through the data layer on a real
// database: the quarter holding the data's day exists and is open for entry without anyone
// creating or reopening it, the one before is closed at its deadline, the deadline is a setting,
// and the clock never runs past the data's day on a snapshot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import * as entry from "@/lib/data/reports/entry";
import { setReportDeadlineDays } from "@/lib/data/reports/periods";
import { findPeriod, listPeriods } from "@/lib/data/province/periods";
import { AppError } from "@/lib/errors";
import { saveReportSchema } from "@/lib/validations/reports";
import { openTestDatabase, type TestDatabase } from "../support/database";
import { createAgencies, createUser, REPORT_FORM } from "../support/fixtures";

let database: TestDatabase;
let db: PrismaClient;
let justice: number;
let agencyUser: Viewer;
let homeAffairs: Viewer;

// the clock a month after the snapshot's day: the snapshot's current quarter stays open
const LATER = new Date("2024-12-20T03:00:00Z");

async function setSetting(key: string, value: string | number) {
  await db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}

beforeAll(async () => {
  // the catalogue's quarters run to 2024-Q3; the data's day is in 2024-Q4
  database = await openTestDatabase({ reportCatalogue: true });
  db = database.db;
  justice = (await createAgencies(db, [["STP", "Sở Tư pháp"]])).STP!;
  agencyUser = await createUser(db, { username: "stuphap", role: "AGENCY", agencyId: justice });
  homeAffairs = await createUser(db, { username: "sonoivu", role: "HOME_AFFAIRS" });
  await setSetting("data_as_of", "2024-11-20");
});

afterAll(async () => {
  await database?.close();
});

describe("the current quarter is open on a fresh installation", () => {
  it("creates the quarter holding the data's day, open from its first day, due and closed 15 days after its end", async () => {
    expect(await db.reportingPeriod.count({ where: { year: 2024, quarter: 4 } })).toBe(0);
    const periods = await listPeriods();
    expect(periods[0]).toMatchObject({ year: 2024, quarter: 4 });
    expect(periods[0]!.opensAt.toISOString()).toBe("2024-09-30T17:00:00.000Z");
    expect(periods[0]!.deadline.toISOString()).toBe("2025-01-15T17:00:00.000Z");
    expect(periods[0]!.locksAt).toEqual(periods[0]!.deadline);
    // asked again: created once
    await listPeriods();
    expect(await db.reportingPeriod.count({ where: { year: 2024, quarter: 4 } })).toBe(1);
  });

  it("the agency's view of Quý IV is open, of Quý III (due 15/10) closed, read on the data's day", async () => {
    expect((await entry.getReportView(agencyUser, justice, 2024, 4, LATER))?.window).toBe("open");
    expect((await entry.getReportView(agencyUser, justice, 2024, 3, LATER))?.window).toBe("locked");
  });

  it("the agency saves and submits Quý IV without a reopening; Quý III is refused as closed", async () => {
    const q4 = (await findPeriod(2024, 4))!.id;
    const q3 = (await findPeriod(2024, 3))!.id;
    const form = (periodId: number, intent: "save" | "submit", version = 0) =>
      saveReportSchema.parse({ periodId: String(periodId), agencyId: String(justice), version: String(version), intent, ...REPORT_FORM });
    const saved = await db.$transaction((tx) => entry.saveReport(tx, agencyUser, form(q4, "submit"), LATER));
    expect(saved.status).toBe("SUBMITTED");
    const row = await db.report.findUniqueOrThrow({ where: { id: saved.reportId } });
    // what happened is stamped with the clock, the window judged on the data's day
    expect(row.submittedAt?.toISOString()).toBe(LATER.toISOString());
    const refused = await db.$transaction((tx) => entry.saveReport(tx, agencyUser, form(q3, "save"), LATER)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("REPORT_LOCKED");
    expect(await db.report.count({ where: { agencyId: justice, periodId: q3 } })).toBe(0);
  });

  it("a new quarter takes the deadline Home Affairs set", async () => {
    await setSetting("report_deadline_days", 40);
    await setSetting("data_as_of", "2025-01-03");
    const periods = await listPeriods();
    expect(periods[0]).toMatchObject({ year: 2025, quarter: 1 });
    // 31/03/2025 + 40 days = 10/05/2025, closed at its end
    expect(periods[0]!.deadline.toISOString()).toBe("2025-05-10T17:00:00.000Z");
    // a quarter already in the calendar keeps its days
    expect(periods[1]!.deadline.toISOString()).toBe("2025-01-15T17:00:00.000Z");
  });

  it("Home Affairs' deadline moves the quarters still open, not the closed ones; agency staff may not set it", async () => {
    // on 03/01/2025 Quý IV/2024 (due 15/01) and Quý I/2025 are open, Quý III/2024 closed
    const q3Before = (await findPeriod(2024, 3))!.deadline;
    const change = await db.$transaction((tx) => setReportDeadlineDays(tx, homeAffairs, { days: 20 }, LATER));
    expect(change).toEqual({ from: 40, to: 20, quartersMoved: 2 });
    expect((await findPeriod(2024, 4))!.deadline.toISOString()).toBe("2025-01-20T17:00:00.000Z");
    expect((await findPeriod(2025, 1))!.locksAt.toISOString()).toBe("2025-04-20T17:00:00.000Z");
    expect((await findPeriod(2024, 3))!.deadline).toEqual(q3Before);
    const refused = await db.$transaction((tx) => setReportDeadlineDays(tx, agencyUser, { days: 60 }, LATER)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((await db.setting.findUniqueOrThrow({ where: { key: "report_deadline_days" } })).value).toBe(20);
  });
});
