// The one formatter of signed changes (issue 16 item 8): vi-VN digits, a true minus sign U+2212
// (never the hyphen-minus of "-1,2"), "+" for a rise and "±" for no change after rounding.
import { describe, expect, it } from "vitest";
import { formatDecimal, formatSigned, MINUS_SIGN } from "@/tests/support/vi";
import { formatDelta } from "@/components/scorecard/change-line";
import { formatChange } from "@/components/service-index/format";
import { fixedIntl } from "@/lib/i18n/fixed";

const vi = fixedIntl("vi");
const en = fixedIntl("en");

describe("formatSigned", () => {
  it("writes counts with vi-VN thousands and a sign", () => {
    expect(formatSigned(1234)).toBe("+1.234");
    expect(formatSigned(-3761706)).toBe("\u22123.761.706");
    expect(formatSigned(0)).toBe("±0");
  });

  it("uses U+2212, never the hyphen-minus", () => {
    const text = formatSigned(-1.2, 1);
    expect(text).toBe("−1,2");
    expect(text.codePointAt(0)).toBe(0x2212);
    expect(text).not.toContain("-");
    expect(MINUS_SIGN).toBe("\u2212");
  });

  it("keeps exact decimals, or up to a maximum", () => {
    expect(formatSigned(0.4, 2)).toBe("+0,40");
    expect(formatSigned(-0.4, 2)).toBe("−0,40");
    expect(formatSigned(-1.21, { max: 4 })).toBe("−1,21");
    expect(formatSigned(3.2, { max: 4 })).toBe("+3,2");
    expect(formatSigned(-46.0002, { max: 4 })).toBe("−46,0002");
  });

  it("rounds first: a change too small to show is no change, not −0,00", () => {
    expect(formatSigned(-0.001, 2)).toBe("±0,00");
    expect(formatSigned(0.004, 2)).toBe("±0,00");
    expect(formatSigned(0.005, 2)).toBe("+0,01");
    expect(formatSigned(-0.4)).toBe("±0");
  });

  it("is the formatter behind every signed change on the pages", () => {
    expect(formatSigned(-1.21, { max: 4 })).toBe("−1,21");
    expect(formatDelta(-1234, "count", vi)).toBe("−1.234");
    expect(formatDelta(-0.0123, "rate", vi)).toBe("−1,23 điểm %");
    expect(formatDelta(0.05, "rate", vi)).toBe("+5,00 điểm %");
    expect(formatChange(66.39, 67.1)).toBe("−0,71");
    expect(formatChange(50, 50)).toBe("±0,00");
    expect(formatDecimal(46.0002, 2)).toBe("46,00");
  });
});

describe("formatDelta in English", () => {
  it("keeps the true minus sign with en-GB digits", () => {
    expect(formatDelta(-1234, "count", en)).toBe("−1,234");
    expect(formatDelta(-0.0123, "rate", en)).toBe("−1.23 percentage points");
  });
});
