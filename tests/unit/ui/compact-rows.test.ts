import { describe, expect, it } from "vitest";
import { packAffixes, packDictionary, sortLinks, tableSort, textTable, unpackAffix, unpackDictionary } from "@/lib/ui/compact-rows";

const unpackAll = (values: readonly (string | null)[]) => {
  const packed = packAffixes(values);
  return values.map((_, i) => unpackAffix(packed, i));
};

describe("packAffixes", () => {
  it("sends the links' common start and end once and each row's part", () => {
    const links = ["/dossiers/agencies/54?period=2024-Q2", "/dossiers/agencies/7?period=2024-Q2", "/dossiers/agencies/123?period=2024-Q2"];
    expect(packAffixes(links)).toEqual({ prefix: "/dossiers/agencies/", suffix: "?period=2024-Q2", parts: ["54", "7", "123"] });
    expect(unpackAll(links)).toEqual(links);
  });

  it("never lets the prefix and the suffix overlap (aa, aaa)", () => {
    const values = ["aa", "aaa", "a"];
    const packed = packAffixes(values);
    expect(packed.prefix.length + packed.suffix.length).toBeLessThanOrEqual(1);
    expect(unpackAll(values)).toEqual(values);
  });

  it("keeps rows without a link, a single value whole, and the empty list", () => {
    expect(unpackAll(["/a/1?x", null, "/a/2?x"])).toEqual(["/a/1?x", null, "/a/2?x"]);
    expect(packAffixes(["/only/one"])).toEqual({ prefix: "", suffix: "", parts: ["/only/one"] });
    expect(packAffixes([null, null])).toEqual({ prefix: "", suffix: "", parts: [null, null] });
    expect(packAffixes([])).toEqual({ prefix: "", suffix: "", parts: [] });
    expect(unpackAffix(packAffixes(["/x", "/y"]), 5)).toBeNull();
  });

  it("round-trips what markup and the RSC payload escape: quotes, <, &, $, %-escapes, Vietnamese and emoji", () => {
    const values = [
      '/dossiers/list?q=%22a%22&name=<b>&x=$1',
      "/dossiers/list?q=%22a%22&name=Sở Tư pháp&x=$$",
      "/dossiers/list?q=%22a%22&name=😀 Khánh Hòa&x=$",
      "/dossiers/list?q=%22a%22&name=😁&x=$",
      "",
    ];
    const packed = packAffixes(values);
    // through JSON, as the payload carries it
    const carried = JSON.parse(JSON.stringify(packed)) as typeof packed;
    expect(values.map((_, i) => unpackAffix(carried, i))).toEqual(values);
  });
});

describe("packDictionary", () => {
  it("stores each distinct value once, in the order first met", () => {
    const names = ["Sở Tư pháp", "UBND xã Cam Lâm", "Sở Tư pháp", "Sở Tư pháp", 'Sở "Nội vụ" <KH>'];
    const packed = packDictionary(names);
    expect(packed).toEqual({ values: ["Sở Tư pháp", "UBND xã Cam Lâm", 'Sở "Nội vụ" <KH>'], index: [0, 1, 0, 0, 2] });
    const carried = JSON.parse(JSON.stringify(packed)) as typeof packed;
    expect(names.map((_, i) => unpackDictionary(carried, i))).toEqual(names);
  });

  it("reads an empty string for a row past the end", () => {
    expect(unpackDictionary(packDictionary(["a"]), 3)).toBe("");
    expect(packDictionary([])).toEqual({ values: [], index: [] });
  });
});

describe("sort links and text tables", () => {
  it("turns the server's href function into one link per sortable key", () => {
    const links = sortLinks({ key: "late", dir: "desc" }, ["name", "late"], (key) => `/x?sort=${key}`);
    expect(links).toEqual({ key: "late", dir: "desc", hrefs: { name: "/x?sort=name", late: "/x?sort=late" } });
    const sort = tableSort(links);
    expect([sort.href("name"), sort.href("unknown")]).toEqual(["/x?sort=name", "#"]);
  });

  it("formats each row's cells behind its key and drops the formatters from the columns", () => {
    type Row = { code: string; value: number };
    const table = textTable<Row>(
      [
        { key: "code", header: "Mã", rowHeader: true, text: (row) => row.code },
        { key: "value", header: "Giá trị", numeric: true, testIdPrefix: "v", text: (row) => row.value.toFixed(1) },
      ],
      [{ code: "A", value: 1 }, { code: "B", value: 2.25 }],
      (row) => row.code,
    );
    expect(table).toEqual({
      columns: [{ key: "code", header: "Mã", rowHeader: true }, { key: "value", header: "Giá trị", numeric: true, testIdPrefix: "v" }],
      rows: [["A", "A", "1.0"], ["B", "B", "2.3"]],
    });
  });
});
