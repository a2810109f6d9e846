// The drill-down's URL parameters: whole-month periods, known channels and levels, known sort
// columns; anything else falls back to the defaults. Flag forms: a note and a known target.
import { describe, expect, it } from "vitest";
import { createFlagSchema, drillSearch, parseDrillQuery, parseId, parsePageParam, resolveFlagSchema } from "@/lib/validations/dossiers";
import { periodKey } from "@/lib/metrics/periods";

const SORT = { key: "lateRate", dir: "desc" } as const;

describe("parseDrillQuery", () => {
  it("reads period, channel, level and sort", () => {
    const query = parseDrillQuery({ period: "2024-05", channel: "ONLINE", level: "COMMUNE", sort: "received", dir: "asc" }, "2024-08-31", SORT);
    expect(periodKey(query.period)).toBe("2024-05");
    expect(query).toMatchObject({ channel: "ONLINE", level: "COMMUNE", sort: { key: "received", dir: "asc" } });
  });

  it("falls back to the latest complete quarter and the default sort on bad input", () => {
    const query = parseDrillQuery({ period: "2024-01-15_2024-03-31", channel: "FAX", level: "x", sort: "drop table", dir: "up" }, "2024-08-31", SORT);
    expect(periodKey(query.period)).toBe("2024-Q2");
    expect(query.channel).toBeUndefined();
    expect(query.level).toBeUndefined();
    expect(query.sort).toEqual(SORT);
  });

  it("round-trips through drillSearch", () => {
    const query = parseDrillQuery({ period: "2023", channel: "POSTAL", sort: "name", dir: "asc" }, "2024-08-31", SORT);
    const params = Object.fromEntries(new URLSearchParams(drillSearch(query, { view: "district" })));
    expect(params).toEqual({ period: "2023", channel: "POSTAL", sort: "name", dir: "asc", view: "district" });
    expect(parseDrillQuery(params, "2024-08-31", SORT)).toEqual(query);
  });
});

describe("ids and pages", () => {
  it("accepts positive integers only", () => {
    expect(parseId("42")).toBe(42);
    for (const bad of [undefined, "", "0", "-1", "1e3", "12a", "9999999999"]) expect(parseId(bad)).toBeNull();
    expect(parsePageParam({ page: "1000" })).toBe(1000);
    expect(parsePageParam({ page: "abc" })).toBe(1);
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
    expect(blank.error?.issues[0]?.message).toBe("Nhập ghi chú cho cờ thanh tra.");
    expect(createFlagSchema.safeParse({ target: "AGENCY", targetId: "3", note: "x".repeat(2001) }).success).toBe(false);
  });

  it("resolves with an optional note", () => {
    expect(resolveFlagSchema.parse({ flagId: "5" })).toEqual({ flagId: 5, resolutionNote: "" });
  });
});
