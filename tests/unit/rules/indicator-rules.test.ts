// The catalogue's rules at their boundaries (issue 16, item 4): parts equal to their whole exactly
// or not, a typed percentage within the rounding tolerance or just beyond it, a zero whole; and a
// broken rule's message names the rule and the figures: a code with the raw figures, in vi-VN words.
import { describe, expect, it } from "vitest";
import { checkRule, type RuleBreach, type RuleDefinition } from "@/lib/rules/indicator-rules";
import { findingText } from "@/lib/rules/rule-messages";
import { wordsOf } from "@/lib/notifications/words";
import { PERCENT_TOLERANCE, REPORT_RULES } from "@/lib/demo/report-catalogue";

const NBSP = "\u00A0";
const text = (breach: RuleBreach | null) => (breach ? findingText(breach.message) : undefined);
const values = (figures: Record<string, number | null>) =>
  Object.fromEntries(Object.entries(figures).map(([code, value]) => [code, { value }]));

const TASKS: RuleDefinition = {
  code: "TASKS_PARTS_SUM", leftCodes: ["ON_TIME", "LATE", "IN_PROGRESS"], operator: "EQ", rightCodes: ["ASSIGNED"],
  importance: "ERROR", message: "Các phần cộng lại phải bằng tổng.",
};
const RATE: RuleDefinition = {
  code: "RATE_AGREES", kind: "PERCENT", leftCodes: ["RATE"], operator: "EQ", rightCodes: ["PART"], denominatorCodes: ["WHOLE"],
  tolerance: PERCENT_TOLERANCE, importance: "ERROR", message: "Tỷ lệ phải khớp với số liệu.",
};

describe("parts and their whole", () => {
  it("holds at exact equality and breaks one unit off, naming the rule and the figures", () => {
    expect(checkRule(TASKS, values({ ON_TIME: 1200, LATE: 30, IN_PROGRESS: 5, ASSIGNED: 1235 }))).toBeNull();
    const breach = checkRule(TASKS, values({ ON_TIME: 1200, LATE: 30, IN_PROGRESS: 5, ASSIGNED: 1236 }));
    expect(breach).toEqual({
      codes: ["ON_TIME", "LATE", "IN_PROGRESS", "ASSIGNED"],
      message: {
        code: "reports.rule.named",
        args: { rule: "TASKS_PARTS_SUM", text: "Các phần cộng lại phải bằng tổng.", figures: { code: "reports.rule.figures.EQ", args: { left: [1200, 30, 5], right: [1236] } } },
      },
    });
    expect(text(breach)).toBe("Quy tắc TASKS_PARTS_SUM: Các phần cộng lại phải bằng tổng. Số liệu: 1.200 + 30 + 5 = 1.235, không bằng 1.236.");
  });

  it("is exact for counts: decimals closer than half a hundredth are equal, a hundredth is not", () => {
    const rule: RuleDefinition = { ...TASKS, leftCodes: ["A", "B"], rightCodes: ["C"] };
    expect(checkRule(rule, values({ A: 0.1, B: 0.2, C: 0.3 }))).toBeNull();
    expect(text(checkRule(rule, values({ A: 0.1, B: 0.2, C: 0.31 })))).toContain("0,1 + 0,2 = 0,3, không bằng 0,31.");
  });

  it("a part may equal its whole, not exceed it; a zero whole holds with zero parts", () => {
    const part: RuleDefinition = { ...TASKS, code: "EARLY_LE_ON_TIME", leftCodes: ["EARLY"], operator: "LE", rightCodes: ["ON_TIME"] };
    expect(checkRule(part, values({ EARLY: 40, ON_TIME: 40 }))).toBeNull();
    expect(checkRule(part, values({ EARLY: 41, ON_TIME: 40 }))?.message).toMatchObject({ args: { figures: { code: "reports.rule.figures.LE", args: { left: [41], right: [40] } } } });
    expect(text(checkRule(part, values({ EARLY: 41, ON_TIME: 40 })))).toBe("Quy tắc EARLY_LE_ON_TIME: Các phần cộng lại phải bằng tổng. Số liệu: 41, lớn hơn 40.");
    expect(checkRule(TASKS, values({ ON_TIME: 0, LATE: 0, IN_PROGRESS: 0, ASSIGNED: 0 }))).toBeNull();
  });

  it("waits for every figure before it judges", () => {
    expect(checkRule(TASKS, values({ ON_TIME: 1, LATE: null, IN_PROGRESS: 0, ASSIGNED: 9 }))).toBeNull();
  });
});

describe("a percentage typed beside its counts", () => {
  it("agrees when it is the counts' rate rounded or truncated to two decimals", () => {
    // 2 ÷ 3 = 66,666…%: 66,67 is 0,0033 off, 66,66 is 0,0067 off, both within 0,01
    expect(checkRule(RATE, values({ RATE: 66.67, PART: 2, WHOLE: 3 }))).toBeNull();
    expect(checkRule(RATE, values({ RATE: 66.66, PART: 2, WHOLE: 3 }))).toBeNull();
    expect(checkRule(RATE, values({ RATE: 100, PART: 160, WHOLE: 160 }))).toBeNull();
  });

  it("allows exactly the tolerance and refuses anything beyond it", () => {
    // 15 ÷ 16 = 93,75 % exactly
    expect(checkRule(RATE, values({ RATE: 93.76, PART: 15, WHOLE: 16 }))).toBeNull();
    expect(checkRule(RATE, values({ RATE: 93.74, PART: 15, WHOLE: 16 }))).toBeNull();
    const breach = checkRule(RATE, values({ RATE: 93.77, PART: 15, WHOLE: 16 }));
    expect(breach?.codes).toEqual(["RATE", "PART", "WHOLE"]);
    expect(breach?.message).toEqual({
      code: "reports.rule.named",
      args: {
        rule: "RATE_AGREES",
        text: "Tỷ lệ phải khớp với số liệu.",
        figures: { code: "reports.rule.percentFigures", args: { typed: 93.77, part: [15], whole: [16], expected: 93.75, tolerance: PERCENT_TOLERANCE } },
      },
    });
    expect(text(breach)).toBe(
      `Quy tắc RATE_AGREES: Tỷ lệ phải khớp với số liệu. Số liệu: đã nhập 93,77${NBSP}%; 15 ÷ 16 cho 93,75${NBSP}% (lệch quá 0,01 điểm %).`,
    );
    // the caller words it in the reader's language; the text Home Affairs wrote stays as written
    expect(breach ? findingText(breach.message, wordsOf("en")) : undefined).toBe(
      "Rule RATE_AGREES: Tỷ lệ phải khớp với số liệu. Figures: typed 93.77%; 15 ÷ 16 gives 93.75% (off by more than 0.01 points).",
    );
    expect(checkRule({ ...RATE, tolerance: 0 }, values({ RATE: 93.76, PART: 15, WHOLE: 16 }))).not.toBeNull();
  });

  it("has no rate over a zero whole: blank holds, any typed figure, even 0 %, is refused", () => {
    expect(checkRule(RATE, values({ RATE: null, PART: 0, WHOLE: 0 }))).toBeNull();
    expect(checkRule(RATE, values({ RATE: 0, PART: 0, WHOLE: 0 }))?.message).toMatchObject({ args: { figures: { code: "reports.rule.percentZeroWhole", args: { whole: [0], typed: 0 } } } });
    expect(text(checkRule(RATE, values({ RATE: 0, PART: 0, WHOLE: 0 })))).toBe(
      `Quy tắc RATE_AGREES: Tỷ lệ phải khớp với số liệu. Số liệu: tổng 0 bằng 0 nên không có tỷ lệ, phải để trống; đã nhập 0,00${NBSP}%.`,
    );
  });

  it("sums a whole of several counts", () => {
    const rule: RuleDefinition = { ...RATE, rightCodes: ["ONLINE"], denominatorCodes: ["ONLINE", "IN_PERSON", "POSTAL"] };
    expect(checkRule(rule, values({ RATE: 25, ONLINE: 25, IN_PERSON: 70, POSTAL: 5 }))).toBeNull();
    expect(text(checkRule(rule, values({ RATE: 30, ONLINE: 25, IN_PERSON: 70, POSTAL: 5 })))).toContain("25 ÷ (25 + 70 + 5 = 100) cho 25,00");
  });
});

describe("the default catalogue's rules", () => {
  it("check the review reports' figures with a stated tolerance of 0,01 point", () => {
    const percent = REPORT_RULES.filter((rule) => rule.kind === "PERCENT");
    expect(percent.map((rule) => [rule.code, rule.tolerance])).toEqual([
      ["DOSSIERS_ONLINE_RATE_AGREES", 0.01],
      ["DOSSIERS_ON_TIME_RATE_AGREES", 0.01],
    ]);
    expect(REPORT_RULES.map((rule) => rule.code)).toEqual(expect.arrayContaining(["TASKS_PARTS_SUM", "DOSSIERS_CHANNELS_SUM", "DOSSIERS_RESOLVED_SUM"]));
  });
});
