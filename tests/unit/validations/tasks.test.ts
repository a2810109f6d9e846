import { describe, expect, it } from "vitest";
import { quarterPeriod, rangePeriod, yearPeriod } from "@/lib/metrics/periods";
import { readSearchParams } from "@/lib/validations/search-params";
import { tasksParams } from "@/lib/validations/tasks";

const SPAN = { firstYear: 2021, asOf: "2024-08-31" };
const read = (params: Record<string, string | undefined>) => readSearchParams(tasksParams(SPAN), params);

describe("task page query", () => {
  it("reads a period key, then a date range, else the data's year", () => {
    expect(read({ period: "2024-Q2" })).toMatchObject({ ok: true, data: { period: quarterPeriod(2024, 2) } });
    expect(read({ from: "2021-09-28", to: "2024-08-31" })).toMatchObject({ ok: true, data: { period: rangePeriod("2021-09-28", "2024-08-31") } });
    expect(read({})).toEqual({ ok: true, data: { period: yearPeriod(2024), agency: undefined, status: undefined, q: "", page: 1, units: "today" } });
  });

  it("reads the units view: today's units unless the units of the time are asked; anything else is refused", () => {
    expect(read({ units: "time" })).toMatchObject({ ok: true, data: { units: "time" } });
    expect(read({ units: "today" })).toMatchObject({ ok: true, data: { units: "today" } });
    expect(read({ units: "yesterday" }).ok).toBe(false);
  });

  it("refuses a reversed range, half a range, a day that does not exist and both ways at once", () => {
    expect(read({ from: "2024-08-31", to: "2021-09-28" })).toEqual({ ok: false, messages: ["Tham số “to”: ngày kết thúc (28/09/2021) phải không trước ngày bắt đầu (31/08/2024)."] });
    expect(read({ from: "2024-01-01" })).toEqual({ ok: false, messages: ["Tham số “to”: cần cả “từ ngày” và “đến ngày”."] });
    expect(read({ from: "2024-02-30", to: "2024-03-01" }).ok).toBe(false);
    expect(read({ period: "2024", from: "2024-01-01", to: "2024-02-01" }).ok).toBe(false);
  });

  it("refuses the range that took 20 seconds and a gigabyte", () => {
    const result = read({ period: "1970-01-01_9999-12-31" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.messages[0]).toContain("nằm ngoài dữ liệu");
    expect(read({ from: "1970-01-01", to: "2024-01-01" }).ok).toBe(false);
  });

  it("refuses malformed filters instead of dropping them", () => {
    for (const params of [{ agency: "abc" }, { agency: "2147483648" }, { status: "FINISHED" }, { page: "-3" }, { page: "100001" }, { q: "a\u0000" }]) {
      expect(read(params).ok, JSON.stringify(params)).toBe(false);
    }
    // DONE is the list's "done on time or late" filter (the scorecard's "Đã hoàn thành" card)
    expect(read({ status: "DONE" })).toMatchObject({ ok: true, data: { status: "DONE" } });
    expect(read({ agency: "12", status: "OVERDUE", page: "2", q: "  báo cáo " })).toMatchObject({ ok: true, data: { agency: 12, status: "OVERDUE", page: 2, q: "báo cáo" } });
  });
});
