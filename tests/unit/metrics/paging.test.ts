// Tables paged on the server (issue 19): the `?page=&size=` a URL carries (refused when it cannot
// be read, like every other parameter), the slice a page shows (a page past the end shows the last),
// and the league's short view and pages of groups.
import { describe, expect, it } from "vitest";
import { pageSlice, pagingSearch, FIRST_PAGE } from "@/lib/metrics/paging";
import { groupEnds, pageGroups, type GroupedRows } from "@/lib/org/groups";
import { drillParams, drillSearch } from "@/lib/validations/dossier-params";
import { scorecardParams } from "@/lib/validations/scorecard";
import { readSearchParams } from "@/lib/validations/search-params";

const SPAN = { firstYear: 2021, asOf: "2024-08-31" };
const drill = (params: Record<string, string | undefined>) => readSearchParams(drillParams(SPAN), params);
const rows = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

describe("the pager's parameters", () => {
  it("default to the first page of 20 rows", () => {
    expect(drill({})).toMatchObject({ ok: true, data: { paging: { page: 1, size: 20 } } });
    expect(drill({ page: "", size: "" })).toMatchObject({ ok: true, data: { paging: { page: 1, size: 20 } } });
  });

  it("read a page number and one of the sizes on offer", () => {
    expect(drill({ page: "3", size: "50" })).toMatchObject({ ok: true, data: { paging: { page: 3, size: 50 } } });
    expect(drill({ page: "10000", size: "100" })).toMatchObject({ ok: true, data: { paging: { page: 10_000, size: 100 } } });
  });

  it("refuse what they cannot read, with the reason", () => {
    for (const params of [{ page: "0" }, { page: "-1" }, { page: "2.5" }, { page: "10001" }, { page: "x" }, { size: "30" }, { size: "1000000" }, { size: "20abc" }]) {
      expect(drill(params).ok, JSON.stringify(params)).toBe(false);
    }
    const refused = drill({ size: "7" });
    expect(!refused.ok && refused.messages[0]).toBe("Tham số “size”: phải là một trong các số dòng mỗi trang: 20, 50, 100.");
  });

  it("are left out of a URL at their defaults, and round-trip otherwise", () => {
    expect(pagingSearch(FIRST_PAGE)).toEqual({ page: undefined, size: undefined });
    const read = drill({ period: "2024-Q2", page: "2", size: "50" });
    if (!read.ok) throw new Error(read.messages.join());
    const again = drill(Object.fromEntries(new URLSearchParams(drillSearch(read.data, pagingSearch(read.data.paging)))));
    expect(again).toEqual(read);
  });

  it("give the scorecard's league its whole table only when asked", () => {
    expect(readSearchParams(scorecardParams(SPAN), { page: "2" })).toMatchObject({ ok: true, data: { league: null } });
    expect(readSearchParams(scorecardParams(SPAN), { league: "all", page: "2" })).toMatchObject({ ok: true, data: { league: { page: 2, size: 20 } } });
    expect(readSearchParams(scorecardParams(SPAN), { league: "some" }).ok).toBe(false);
  });
});

describe("pageSlice", () => {
  it("shows the asked page's rows and where they stand", () => {
    expect(pageSlice(rows(45), { page: 2, size: 20 })).toEqual({ rows: rows(40).slice(20), page: 2, pages: 3, size: 20, total: 45, from: 21, to: 40 });
    expect(pageSlice(rows(45), { page: 3, size: 20 })).toMatchObject({ rows: [41, 42, 43, 44, 45], from: 41, to: 45 });
  });

  it("shows the last page for a page past the end, and one empty page for no rows", () => {
    expect(pageSlice(rows(45), { page: 9, size: 20 })).toMatchObject({ page: 3, pages: 3, from: 41, to: 45 });
    expect(pageSlice(rows(40), { page: 3, size: 20 })).toMatchObject({ page: 2, pages: 2, from: 21, to: 40 });
    expect(pageSlice([], { page: 2, size: 50 })).toEqual({ rows: [], page: 1, pages: 1, size: 50, total: 0, from: 0, to: 0 });
  });
});

describe("the league's groups", () => {
  const group = (code: string, count: number): GroupedRows<{ id: number }> => ({ group: { code, name: code, nameEn: null }, rows: rows(count).map((i) => ({ id: i, position: i })) });

  it("show each group's first and last three, a short group whole", () => {
    const [long, short] = groupEnds([group("A", 10), group("B", 7)], 3);
    expect(long!.rows.map((row) => row.position)).toEqual([1, 2, 3, 8, 9, 10]);
    expect(long!.hidden).toBe(4);
    expect(short!.rows).toHaveLength(7);
    expect(short!.hidden).toBe(0);
  });

  it("page through the groups in order, a group cut by the page break on both pages", () => {
    const parts = [group("A", 15), group("B", 10), { group: null, rows: [{ id: 99, position: 1 }] }];
    const second = pageGroups(parts, { page: 2, size: 20 });
    expect(second.parts.map((part) => [part.group?.code ?? null, part.rows.map((row) => row.position)])).toEqual([["B", [6, 7, 8, 9, 10]], [null, [1]]]);
    expect(second.slice).toMatchObject({ page: 2, pages: 2, total: 26, from: 21, to: 26 });
    const first = pageGroups(parts, { page: 1, size: 20 });
    expect(first.parts.map((part) => [part.group?.code, part.rows.length])).toEqual([["A", 15], ["B", 5]]);
  });
});
