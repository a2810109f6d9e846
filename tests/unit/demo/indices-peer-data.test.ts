// The published scores as the demo loads them (reference/indices.md §7): old Ninh Thuận's and old
// Khánh Hòa's stay theirs; the merged province's DTI 2024 is recalculated and ranked out of 34.
import { describe, expect, it } from "vitest";
import { PEER_SCORES } from "@/lib/demo/indices-peer-data";
import { INDEX_DEFINITIONS, INDEX_SCORES, KHANH_HOA_OLD, NINH_THUAN } from "@/lib/demo/indices-data";

describe("scores of the former provinces and of today's", () => {
  it("keep every rank within its denominator and every score within its index's maximum", () => {
    for (const p of INDEX_SCORES) {
      const max = INDEX_DEFINITIONS.find((d) => d.code === p.indexCode)?.maxScore ?? 0;
      if (p.score !== null) expect(p.score).toBeLessThanOrEqual(max);
      if (p.rank !== null) expect(p.rank).toBeLessThanOrEqual(p.rankOf ?? 0);
      expect(p.source).toMatch(/https:\/\//);
    }
  });

  it("record old Khánh Hòa's confirmed figures as its own, and old Ninh Thuận's as its own", () => {
    const find = (province: string, code: string, year: number) => INDEX_SCORES.find((p) => p.formerProvince === province && p.indexCode === code && p.year === year);
    expect(find(KHANH_HOA_OLD, "PAR_INDEX", 2024)).toMatchObject({ score: 90.49, rank: 10, rankOf: 63, recalculated: false });
    expect(find(KHANH_HOA_OLD, "PAPI", 2023)).toMatchObject({ score: 44.9419, rank: 8, rankOf: 61 });
    expect(find(KHANH_HOA_OLD, "SIPAS", 2023)?.rank).toBeNull();
    expect(find(NINH_THUAN, "PAPI", 2022)).toMatchObject({ score: 46.0002, rank: 4, rankOf: 63 });
  });

  it("give the merged province DTI 2024, recalculated after the merger and ranked out of 34", () => {
    expect(INDEX_SCORES.filter((p) => p.formerProvince === "")).toEqual([
      expect.objectContaining({ indexCode: "DTI", year: 2024, score: 0.7071, rank: 16, rankOf: 34, recalculated: true }),
    ]);
  });

  it("hold one row per index, province and year, and no other province's for comparison", () => {
    const keys = INDEX_SCORES.map((p) => `${p.indexCode}|${p.formerProvince}|${p.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(PEER_SCORES).toEqual([]);
  });
});
