// The compact period select (issue 19) labels every key of the drill-down's periods exactly as
// formatPeriod does on the server, so moving the labels to the client changes no text.
import { describe, expect, it } from "vitest";
import { periodLabel } from "@/components/ui/period-select";
import { vi } from "@/lib/i18n/messages/vi";
import { formatPeriod } from "@/tests/support/vi";
import { drillPeriodOptions } from "@/lib/metrics/drill-down";
import { periodKey } from "@/lib/metrics/periods";

// the templates themselves ("Quý {quarter}/{year}"): the client fills them in
const labels = { year: vi["period.year"], quarter: vi["period.quarter"], month: vi["period.month"] };

describe("periodLabel", () => {
  it("equals formatPeriod for every month, quarter and year the drill-down offers", () => {
    const periods = drillPeriodOptions(2021, "2026-11-20");
    expect(periods.length).toBeGreaterThan(90);
    for (const period of periods) expect(periodLabel(periodKey(period), labels)).toBe(formatPeriod(period));
  });

  it("reads the keys as the URL writes them", () => {
    expect(periodLabel("2024-Q2", labels)).toBe("Quý II/2024");
    expect(periodLabel("2024-06", labels)).toBe("Tháng 06/2024");
    expect(periodLabel("2024", labels)).toBe("Năm 2024");
    expect(periodLabel("2024-01-15_2024-03-10", labels)).toBe("2024-01-15_2024-03-10");
    expect(periodLabel("nonsense", labels)).toBe("nonsense");
  });
});
