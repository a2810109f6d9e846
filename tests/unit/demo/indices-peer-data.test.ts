// Khánh Hòa's published results as the demo loads them (reference/indices.md §7.1).
import { describe, expect, it } from "vitest";
import { PEER_SCORES } from "@/lib/demo/indices-peer-data";
import { INDEX_DEFINITIONS } from "@/lib/demo/indices-data";

describe("peer scores", () => {
  it("keep every rank within its denominator and every score within its index's maximum", () => {
    for (const p of PEER_SCORES) {
      const max = INDEX_DEFINITIONS.find((d) => d.code === p.indexCode)?.maxScore ?? 0;
      if (p.score !== null) expect(p.score).toBeLessThanOrEqual(max);
      if (p.rank !== null) expect(p.rank).toBeLessThanOrEqual(p.rankOf ?? 0);
      expect(p.source).toMatch(/^https:\/\//);
    }
  });

  it("record the confirmed figures", () => {
    const find = (code: string, year: number) => PEER_SCORES.find((p) => p.indexCode === code && p.year === year);
    expect(find("PAR_INDEX", 2024)).toMatchObject({ score: 90.49, rank: 10, rankOf: 63 });
    expect(find("PAPI", 2023)).toMatchObject({ score: 44.9419, rank: 8, rankOf: 61 });
    expect(find("DTI", 2024)).toMatchObject({ score: 0.7071, rank: 16, rankOf: 34 });
    expect(find("SIPAS", 2023)?.rank).toBeNull();
  });

  it("hold one row per index, province and year", () => {
    const keys = PEER_SCORES.map((p) => `${p.indexCode}|${p.province}|${p.year}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
