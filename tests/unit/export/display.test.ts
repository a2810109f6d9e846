// A typed cell as the print shows it: the workbook's own types in vi-VN text.
import { describe, expect, it } from "vitest";
import { displayCell, textTable } from "@/lib/export/display";
import { fixedIntl } from "@/lib/i18n/fixed";

const { f } = fixedIntl("vi");

describe("displayCell", () => {
  it("writes each type as vi-VN text", () => {
    expect(displayCell(3_761_706, "integer", f)).toBe("3.761.706");
    expect(displayCell(2024, "year", f)).toBe("2024");
    expect(displayCell(0.9947, "percent", f)).toBe("99,47\u00a0%");
    expect(displayCell({ number: 0.125, type: "percent" }, "decimal", f)).toBe("12,50\u00a0%");
    expect(displayCell(85.125, "decimal", f)).toBe("85,13");
    expect(displayCell("2021-09-28", "date", f)).toBe("28/09/2021");
    expect(displayCell(new Date("2021-09-27T17:00:00Z"), "date", f)).toBe("28/09/2021");
    expect(displayCell(null, "integer", f)).toBe("");
  });

  it("turns columns and rows into a text table, figures right-aligned", () => {
    const table = textTable([{ key: "a", header: "Tên", type: "text", value: (r: { n: number }) => `x${r.n}` }, { key: "b", header: "Số", type: "integer", value: (r: { n: number }) => r.n }], [{ n: 1000 }], f);
    expect(table).toEqual({ columns: ["Tên", "Số"], numeric: [1], rows: [["x1000", "1.000"]] });
  });
});
