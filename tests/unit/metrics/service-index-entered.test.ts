// The Decision 766 indicators Home Affairs enters (issue 21): the range of a value, N/A, the source,
// which period's entry a period uses, and how the entries change the index — on the hand-made week
// of service-index.test.ts, whose computed figures are worked out there.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { messageOfIssue } from "@/lib/validations/issue-messages";
import { countDossiers, EMPTY_DOSSIER_COUNTS } from "@/lib/metrics/dossiers";
import { enteredCodes, entryPeriodKeys, pickEntries, sumEntries, validateEntry } from "@/lib/service-index/entered";
import { indexInputs } from "@/lib/service-index/inputs";
import { computeServiceIndex, DEFAULT_CONFIG } from "@/lib/service-index/model";
import { parseIndexPeriod, weekPeriod } from "@/lib/service-index/periods";
import { publishedIndexSchema, serviceIndexEntrySchema } from "@/lib/validations/service-index-entry";
import { vi } from "@/lib/i18n/messages/vi";
import { WEEK } from "./service-index-week";

const def = (code: string) => DEFAULT_CONFIG.indicators.find((i) => i.code === code);
const counts = countDossiers(WEEK, weekPeriod(2026, 47)!);
const catalogue = { active: 10, online: 9 };

describe("the range of an entered value", () => {
  const ok = { numerator: 9, denominator: 10, source: "Báo cáo CSDL quốc gia về TTHC, tháng 11/2026" };

  it("takes whole counts with numerator ≤ denominator, and a source", () => {
    expect(validateEntry(def("1.2"), ok)).toEqual([]);
    expect(validateEntry(def("1.2"), { ...ok, numerator: 10 })).toEqual([]); // 100 %
    expect(validateEntry(def("1.2"), { ...ok, numerator: 11 })).toEqual([{ field: "numerator", kind: "aboveDenominator" }]);
    expect(validateEntry(def("1.2"), { ...ok, numerator: -1 })).toEqual([{ field: "numerator", kind: "notCount" }]);
    expect(validateEntry(def("1.2"), { ...ok, denominator: 2.5 })).toEqual([{ field: "denominator", kind: "notCount" }]);
    expect(validateEntry(def("1.2"), { ...ok, source: "   " })).toEqual([{ field: "source", kind: "sourceMissing" }]);
    expect(validateEntry(def("1.2"), { ...ok, source: "x".repeat(501) })).toEqual([{ field: "source", kind: "sourceTooLong" }]);
  });

  it("accepts 0 / 0 (not applicable that period) and refuses a computed or unknown indicator", () => {
    expect(validateEntry(def("5.2"), { ...ok, numerator: 0, denominator: 0 })).toEqual([]);
    expect(validateEntry(def("2.1"), ok)).toEqual([{ field: "code", kind: "notEntered" }]);
    expect(validateEntry(undefined, ok)).toEqual([{ field: "code", kind: "notEntered" }]);
    expect(enteredCodes()).toEqual(["1.1", "1.2", "1.3", "3.5", "3.6", "4.3", "5.2", "5.3"]);
  });
});

describe("the entered values in the index of the hand-made week", () => {
  const score = (entered: Map<string, { numerator: number; denominator: number }>) => computeServiceIndex(indexInputs(counts, catalogue, entered));

  it("scores nothing entered as not assessed", () => {
    // computed only: 38.89 of 60 assessable points → 64.82
    expect(score(new Map())).toMatchObject({ earned: 38.89, assessable: 60, score: 64.82 });
  });

  it("scores an entered value by the target rule instead of “not entered”", () => {
    // 1.2 = 9/10 without a target: 0.9 × 4 = 3.6 → 42.49 of 64 → 66.39 (as service-index.test.ts)
    const one = score(new Map([["1.2", { numerator: 9, denominator: 10 }]]));
    expect(one.indicators.find((i) => i.def.code === "1.2")?.points).toBe(3.6);
    expect(one).toMatchObject({ earned: 42.49, assessable: 64, score: 66.39 });
    // 3.5 = 4/5 = 80 % at its 80 % target: full 5 points → 47.49 of 69 → 68.83
    const two = score(new Map([["1.2", { numerator: 9, denominator: 10 }], ["3.5", { numerator: 4, denominator: 5 }]]));
    expect(two.indicators.find((i) => i.def.code === "3.5")?.points).toBe(5);
    expect(two).toMatchObject({ earned: 47.49, assessable: 69, score: 68.83 });
  });

  it("leaves an N/A entry (denominator 0) out of the points assessed, and ignores an entry for a computed indicator", () => {
    const na = score(new Map([["5.2", { numerator: 0, denominator: 0 }], ["2.1", { numerator: 1, denominator: 1 }]]));
    const entry = na.indicators.find((i) => i.def.code === "5.2")!;
    expect(entry).toMatchObject({ fraction: { numerator: 0, denominator: 0 }, rate: null, points: null, lost: 0 });
    expect(na.indicators.find((i) => i.def.code === "2.1")?.points).toBe(13.33);
    expect(na).toMatchObject({ earned: 38.89, assessable: 60, score: 64.82 });
    expect(computeServiceIndex(indexInputs(EMPTY_DOSSIER_COUNTS, { active: 0, online: 0 }, new Map([["5.2", { numerator: 0, denominator: 0 }]]))).score).toBeNull();
  });
});

describe("which period's entry applies", () => {
  const keys = (key: string) => entryPeriodKeys(parseIndexPeriod(key)!);

  it("is the period's own, then the month, quarter and year wholly around it", () => {
    expect(keys("2026-W47")).toEqual(["2026-W47", "2026-11", "2026-Q4", "2026"]);
    // Monday 26/10 – Sunday 01/11: across two months, inside the fourth quarter
    expect(keys("2026-W44")).toEqual(["2026-W44", "2026-Q4", "2026"]);
    // Monday 29/12/2025 – Sunday 04/01/2026: inside no month, quarter or year
    expect(keys("2026-W01")).toEqual(["2026-W01"]);
    expect(keys("2026-11")).toEqual(["2026-11", "2026-Q4", "2026"]);
    expect(keys("2026")).toEqual(["2026"]);
  });

  it("picks the most specific entry of each code, and sums the units' entries for the province", () => {
    const entries = [
      { code: "1.2", periodKey: "2026-Q4", numerator: 1, denominator: 2 },
      { code: "1.2", periodKey: "2026-11", numerator: 3, denominator: 4 },
      { code: "5.2", periodKey: "2026", numerator: 5, denominator: 5 },
      { code: "5.3", periodKey: "2026-10", numerator: 1, denominator: 1 },
    ];
    const picked = pickEntries(entries, keys("2026-W47"));
    expect([...picked.entries()].map(([code, e]) => [code, e.periodKey])).toEqual([["1.2", "2026-11"], ["5.2", "2026"]]);
    const other = new Map([["1.2", { numerator: 7, denominator: 10 }]]);
    expect(sumEntries([picked, other])).toEqual(new Map([["1.2", { numerator: 10, denominator: 14 }], ["5.2", { numerator: 5, denominator: 5 }]]));
  });
});

describe("the entry forms' schemas", () => {
  const form = { intent: "service-index-entry", agencyId: "12", period: "2026-11", code: "1.2", numerator: "9", denominator: "10", source: "Công văn 123/VPCP" };
  const messages = (result: { success: boolean; error?: z.ZodError }) =>
    Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), messageOfIssue(i)]));

  it("parses a good entry and refuses an empty post", () => {
    expect(serviceIndexEntrySchema.parse(form)).toEqual({ agencyId: 12, period: "2026-11", code: "1.2", numerator: 9, denominator: 10, source: "Công văn 123/VPCP" });
    expect(serviceIndexEntrySchema.safeParse({}).success).toBe(false);
  });

  it("says what is wrong in Vietnamese: range, counts, source, indicator, period", () => {
    expect(messages(serviceIndexEntrySchema.safeParse({ ...form, numerator: "11" }))).toEqual({ numerator: vi["serviceIndexEntry.error.aboveDenominator"] });
    expect(messages(serviceIndexEntrySchema.safeParse({ ...form, numerator: "9,5" }))).toEqual({ numerator: vi["serviceIndexEntry.error.count"] });
    expect(messages(serviceIndexEntrySchema.safeParse({ ...form, source: " " }))).toEqual({ source: vi["serviceIndexEntry.error.source"] });
    expect(messages(serviceIndexEntrySchema.safeParse({ ...form, code: "2.1" }))).toEqual({ code: vi["serviceIndexEntry.error.code"] });
    expect(messages(serviceIndexEntrySchema.safeParse({ ...form, period: "2026-13" }))).toEqual({ period: vi["serviceIndex.params.period"] });
  });

  it("refuses a published rank above its total and a score outside 0–100", () => {
    const published = { intent: "service-index-published", period: "2026-W47", score: "84,76", rank: "14", rankOf: "34", source: "dichvucong.gov.vn" };
    expect(publishedIndexSchema.parse(published)).toEqual({ period: "2026-W47", score: 84.76, rank: 14, rankOf: 34, source: "dichvucong.gov.vn" });
    expect(messages(publishedIndexSchema.safeParse({ ...published, rank: "35" }))).toEqual({ rank: vi["serviceIndexPublished.error.rankAbove"] });
    expect(messages(publishedIndexSchema.safeParse({ ...published, score: "100,5" }))).toEqual({ score: vi["serviceIndexPublished.error.score"] });
    expect(messages(publishedIndexSchema.safeParse({ ...published, score: "84,765" }))).toEqual({ score: vi["serviceIndexPublished.error.score"] });
  });
});
