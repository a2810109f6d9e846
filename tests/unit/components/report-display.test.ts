// The report pages' shared pieces in the reader's language: a value in its unit, the last day of a
// deadline, the board's words and the approved totals' columns — Vietnamese exactly as before,
// English with its own formats and words.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { approvedTotalColumns } from "@/components/reports/approved-columns";
import { ReportBoard } from "@/components/reports/report-board";
import { formatEndDay, formatValue } from "@/components/reports/report-display";
import { ReportHistory } from "@/components/reports/report-history";
import type { HistoryItem } from "@/lib/data/reports/history";
import type { ApprovedTotal } from "@/lib/data/reports/approved";
import { fixedIntl } from "@/lib/i18n/fixed";
import { renderIntl } from "@/tests/support/intl";

const vi = fixedIntl("vi");
const en = fixedIntl("en");

describe("formatValue", () => {
  it("writes counts, percentages and decimals in vi-VN, and in English for an English reader", () => {
    expect([formatValue(1234, "COUNT", vi), formatValue(62.5, "PERCENT", vi), formatValue(8.5, "SCORE", vi), formatValue(null, "COUNT", vi)]).toEqual(["1.234", "62,50\u00A0%", "8,5", "—"]);
    expect([formatValue(1234, "COUNT", en), formatValue(62.5, "PERCENT", en), formatValue(8.5, "SCORE", en), formatValue(null, "COUNT", en)]).toEqual(["1,234", "62.50%", "8.5", "—"]);
  });

  it("shows an exclusive end as the day it closes", () => {
    const end = new Date("2026-10-15T17:00:00Z"); // 16/10/2026 00:00 in Việt Nam
    expect(formatEndDay(end, vi.f)).toBe("15/10/2026");
    expect(formatEndDay(end, en.f)).toBe("15 Oct 2026");
  });
});

describe("ReportBoard and the approved totals", () => {
  const period = { id: 3, year: 2026, quarter: 3, opensAt: new Date(0), deadline: new Date(0), locksAt: new Date(0) };
  const board = (locale: "vi" | "en") =>
    renderIntl(
      createElement(ReportBoard, {
        caption: "Reports",
        intl: fixedIntl(locale),
        periods: [period],
        keyOf: (p) => `${p.year}-Q${p.quarter}`,
        label: (p) => `Q${p.quarter}/${p.year}`,
        rows: [{ agencyId: 78, agencyName: "Sở Văn hóa", kind: "DEPARTMENT", cells: [{ status: "APPROVED", timeliness: "late", changedSinceApproval: 1234 }] }],
      }),
      locale,
    );

  it("words the statuses and the header in the reader's language; the unit's name stays Vietnamese", () => {
    const english = board("en");
    expect(english).toContain(">Approved<");
    expect(english).toContain("Sở Văn hóa");
    expect(english).toContain(": 1,234</span>");
    const vietnamese = board("vi");
    expect(vietnamese).toContain(">Đã phê duyệt<");
    expect(vietnamese).toContain(": 1.234</span>");
  });

  it("names the columns and the area in the reader's language, the indicator by its English name for an English reader", () => {
    const row: ApprovedTotal = { code: "X", nameVi: "Tỷ lệ hồ sơ trực tuyến", nameEn: "Online dossier rate", area: "PROCEDURES", unit: "PERCENT", aggregation: "ratio", value: 99.5, reports: 1200 };
    const texts = (intl: typeof en) => approvedTotalColumns({ testIdPrefix: "t", withArea: true, intl }).map((column) => [column.header, column.text(row)]);
    expect(texts(en)).toEqual([
      [en.t("reports.col.indicator"), "Online dossier rate"],
      [en.t("indicators.col.area"), en.t("reports.area.PROCEDURES")],
      [en.t("reports.col.total"), "99.50%"],
      [en.t("reports.col.reports"), "1,200"],
    ]);
    expect(texts(vi)).toEqual([
      ["Chỉ tiêu", "Tỷ lệ hồ sơ trực tuyến"],
      [vi.t("indicators.col.area"), "Cải cách thủ tục hành chính"],
      [vi.t("reports.col.total"), "99,50\u00A0%"],
      [vi.t("reports.col.reports"), "1.200"],
    ]);
  });
});

describe("ReportHistory", () => {
  const items: HistoryItem[] = [
    { type: "value", id: "v1", at: new Date("2026-10-01T03:00:00Z"), actor: "Nguyễn Văn A", indicator: "Số người được đào tạo", indicatorEn: "People trained", code: "TRAINEES", unit: "COUNT", from: "1200", to: "1250", comment: null, version: 2 },
    { type: "event", id: "e1", at: new Date("2026-10-02T03:00:00Z"), actor: "Trần Thị B", kind: "RETURNED", version: 3, reason: null, comments: [{ indicator: "Số người được đào tạo", indicatorEn: "People trained", body: "Kiểm tra lại" }] },
  ];

  it("names the changed indicator in the reader's language", () => {
    const english = renderIntl(createElement(ReportHistory, { items }), "en");
    expect(english).toContain("People trained");
    expect(english).toContain("1,250");
    expect(english).not.toContain("Số người được đào tạo");
    const vietnamese = renderIntl(createElement(ReportHistory, { items }));
    expect(vietnamese).toContain("Số người được đào tạo: Kiểm tra lại");
    expect(vietnamese).toContain("1.250");
    expect(vietnamese).not.toContain("People trained");
  });
});
