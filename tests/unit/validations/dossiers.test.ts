// The drill-down's URL parameters: whole-month periods, known channels and levels, known sort
// columns; anything else is refused. Flag forms: a note and a known target.
import { describe, expect, it } from "vitest";
import { messageOfIssue } from "@/lib/validations/issue-messages";
import { createFlagSchema, resolveFlagSchema } from "@/lib/validations/dossiers";
import { dossierListParams, drillParams, drillSearch } from "@/lib/validations/dossier-params";
import { readSearchParams } from "@/lib/validations/search-params";
import { periodKey } from "@/lib/metrics/periods";

const SORT = { key: "lateRate", dir: "desc" } as const;

const SPAN = { firstYear: 2021, asOf: "2024-08-31" };
const drill = (params: Record<string, string | undefined>) => readSearchParams(drillParams(SPAN, SORT), params);

describe("drillParams", () => {
  it("reads period, channel, level and sort", () => {
    const result = drill({ period: "2024-05", channel: "ONLINE", level: "COMMUNE", sort: "received", dir: "asc" });
    expect(result.ok && periodKey(result.data.period)).toBe("2024-05");
    expect(result).toMatchObject({ ok: true, data: { channel: "ONLINE", level: "COMMUNE", sort: { key: "received", dir: "asc" } } });
  });

  it("defaults to the latest complete quarter and the page's sort", () => {
    const result = drill({});
    expect(result.ok && periodKey(result.data.period)).toBe("2024-Q2");
    expect(result).toMatchObject({ ok: true, data: { sort: SORT } });
  });

  it("refuses what it cannot read: a range that cuts months, unknown channels, levels and sorts", () => {
    for (const params of [{ period: "2024-01-15_2024-03-31" }, { period: "0000" }, { channel: "FAX" }, { level: "x" }, { sort: "drop table" }, { dir: "up" }]) {
      expect(drill(params).ok, JSON.stringify(params)).toBe(false);
    }
  });

  it("round-trips through drillSearch", () => {
    const result = drill({ period: "2023", channel: "POSTAL", sort: "name", dir: "asc" });
    if (!result.ok) throw new Error(result.messages.join());
    const params = Object.fromEntries(new URLSearchParams(drillSearch(result.data, { view: "district" })));
    expect(params).toEqual({ period: "2023", channel: "POSTAL", sort: "name", dir: "asc", view: "district" });
    expect(drill(params)).toEqual(result);
  });
});

describe("the dossier list's parameters", () => {
  const list = (params: Record<string, string | undefined>) => readSearchParams(dossierListParams(SPAN), params);

  it("takes any period of the data, every dossier by default, ids within int4 and a page below the ceiling", () => {
    const all = list({});
    expect(all.ok && all.data.query.period).toEqual({ kind: "range", from: "2021-01-01", to: "2024-08-31" });
    expect(list({ period: "2024-01-15_2024-03-10", agency: "5", page: "3" })).toMatchObject({ ok: true, data: { agency: 5, page: 3 } });
    for (const params of [{ agency: "2147483648" }, { procedure: "0" }, { page: "999999" }, { cursor: "x" }, { status: "all" }]) {
      expect(list(params).ok, JSON.stringify(params)).toBe(false);
    }
  });
});

describe("flag schemas", () => {
  it("needs a known target, a positive id and a note", () => {
    expect(createFlagSchema.safeParse({ target: "DOSSIER", targetId: "7", note: "  Trễ hạn không có thư xin lỗi " }).data).toEqual({
      target: "DOSSIER",
      targetId: 7,
      note: "Trễ hạn không có thư xin lỗi",
    });
    expect(createFlagSchema.safeParse({ target: "USER", targetId: "7", note: "x" }).success).toBe(false);
    expect(createFlagSchema.safeParse({ target: "AGENCY", targetId: "0", note: "x" }).success).toBe(false);
    const blank = createFlagSchema.safeParse({ target: "AGENCY", targetId: "3", note: "   " });
    expect(messageOfIssue(blank.error!.issues[0]!)).toBe("Nhập ghi chú cho cờ thanh tra.");
    expect(createFlagSchema.safeParse({ target: "AGENCY", targetId: "3", note: "x".repeat(2001) }).success).toBe(false);
  });

  it("resolves with an optional note", () => {
    expect(resolveFlagSchema.parse({ flagId: "5" })).toEqual({ flagId: 5, resolutionNote: "" });
  });
});
