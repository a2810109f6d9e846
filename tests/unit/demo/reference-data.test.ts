import { describe, it, expect } from "vitest";
import { AGENCIES, COMMUNES, DEMO_USERS, DISTRICTS } from "@/lib/demo/organisation";
import { RANKING_GROUPS } from "@/lib/demo/reference-data";
import {
  AGENCY_ASSESSMENTS, COMPONENT_OWNERS, COMPONENT_SCORES, INDEX_COMPONENTS, INDEX_DEFINITIONS, INDEX_SCORES,
  RATING_BANDS, SERVICE_UNIT_AUTONOMY, STAFFING_ROWS, TARGETS, ratingFor,
} from "@/lib/demo/reference-data";

const agencyCodes = new Set(AGENCIES.map((a) => a.code));

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

const ntCodes = new Set(AGENCIES.filter((a) => a.territory === "NT").map((a) => a.code));
const NT_ROWS = STAFFING_ROWS.filter((r) => ntCodes.has(r.agencyCode));

/** Old Ninh Thuận's totals: the calibration (DESIGN §5.4). */
function quotaTotal(year: number, category: string): number {
  return sum(NT_ROWS.filter((r) => r.year === year && r.category === category).map((r) => r.quota));
}

describe("organisation", () => {
  it("has old Ninh Thuận's 65 communes under its 7 districts", () => {
    expect(DISTRICTS).toHaveLength(7);
    expect(COMMUNES).toHaveLength(65);
    const districtCodes = new Set(DISTRICTS.map((d) => d.code));
    for (const c of COMMUNES) expect(districtCodes.has(c.parentCode ?? "")).toBe(true);
  });

  it("has unique ASCII agency codes and existing parents", () => {
    expect(agencyCodes.size).toBe(AGENCIES.length);
    for (const a of AGENCIES) {
      expect(a.code).toMatch(/^[A-Z0-9-]{2,32}$/);
      expect(a.code.length).toBeLessThanOrEqual(32);
      if (a.parentCode !== undefined) expect(agencyCodes.has(a.parentCode)).toBe(true);
    }
  });

  it("gives every agency-bound demo user an existing agency", () => {
    for (const u of DEMO_USERS) {
      if (u.role === "AGENCY") expect(u.agencyCode).toBeDefined();
      if (u.agencyCode !== undefined) expect(agencyCodes.has(u.agencyCode)).toBe(true);
    }
    expect(new Set(DEMO_USERS.map((u) => u.username)).size).toBe(DEMO_USERS.length);
  });
});

describe("staffing", () => {
  it("reproduces the 2021 and 2024 province totals", () => {
    expect(quotaTotal(2021, "CIVIL_SERVANT")).toBe(1654);
    expect(quotaTotal(2021, "PUBLIC_EMPLOYEE")).toBe(11763);
    expect(quotaTotal(2024, "CIVIL_SERVANT")).toBe(1627);
    expect(quotaTotal(2024, "PUBLIC_EMPLOYEE")).toBe(11297);
  });

  it("reproduces the 27 / 466 cuts and their percentages", () => {
    const cs = quotaTotal(2021, "CIVIL_SERVANT") - quotaTotal(2024, "CIVIL_SERVANT");
    const pe = quotaTotal(2021, "PUBLIC_EMPLOYEE") - quotaTotal(2024, "PUBLIC_EMPLOYEE");
    expect(cs).toBe(27);
    expect(pe).toBe(466);
    expect(((cs / 1654) * 100).toFixed(2)).toBe("1.63");
    expect(((pe / 11763) * 100).toFixed(2)).toBe("3.96");
  });

  it("has 214 streamlining cases over 2022–2024", () => {
    expect(sum(NT_ROWS.filter((r) => r.year >= 2022 && r.year <= 2024).map((r) => r.streamlined))).toBe(214);
  });

  it("carries the old units' 2025 quotas into today's units in 2026, less a cut, under the province's targets", () => {
    const total = (year: number, category: string) => sum(STAFFING_ROWS.filter((r) => r.year === year && r.category === category).map((r) => r.quota));
    const codesOf2026 = new Set(STAFFING_ROWS.filter((r) => r.year === 2026).map((r) => r.agencyCode));
    expect([...codesOf2026].every((code) => AGENCIES.find((a) => a.code === code)!.validTo === null)).toBe(true);
    // each category carried on as it was (the targets are on the 2021 civil servants), less the year's cut
    for (const category of ["CIVIL_SERVANT", "COMMUNE_OFFICIAL"]) {
      expect(total(2026, category)).toBeLessThan(total(2025, category));
      expect(total(2026, category)).toBeGreaterThan(total(2025, category) * 0.98);
    }
    expect(total(2026, "CIVIL_SERVANT")).toBeLessThan(total(2021, "CIVIL_SERVANT"));
    expect(total(2026, "PUBLIC_EMPLOYEE")).toBeLessThan(total(2021, "PUBLIC_EMPLOYEE") * 0.95);
  });

  it("never lets an agency's quota grow, and shows 2–3 over-quota agencies in old Ninh Thuận", () => {
    const over = new Set(NT_ROWS.filter((r) => r.actualHeadcount > r.quota).map((r) => r.agencyCode));
    expect(over.size).toBeGreaterThanOrEqual(2);
    expect(over.size).toBeLessThanOrEqual(3);
    for (const r of STAFFING_ROWS) {
      const prev = STAFFING_ROWS.find((p) => p.agencyCode === r.agencyCode && p.category === r.category && p.year === r.year - 1);
      if (prev !== undefined) expect(r.quota).toBeLessThanOrEqual(prev.quota);
      expect(agencyCodes.has(r.agencyCode)).toBe(true);
    }
  });

  it("keeps the 2022–2026 plan as targets", () => {
    const value = (code: string): number | undefined => TARGETS.find((t) => t.code === code)?.value;
    // old Ninh Thuận's published plan, plus old Khánh Hòa's (illustrative)
    expect(value("STAFF_QUOTA_2026_CIVIL_SERVANT")).toBe(1571 + 1909);
    expect(value("STAFF_QUOTA_2026_PUBLIC_EMPLOYEE")).toBe(10587 + 19665);
    expect(1654 - 1571).toBe(83);
    expect(11763 - 10587).toBe(1176);
  });

  it("has autonomy counts of 380 (2021) and 369 (2024), nothing for 2022–2023", () => {
    const total = (year: number): number => sum(SERVICE_UNIT_AUTONOMY.filter((a) => a.year === year).map((a) => a.units));
    expect(total(2021)).toBe(380);
    expect(total(2024)).toBe(369);
    expect(SERVICE_UNIT_AUTONOMY.filter((a) => a.year === 2022 || a.year === 2023)).toHaveLength(0);
  });
});

describe("indices", () => {
  const maxOf = new Map(INDEX_DEFINITIONS.map((d) => [d.code, d.maxScore]));
  const componentMax = new Map(INDEX_COMPONENTS.map((c) => [`${c.indexCode}|${c.code}`, c.maxScore]));

  it("has no score above its maximum and every rank within rankOf", () => {
    for (const s of INDEX_SCORES) {
      const max = maxOf.get(s.indexCode);
      expect(max).toBeDefined();
      if (s.score !== null) expect(s.score).toBeLessThanOrEqual(max ?? 0);
      if (s.rank !== null) {
        expect(s.rankOf).not.toBeNull();
        expect(s.rank).toBeLessThanOrEqual(s.rankOf ?? 0);
      }
      expect(s.source.length).toBeGreaterThan(0);
    }
    const keys = INDEX_SCORES.map((s) => `${s.indexCode}|${s.formerProvince}|${s.year}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("has no component score above its component's maximum", () => {
    for (const s of COMPONENT_SCORES) {
      const max = componentMax.get(`${s.indexCode}|${s.componentCode}`);
      expect(max).toBeDefined();
      expect(s.score).toBeLessThanOrEqual(max ?? 0);
    }
  });

  it("sums component maxima to the index maximum when the total is a sum", () => {
    for (const d of INDEX_DEFINITIONS.filter((x) => x.totalIsSum)) {
      expect(sum(INDEX_COMPONENTS.filter((c) => c.indexCode === d.code).map((c) => c.maxScore))).toBeCloseTo(d.maxScore, 6);
    }
  });

  it("has owners that exist and at most one LEAD per component", () => {
    const leads = new Map<string, number>();
    for (const o of COMPONENT_OWNERS) {
      expect(agencyCodes.has(o.agencyCode)).toBe(true);
      expect(componentMax.has(`${o.indexCode}|${o.componentCode}`)).toBe(true);
      if (o.role === "LEAD") {
        const key = `${o.indexCode}|${o.componentCode}`;
        leads.set(key, (leads.get(key) ?? 0) + 1);
      }
    }
    for (const n of leads.values()) expect(n).toBeLessThanOrEqual(1);
    const pairs = COMPONENT_OWNERS.map((o) => `${o.indexCode}|${o.componentCode}|${o.agencyCode}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});

describe("assessments", () => {
  it("ranks within the year's groups: the old provinces' own until 2024, sở/ngành and xã/phường/đặc khu from 2025", () => {
    const groupsOf = (year: number) => RANKING_GROUPS.filter((g) => g.year === year).map((g) => g.code);
    expect(groupsOf(2024)).toEqual(["NT-SBN", "NT-HUYEN", "KH-SBN", "KH-HUYEN"]);
    expect(groupsOf(2025)).toEqual(["SBN", "XA"]);
    for (const g of RANKING_GROUPS) {
      const ranks = AGENCY_ASSESSMENTS.filter((a) => a.year === g.year && g.members.includes(a.agencyCode)).map((a) => a.rank).sort((x, y) => x - y);
      if (ranks.length > 0) expect(ranks).toEqual(g.members.map((_, i) => i + 1));
    }
    const members = RANKING_GROUPS.flatMap((g) => g.members.map((code) => `${g.year}|${code}`));
    expect(new Set(members).size).toBe(members.length);
  });

  it("rates every department and district each year with the year's bands", () => {
    for (const a of AGENCY_ASSESSMENTS) {
      expect(a.appraisedScore).toBeGreaterThanOrEqual(0);
      expect(a.selfScore).toBeLessThanOrEqual(100);
      expect(a.rating).toBe(ratingFor(a.year, a.appraisedScore, RATING_BANDS));
    }
    const keys = AGENCY_ASSESSMENTS.map((a) => `${a.agencyCode}|${a.year}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("has one department three years 'Trung bình' and one district two years 'Yếu'", () => {
    const ratings = (code: string): string[] =>
      AGENCY_ASSESSMENTS.filter((a) => a.agencyCode === code).sort((x, y) => x.year - y.year).map((a) => a.rating);
    expect(ratings("BDT").slice(1)).toEqual(["AVERAGE", "AVERAGE", "AVERAGE"]);
    expect(ratings("H-BA").slice(2)).toEqual(["WEAK", "WEAK"]);
  });
});
