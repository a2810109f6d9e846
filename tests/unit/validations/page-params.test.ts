// The pages' URL schemas and the table proxy.ts reads them from: every page that reads its
// `searchParams` has a row, and each page's parameters come out bounded or are refused.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { quarterPeriod, rangePeriod, yearPeriod } from "@/lib/metrics/periods";
import { assessmentBoardParams } from "@/lib/validations/assessments";
import { complianceParams, flagListParams, heatMapParams, provinceDrillParams } from "@/lib/validations/dossier-params";
import { indexYearParams } from "@/lib/validations/indices";
import { pageParamsSchema } from "@/lib/validations/page-params";
import { reportBoardParams } from "@/lib/validations/reports";
import { scorecardParams } from "@/lib/validations/scorecard";
import { readSearchParams } from "@/lib/validations/search-params";
import { staffingParams } from "@/lib/validations/staffing";

const SPAN = { firstYear: 2021, asOf: "2024-08-31" };

/** Every page.tsx (and route.ts) under app/(app), as the URL it serves ("[id]" becomes "1"). */
function appRoutes(dir = path.join(process.cwd(), "app/(app)"), segments: string[] = []): { url: string; file: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      const segment = /^\(.*\)$/.test(name) ? null : /^\[.*\]$/.test(name) ? "1" : name;
      return appRoutes(full, segment === null ? segments : [...segments, segment]);
    }
    return name === "page.tsx" || name === "route.ts" ? [{ url: `/${segments.join("/")}`, file: full }] : [];
  });
}

describe("the proxy's table of page parameters", () => {
  const routes = appRoutes();

  it("finds the pages", () => {
    expect(routes.length).toBeGreaterThan(30);
  });

  it("has a row for every page that reads its search parameters, and for the compliance export", () => {
    const reading = routes.filter(({ file }) => /searchParams/.test(readFileSync(file, "utf8")));
    expect(reading.map((r) => r.url)).toContain("/dossiers/compliance/export");
    for (const { url } of reading) expect(pageParamsSchema(url), url).toBeDefined();
  });

  it("leaves pages without parameters alone", () => {
    expect(pageParamsSchema("/admin/periods")).toBeUndefined();
    expect(pageParamsSchema("/scorecard/extra")).toBeUndefined();
  });
});

describe("the scorecard", () => {
  const read = (params: Record<string, string | undefined>) => readSearchParams(scorecardParams(SPAN), params);

  it("defaults to the latest complete quarter, worst agencies first, the league short", () => {
    expect(read({})).toEqual({ ok: true, data: { period: quarterPeriod(2024, 2), sort: { key: "late", direction: "desc" }, units: "today", league: null } });
    expect(read({ units: "time" })).toMatchObject({ ok: true, data: { units: "time" } });
    expect(read({ units: "then" }).ok).toBe(false);
  });

  it("reads a quarter, a year, a date range and a sort", () => {
    expect(read({ period: "2023-Q4" })).toMatchObject({ ok: true, data: { period: quarterPeriod(2023, 4) } });
    expect(read({ period: "2023" })).toMatchObject({ ok: true, data: { period: yearPeriod(2023) } });
    expect(read({ from: "2024-01-15", to: "2024-03-31" })).toMatchObject({ ok: true, data: { period: rangePeriod("2024-01-15", "2024-03-31") } });
    expect(read({ sort: "tasks" })).toMatchObject({ ok: true, data: { sort: { key: "tasks", direction: "asc" } } });
    expect(read({ sort: "rating", dir: "desc" })).toMatchObject({ ok: true, data: { sort: { key: "rating", direction: "desc" } } });
  });

  it("refuses year 9999 (the out-of-memory), year 0, a quarter 5, a reversed range and unknown sorts", () => {
    for (const params of [{ period: "9999" }, { period: "0000" }, { period: "2024-Q5" }, { from: "2024-03-31", to: "2024-01-01" }, { sort: "drop table" }, { dir: "sideways" }]) {
      expect(read(params).ok, JSON.stringify(params)).toBe(false);
    }
  });
});

describe("the scorecard's period picker against the data's day (DESIGN §5.2a)", () => {
  const DEMO = { firstYear: 2021, asOf: "2026-11-20" };
  const read = (params: Record<string, string | undefined>) => readSearchParams(scorecardParams(DEMO), params);

  it("takes the running quarter and year (read to the data's day) and a range that ends on it", () => {
    expect(read({ period: "2026-Q4" })).toMatchObject({ ok: true, data: { period: quarterPeriod(2026, 4) } });
    expect(read({ period: "2026" })).toMatchObject({ ok: true, data: { period: yearPeriod(2026) } });
    expect(read({ from: "2026-10-01", to: "2026-11-20" })).toMatchObject({ ok: true, data: { period: rangePeriod("2026-10-01", "2026-11-20") } });
  });

  it("refuses, in Vietnamese, a range that ends after the data's day or starts before the data begin", () => {
    expect(read({ from: "2026-10-01", to: "2026-11-21" })).toEqual({
      ok: false,
      messages: ["Tham số “to”: Khoảng ngày phải kết thúc chậm nhất vào ngày có số liệu 20/11/2026 (đã chọn đến 21/11/2026)."],
    });
    const early = read({ from: "2020-12-31", to: "2021-01-31" });
    expect(early.ok).toBe(false);
    expect(early.ok ? "" : early.messages.join(" ")).toContain("01/01/2021");
    expect(read({ period: "2020-12-31_2021-01-31" }).ok).toBe(false);
    expect(read({ period: "2026-11-01_2026-12-31" }).ok).toBe(false);
  });
});

describe("the other pages", () => {
  it("keep the heat map's year within the data, a page of its agencies at a time", () => {
    expect(readSearchParams(heatMapParams(SPAN), {})).toEqual({ ok: true, data: { year: 2024, view: "today", paging: { page: 1, size: 20 } } });
    expect(readSearchParams(heatMapParams(SPAN), { year: "2021", units: "time", page: "3", size: "50" })).toEqual({ ok: true, data: { year: 2021, view: "time", paging: { page: 3, size: 50 } } });
    for (const bad of [{ page: "0" }, { size: "7" }]) expect(readSearchParams(heatMapParams(SPAN), bad).ok, JSON.stringify(bad)).toBe(false);
    for (const year of ["2020", "2025", "9999", "0000"]) expect(readSearchParams(heatMapParams(SPAN), { year }).ok, year).toBe(false);
  });

  it("keep yearly records' years from 2000 to the year after the data's", () => {
    expect(readSearchParams(staffingParams(SPAN), { year: "2025", over: "1" })).toEqual({ ok: true, data: { year: 2025, over: true, units: "today" } });
    expect(readSearchParams(indexYearParams(SPAN), { year: "2006" })).toEqual({ ok: true, data: { year: 2006 } });
    for (const year of ["1999", "2026", "9999"]) {
      expect(readSearchParams(staffingParams(SPAN), { year }).ok, year).toBe(false);
      expect(readSearchParams(assessmentBoardParams(SPAN), { year }).ok, year).toBe(false);
    }
  });

  it("take a quarter on the report pages, a known list on the compliance pages, a known grouping and flag state", () => {
    expect(readSearchParams(reportBoardParams(SPAN), { period: "2025-Q1" })).toMatchObject({ ok: true, data: { period: quarterPeriod(2025, 1) } });
    expect(readSearchParams(reportBoardParams(SPAN), { period: "2024" }).ok).toBe(false);
    expect(readSearchParams(reportBoardParams(SPAN), { period: "9999-Q1" }).ok).toBe(false);
    expect(readSearchParams(complianceParams(SPAN), {})).toMatchObject({ ok: true, data: { list: "noApology", period: quarterPeriod(2024, 2) } });
    expect(readSearchParams(complianceParams(SPAN), { list: "all" }).ok).toBe(false);
    expect(readSearchParams(provinceDrillParams(SPAN), { view: "district" })).toMatchObject({ ok: true, data: { view: "district" } });
    expect(readSearchParams(provinceDrillParams(SPAN), { view: "commune" }).ok).toBe(false);
    expect(readSearchParams(flagListParams(), { status: "all" })).toEqual({ ok: true, data: { status: "all" } });
    expect(readSearchParams(flagListParams(), { status: "CLOSED" }).ok).toBe(false);
  });
});
