// The staffing reads on the demo's reference data (loaded at every scale): today's province's
// progress (old Ninh Thuận's and old Khánh Hòa's 2021 baseline and 2022–2026 plans added up, its
// own quotas to 2026) and, within it, DESIGN §5.4's figures of old Ninh Thuận — 2021 baseline,
// the 2024 cuts, 214 streamlining cases, the autonomy counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import * as staffing from "@/lib/data/staffing";
import { AGENCIES, NINH_THUAN_UNITS } from "@/lib/demo/organisation";
import { KH_PLAN_2026, KH_PROVINCE_QUOTA, NT_PLAN_2026, OVER_QUOTA, STAFFING_ROWS } from "@/lib/demo/staffing-data";
import { openTestDatabase, type TestDatabase } from "../support/database";

const NINH_THUAN = NINH_THUAN_UNITS.map((unit) => unit.code);
const total = (year: number, category: string) => STAFFING_ROWS.filter((r) => r.year === year && r.category === category).reduce((sum, r) => sum + r.quota, 0);

/** Old Ninh Thuận's units' quota rows, as stored. */
async function ninhThuan(year: number, category: "CIVIL_SERVANT" | "PUBLIC_EMPLOYEE"): Promise<number> {
  const rows = await demo.db.staffingQuota.aggregate({ where: { year, category, agency: { code: { in: NINH_THUAN } } }, _sum: { quota: true } });
  return rows._sum.quota ?? 0;
}

let demo: TestDatabase;
const leader: Viewer = { userId: 1, role: "LEADER", agencyId: null };

beforeAll(async () => {
  demo = await openTestDatabase({ demoScale: 0.001 });
});

afterAll(async () => {
  await demo?.close();
});

describe("province progress towards the staffing targets", () => {
  it("measures today's province's quota against both old provinces' 2021 and their 2022–2026 plans", async () => {
    const progress = await staffing.getStaffingProgress(leader);
    const byCode = new Map(progress.map((p) => [p.target.code, p.progress]));

    const civil = byCode.get("STAFF_QUOTA_2026_CIVIL_SERVANT")!;
    expect(civil.baselineValue).toBe(1654 + KH_PROVINCE_QUOTA.CIVIL_SERVANT[2021]!);
    expect(civil.targetLevel).toBe(NT_PLAN_2026.CIVIL_SERVANT + KH_PLAN_2026.CIVIL_SERVANT);
    expect(civil.requiredChange).toBe(civil.targetLevel! - civil.baselineValue!);
    expect(civil.latestYear).toBe(2026);
    expect(civil.achievedChange).toBe(total(2026, "CIVIL_SERVANT") - civil.baselineValue!);

    const employees = byCode.get("STAFF_QUOTA_2026_PUBLIC_EMPLOYEE")!;
    expect(employees.baselineValue).toBe(11763 + KH_PROVINCE_QUOTA.PUBLIC_EMPLOYEE[2021]!);
    expect(employees.targetLevel).toBe(10587 + KH_PLAN_2026.PUBLIC_EMPLOYEE);
    expect(employees.achievedChange).toBe(total(2026, "PUBLIC_EMPLOYEE") - employees.baselineValue!);

    const percent = byCode.get("STAFF_CUT_CIVIL_SERVANT")!;
    expect(percent.targetLevel).toBeCloseTo(civil.baselineValue! * 0.95, 9);
  });

  it("keeps old Ninh Thuận's calibration: 1,654 → 1,627 civil servants, 11,763 → 11,297 employees, 214 streamlining cases", async () => {
    expect([await ninhThuan(2021, "CIVIL_SERVANT"), await ninhThuan(2024, "CIVIL_SERVANT")]).toEqual([1654, 1627]);
    expect([await ninhThuan(2021, "PUBLIC_EMPLOYEE"), await ninhThuan(2024, "PUBLIC_EMPLOYEE")]).toEqual([11763, 11297]);
    const cases = await demo.db.staffingQuota.aggregate({ where: { year: { gte: 2022, lte: 2024 }, agency: { code: { in: NINH_THUAN } } }, _sum: { streamlined: true } });
    expect(cases._sum.streamlined).toBe(214);
  });

  it("counts the streamlining cases by year and level", async () => {
    const counts = await staffing.getStreamliningByYearAndLevel(leader);
    for (const year of [2022, 2024, 2026]) {
      expect(counts.filter((c) => c.year === year).reduce((sum, c) => sum + c.cases, 0)).toBe(STAFFING_ROWS.filter((r) => r.year === year).reduce((sum, r) => sum + r.streamlined, 0));
    }
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
    const expected = new Set(STAFFING_ROWS.filter((r) => r.year === 2024 && r.actualHeadcount > r.quota).map((r) => r.agencyCode));
    expect(OVER_QUOTA.every(([code]) => expected.has(code))).toBe(true);
    const nameOf = new Map(AGENCIES.map((a) => [a.code, a.name]));
    expect(over.map((row) => row.agency.name).sort()).toEqual([...expected].map((code) => nameOf.get(code)!).sort());
    const all = await staffing.listStaffingRows(leader, { year: 2024 });
    const agencyId = over[0]!.agencyId;
    const own = await staffing.listStaffingRows({ userId: 2, role: "AGENCY", agencyId }, { year: 2024 });
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((row) => row.agencyId === agencyId)).toBe(true);
    expect(all.length).toBeGreaterThan(own.length);
  });
});
