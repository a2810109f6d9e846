// The quarterly report's rule engine: sums, bounds, a whole smaller than its parts, warnings with
// and without a comment, and a percentage that disagrees with its counts.
import { describe, expect, it } from "vitest";
import {
  checkReport,
  computePercentage,
  findingsByField,
  withComputedValues,
  type Entry,
  type RuleDefinition,
  type RuleIndicator,
} from "@/lib/rules/report-rules";
import { findingText, type FindingMessage } from "@/lib/rules/rule-messages";
import { wordsOf } from "@/lib/notifications/words";

const count = (code: string, extra: Partial<RuleIndicator> = {}): RuleIndicator => ({
  code, unit: "COUNT", minValue: 0, maxValue: null, required: true, prefilled: false, computed: null, ...extra,
});

const INDICATORS: RuleIndicator[] = [
  count("PROC_TOTAL"),
  count("PROC_FULL"),
  count("PROC_PARTIAL"),
  { code: "PROC_FULL_RATE", unit: "PERCENT", minValue: 0, maxValue: 100, required: false, prefilled: false, computed: { numerator: "PROC_FULL", denominator: "PROC_TOTAL" } },
  { code: "NOTE", unit: "TEXT", minValue: null, maxValue: null, required: false, prefilled: false, computed: null },
];

const RULES: RuleDefinition[] = [
  { code: "PARTS_SUM", leftCodes: ["PROC_FULL", "PROC_PARTIAL"], operator: "EQ", rightCodes: ["PROC_TOTAL"], importance: "ERROR", message: "Tổng các phần phải bằng tổng số." },
  { code: "FULL_LE_TOTAL", leftCodes: ["PROC_FULL"], operator: "LE", rightCodes: ["PROC_TOTAL"], importance: "ERROR", message: "Phần không được lớn hơn tổng." },
];

const e = (value: number | null, comment: string | null = null): Entry => ({ value, text: null, comment });

function entries(values: Record<string, number | null>, comments: Record<string, string> = {}): Record<string, Entry> {
  const out: Record<string, Entry> = {};
  for (const [code, value] of Object.entries(values)) out[code] = e(value, comments[code] ?? null);
  return withComputedValues(INDICATORS, out);
}

const check = (values: Record<string, Entry>, previous: Record<string, number | null> = {}, rules = RULES) =>
  checkReport({ indicators: INDICATORS, rules, entries: values, previous });

describe("computed percentages", () => {
  it("divides and rounds to two decimals; a zero denominator gives no value", () => {
    expect(computePercentage(1, 3)).toBe(33.33);
    expect(computePercentage(2, 3)).toBe(66.67);
    expect(computePercentage(5, 0)).toBeNull();
    expect(computePercentage(null, 4)).toBeNull();
  });

  it("replaces whatever was typed by the figure from its counts", () => {
    const filled = withComputedValues(INDICATORS, { PROC_TOTAL: e(40), PROC_FULL: e(10), PROC_FULL_RATE: e(99) });
    expect(filled.PROC_FULL_RATE?.value).toBe(25);
  });

  it("refuses a percentage that disagrees with its counts", () => {
    const values = { PROC_TOTAL: e(40), PROC_FULL: e(10), PROC_PARTIAL: e(30), PROC_FULL_RATE: e(30) };
    const result = check(values);
    expect(result.canSubmit).toBe(false);
    expect(result.blocking.map((f) => f.kind)).toEqual(["computed"]);
    expect(result.blocking[0]?.message).toEqual({ code: "reports.rule.computed", args: { expected: 25 } });
    expect(findingText(result.blocking[0]!.message)).toContain("25");
  });
});

describe("sums and parts", () => {
  it("accepts parts that add up to their whole", () => {
    const result = check(entries({ PROC_TOTAL: 40, PROC_FULL: 10, PROC_PARTIAL: 30 }));
    expect(result.findings).toEqual([]);
    expect(result.canSubmit).toBe(true);
  });

  it("refuses parts that do not add up, beside every field of the rule", () => {
    const result = check(entries({ PROC_TOTAL: 40, PROC_FULL: 10, PROC_PARTIAL: 29 }));
    expect(result.blocking).toHaveLength(1);
    expect(result.blocking[0]?.ruleCode).toBe("PARTS_SUM");
    expect(Object.keys(findingsByField(result.findings)).sort()).toEqual(["PROC_FULL", "PROC_PARTIAL", "PROC_TOTAL"]);
  });

  it("refuses a whole smaller than its parts (both rules fail)", () => {
    const result = check(entries({ PROC_TOTAL: 5, PROC_FULL: 10, PROC_PARTIAL: 0 }));
    expect(result.blocking.filter((f) => f.kind === "rule").map((f) => f.ruleCode).sort()).toEqual(["FULL_LE_TOTAL", "PARTS_SUM"]);
    // the computed rate, 10 ÷ 5 = 200 %, is out of its bounds too
    expect(result.blocking.filter((f) => f.kind !== "rule").map((f) => [f.kind, f.codes[0]])).toEqual([["bounds", "PROC_FULL_RATE"]]);
  });

  it("skips a rule while one of its values is missing (the required check reports it instead)", () => {
    const result = check(entries({ PROC_TOTAL: 40, PROC_FULL: 10, PROC_PARTIAL: null }));
    expect(result.blocking.map((f) => [f.kind, f.codes[0]])).toEqual([["required", "PROC_PARTIAL"]]);
  });

  it("ignores a rule naming an indicator that does not apply", () => {
    const rule: RuleDefinition = { ...RULES[1]!, code: "OTHER", leftCodes: ["GONE"] };
    expect(check(entries({ PROC_TOTAL: 1, PROC_FULL: 1, PROC_PARTIAL: 0 }), {}, [rule]).findings).toEqual([]);
  });
});

describe("bounds", () => {
  it("refuses a negative count, a fraction of a count and a percentage above 100", () => {
    const indicators: RuleIndicator[] = [count("A"), { ...count("P"), unit: "PERCENT", maxValue: 100 }];
    const result = checkReport({ indicators, rules: [], entries: { A: e(-1), P: e(100.5) }, previous: {} });
    expect(result.blocking.map((f) => [f.kind, f.codes[0]])).toEqual([["bounds", "A"], ["bounds", "P"]]);
    const fraction = checkReport({ indicators, rules: [], entries: { A: e(2.5), P: e(100) }, previous: {} });
    expect(fraction.blocking.map((f) => f.kind)).toEqual(["integer"]);
  });

  it("accepts the bounds themselves", () => {
    const indicators: RuleIndicator[] = [{ ...count("P"), unit: "PERCENT", maxValue: 100 }];
    expect(checkReport({ indicators, rules: [], entries: { P: e(0) }, previous: {} }).canSubmit).toBe(true);
    expect(checkReport({ indicators, rules: [], entries: { P: e(100) }, previous: {} }).canSubmit).toBe(true);
  });
});

describe("warnings", () => {
  const values = { PROC_TOTAL: 40, PROC_FULL: 10, PROC_PARTIAL: 30 };

  it("warns when a value moves more than 50 % from the previous quarter, and blocks until explained", () => {
    const result = check(entries(values), { PROC_TOTAL: 26 });
    expect(result.findings.map((f) => [f.kind, f.severity, f.codes[0]])).toEqual([["change", "warning", "PROC_TOTAL"]]);
    expect(result.canSubmit).toBe(false);
    expect(findingsByField(result.findings).PROC_TOTAL?.[0]).toContain("26");
  });

  it("a comment on the field explains the warning and lets the report go", () => {
    const result = check(entries(values, { PROC_TOTAL: "Sáp nhập thêm 14 thủ tục theo Quyết định 120/QĐ-UBND." }), { PROC_TOTAL: 26 });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.explained).toBe(true);
    expect(result.canSubmit).toBe(true);
  });

  it("exactly 50 % is not a warning; a previous value of 0 or none is not compared", () => {
    expect(check(entries(values), { PROC_TOTAL: 80 }).findings).toEqual([]);
    expect(check(entries(values), { PROC_TOTAL: 0, PROC_FULL: null }).findings).toEqual([]);
  });

  it("a warning rule blocks without a comment on any of its fields and passes with one", () => {
    const rule: RuleDefinition = { code: "W", leftCodes: ["PROC_FULL"], operator: "GE", rightCodes: ["PROC_PARTIAL"], importance: "WARNING", message: "Ít dịch vụ toàn trình." };
    expect(check(entries(values), {}, [rule]).canSubmit).toBe(false);
    expect(check(entries(values, { PROC_PARTIAL: "Đang nâng cấp hệ thống." }), {}, [rule]).canSubmit).toBe(true);
  });
});

describe("required values", () => {
  it("requires typed values, and a required text must not be blank", () => {
    const indicators: RuleIndicator[] = [count("A"), { ...INDICATORS[4]!, required: true }];
    const result = checkReport({ indicators, rules: [], entries: { NOTE: { value: null, text: "  ", comment: null } }, previous: {} });
    expect(result.blocking.map((f) => [f.kind, f.codes[0]])).toEqual([["required", "A"], ["required", "NOTE"]]);
  });
});

describe("findings as codes and arguments (issue 23)", () => {
  it("names each check by its key with the raw figures, put into words only by findingText", () => {
    const bounded: RuleIndicator[] = [
      count("A"),
      count("B", { maxValue: 10 }),
      count("C", { minValue: 5, required: false }),
      count("D"),
    ];
    const result = checkReport({
      indicators: bounded,
      rules: [],
      entries: { B: e(12.5), C: e(2), D: e(40) },
      previous: { D: 20 },
    });
    expect(result.findings.map((f) => [f.codes, f.message])).toEqual([
      [["A"], { code: "reports.rule.required" }],
      [["B"], { code: "reports.rule.integer" }],
      [["B"], { code: "reports.rule.max", args: { max: 10 } }],
      [["C"], { code: "reports.rule.min", args: { min: 5 } }],
      [["D"], { code: "reports.rule.change", args: { percent: 100, previous: 20 } }],
    ]);
    expect(result.findings.map((f) => findingText(f.message))).toEqual([
      "Chưa nhập giá trị bắt buộc.",
      "Số lượng phải là số nguyên.",
      "Giá trị không được lớn hơn 10.",
      "Giá trị không được nhỏ hơn 5.",
      "Thay đổi 100 % so với quý trước (20).",
    ]);
    expect(findingText({ code: "reports.rule.computed", args: { expected: null } })).toBe("Tỷ lệ được tính từ các số liệu thành phần (— %), không nhập tay.");
    const english = wordsOf("en");
    expect(result.findings.map((f) => findingText(f.message, english))).toEqual([
      "A required value is missing.",
      "A count must be a whole number.",
      "The value may not be above 10.",
      "The value may not be below 5.",
      "Changed by 100% from the previous quarter (20).",
    ]);
    expect(findingsByField(result.findings, english).A).toEqual(["A required value is missing."]);
    expect(findingText({ code: "reports.rule.named", args: { rule: "SUM", text: "Tổng phải khớp.", figures: { code: "reports.rule.figures.EQ", args: { left: [1234.5, 2], right: [1000] } } } }, english)).toBe(
      "Rule SUM: Tổng phải khớp. Figures: 1,234.5 + 2 = 1,236.5, not equal to 1,000.",
    );
    expect(findingText({ code: "reports.rule.named", args: { rule: "SUM", text: "Tổng phải khớp.", figures: { code: "reports.rule.figures.EQ", args: { left: [1234.5, 2], right: [1000] } } } })).toBe(
      "Quy tắc SUM: Tổng phải khớp. Số liệu: 1.234,5 + 2 = 1.236,5, không bằng 1.000.",
    );
    // a rule Home Affairs also wrote in English: English readers get those words, Vietnamese readers theirs
    const both: FindingMessage = { code: "reports.rule.named", args: { rule: "SUM", text: "Tổng phải khớp.", textEn: "The sum must match.", figures: { code: "reports.rule.figures.EQ", args: { left: [3], right: [4] } } } };
    expect(findingText(both, english)).toBe("Rule SUM: The sum must match. Figures: 3, not equal to 4.");
    expect(findingText(both)).toBe("Quy tắc SUM: Tổng phải khớp. Số liệu: 3, không bằng 4.");
  });
});
