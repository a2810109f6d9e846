// vi-VN formatting as DESIGN §8 writes it. The space before "%" is U+00A0 NO-BREAK SPACE.
import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatPercent, formatRate } from "@/tests/support/vi";
import { t } from "@/tests/support/vi";
import { translate } from "@/lib/i18n/locales";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";

const NBSP = "\u00A0";

describe("formatNumber", () => {
  it("groups thousands with dots", () => {
    expect(formatNumber(3761706)).toBe("3.761.706");
    expect(formatNumber(12158)).toBe("12.158");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(999)).toBe("999");
  });

  it("rounds fractions to whole numbers", () => {
    expect(formatNumber(1234.6)).toBe("1.235");
  });
});

describe("formatPercent", () => {
  it("writes a ratio as a percentage with a comma and a no-break space before %", () => {
    expect(formatPercent(0.9947)).toBe(`99,47${NBSP}%`);
    expect(formatPercent(0.9947)).toBe("99,47\u00A0%");
  });

  it("keeps two decimals by default and takes another count", () => {
    expect(formatPercent(0.5)).toBe(`50,00${NBSP}%`);
    expect(formatPercent(1)).toBe(`100,00${NBSP}%`);
    expect(formatPercent(0.0163, 1)).toBe(`1,6${NBSP}%`);
    expect(formatPercent(0.8, 0)).toBe(`80${NBSP}%`);
  });

  it("groups thousands in large percentages", () => {
    expect(formatPercent(12.5)).toBe(`1.250,00${NBSP}%`);
  });
});

describe("formatDate", () => {
  it("writes day/month/year with leading zeros", () => {
    expect(formatDate(new Date("2021-09-28T03:00:00Z"))).toBe("28/09/2021");
  });

  it("uses the calendar day in Việt Nam (UTC+7)", () => {
    // 17:00 UTC is midnight of the next day in Hồ Chí Minh City
    expect(formatDate(new Date("2021-09-27T17:00:00Z"))).toBe("28/09/2021");
    expect(formatDate(new Date("2021-09-27T16:59:59.999Z"))).toBe("27/09/2021");
    expect(formatDate(new Date("2024-12-31T17:00:00Z"))).toBe("01/01/2025");
  });
});

describe("formatRate", () => {
  it("divides and formats as a percentage", () => {
    expect(formatRate(15107, 16298)).toBe(`92,69${NBSP}%`);
    expect(formatRate(0, 10)).toBe(`0,00${NBSP}%`);
  });

  it("says there is no data when the denominator is zero, never 0 %", () => {
    expect(formatRate(0, 0)).toBe("không có dữ liệu");
    expect(formatRate(5, 0)).toBe("không có dữ liệu");
  });
});

describe("t", () => {
  it("reads Vietnamese; the English catalogue on request through translate", () => {
    expect(t("nav.home")).toBe("Trang chủ");
    expect(translate("vi", "nav.home")).toBe("Trang chủ");
    expect(translate("en", "nav.home")).toBe("Home");
    expect(translate("en", "app.provinceLabel", { name: "Ninh Thuan" })).toBe("Ninh Thuan province");
  });

  it("shows the key, not half a sentence, when an argument is missing", () => {
    expect(t("app.provinceLabel")).toBe("app.provinceLabel");
  });

  it("fills placeholders", () => {
    expect(t("app.provinceLabel", { name: "Ninh Thuận" })).toBe("Tỉnh Ninh Thuận");
  });

  it("has the same keys in both catalogues", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });
});
