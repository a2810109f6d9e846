// English reads as English: a count of agencies takes its plural ("1 agency is", "5 agencies are"),
// and a percentage sign follows its number without the Vietnamese space ("10%", DESIGN §8's
// "99,47 %" is Vietnamese). Vietnamese stays exactly as it was.
import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { fixedIntl } from "@/lib/i18n/fixed";

describe("English text", () => {
  it("counts the agencies at or above the late rule with a plural; Vietnamese has one form", () => {
    const english = fixedIntl("en").t;
    expect(english("scorecard.league.flaggedCount", { count: 1 })).toBe("1 agency is at or above 10% late.");
    expect(english("scorecard.league.flaggedCount", { count: 5 })).toBe("5 agencies are at or above 10% late.");
    expect(english("scorecard.league.flaggedCount", { count: 1234 })).toBe("1,234 agencies are at or above 10% late.");
    const vietnamese = fixedIntl("vi").t;
    expect(vietnamese("scorecard.league.flaggedCount", { count: 1 })).toBe("1 cơ quan, đơn vị có tỷ lệ trễ hạn từ 10 % trở lên.");
    expect(vietnamese("scorecard.league.flaggedCount", { count: 1234 })).toBe("1.234 cơ quan, đơn vị có tỷ lệ trễ hạn từ 10 % trở lên.");
  });

  it("counts the rows an import will write with a plural; Vietnamese unchanged", () => {
    const english = fixedIntl("en").t;
    expect(english("import.confirm", { count: 1 })).toBe("Confirm the import of 1 valid row");
    expect(english("import.confirmAgain", { count: 12345 })).toBe("Confirm the import of 12,345 valid rows again");
    expect(fixedIntl("vi").t("import.confirm", { count: 12345 })).toBe("Xác nhận nhập 12.345 dòng hợp lệ");
  });

  it("writes a percentage without a space before its sign", () => {
    const spaced = Object.entries(en as Record<string, string>).filter(([, message]) => /\d[\s\u00A0]%/.test(message));
    expect(spaced).toEqual([]);
    expect(fixedIntl("en").t("scorecard.dossiers.lateLimit")).toBe("below 10% (province rule)");
  });
});
