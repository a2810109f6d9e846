// The staffing reads on the demo's reference data (loaded at every scale): DESIGN §5.4's figures —
// 2021 baseline, the 2022–2026 plan, the 2024 cuts, 214 streamlining cases, the autonomy counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import * as staffing from "@/lib/data/staffing";
import { openTestDatabase, type TestDatabase } from "../support/database";

let demo: TestDatabase;
const leader: Viewer = { userId: 1, role: "LEADER", agencyId: null };

beforeAll(async () => {
  demo = await openTestDatabase({ demoScale: 0.001 });
});

afterAll(async () => {
  await demo?.close();
});

describe("province progress towards the staffing targets", () => {
  it("measures the 2024 quota against 2021 and the 2022–2026 plan", async () => {
    const progress = await staffing.getStaffingProgress(leader);
    const byCode = new Map(progress.map((p) => [p.target.code, p.progress]));

    const civil = byCode.get("STAFF_QUOTA_2026_CIVIL_SERVANT")!;
    expect(civil.baselineValue).toBe(1654);
    expect(civil.targetLevel).toBe(1571);
    expect(civil.requiredChange).toBe(-83);
    expect(civil.latestYear).toBe(2024);
    expect(civil.achievedChange).toBe(-27);
    expect(civil.achievedChangeRate).toBeCloseTo(-0.0163, 4);
    expect(civil.projection!.meetsTarget).toBe(false);

    const employees = byCode.get("STAFF_QUOTA_2026_PUBLIC_EMPLOYEE")!;
    expect(employees.baselineValue).toBe(11763);
    expect(employees.targetLevel).toBe(10587);
    expect(employees.requiredChange).toBe(-1176);
    expect(employees.achievedChange).toBe(-466);
    expect(employees.achievedChangeRate).toBeCloseTo(-0.0396, 4);

    const percent = byCode.get("STAFF_CUT_CIVIL_SERVANT")!;
    expect(percent.targetLevel).toBeCloseTo(1654 * 0.95, 9);
  });

  it("counts 214 streamlining cases over 2022–2024, by level", async () => {
    const counts = await staffing.getStreamliningByYearAndLevel(leader);
    expect(counts.filter((c) => c.year >= 2022).reduce((sum, c) => sum + c.cases, 0)).toBe(214);
    expect(new Set(counts.map((c) => c.level))).toEqual(new Set(["PROVINCE", "DISTRICT", "COMMUNE"]));
  });

  it("gives the autonomy counts of 2021 and 2024", async () => {
    const years = await staffing.getAutonomyByYear(leader);
    expect(years.map((y) => [y.year, y.total])).toEqual([[2021, 380], [2024, 369]]);
    expect(years[1]!.units).toMatchObject({ INVESTMENT_AND_RECURRENT: 10, RECURRENT: 28, STATE_FUNDED: 290 });
  });
});

describe("quota rows", () => {
  it("flags the agencies over their quota and keeps agency staff to their own rows", async () => {
    const over = await staffing.listStaffingRows(leader, { year: 2024, overQuotaOnly: true });
    expect(over.map((row) => row.agency.name).sort()).toEqual(["Huyện Bác Ái", "Sở Xây dựng", "Sở Y tế"].sort());
    const all = await staffing.listStaffingRows(leader, { year: 2024 });
    const agencyId = over[0]!.agencyId;
    const own = await staffing.listStaffingRows({ userId: 2, role: "AGENCY", agencyId }, { year: 2024 });
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((row) => row.agencyId === agencyId)).toBe(true);
    expect(all.length).toBeGreaterThan(own.length);
  });
});
