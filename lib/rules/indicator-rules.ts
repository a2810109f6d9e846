// The rules Home Affairs keeps between a report's indicators (issue 6, issue 16), pure. Two kinds:
// - SUM: the sum of the left codes compared with the sum of the right ones (parts = whole, part ≤ whole);
// - PERCENT: the one left indicator, a percentage the agency types beside its counts, agrees with
//   100 × sum(right) ÷ sum(denominator) within `tolerance` percentage points. With a zero whole
//   there is no rate (DESIGN §5.2: "không có dữ liệu", never 0), so the percentage stays blank.
// A broken rule's message names the rule by the code Home Affairs gave it, then its own text, then
// the figures involved, so that the agency sees which rule and which numbers: a code with the raw
// figures (./rule-messages.ts), put into words where it is shown.
import type { RuleImportance, RuleKind, RuleOperator } from "@/lib/generated/prisma/enums";
import type { FindingMessage, RuleFigures } from "./rule-messages";

export type RuleDefinition = {
  code: string;
  leftCodes: string[];
  operator: RuleOperator;
  rightCodes: string[];
  importance: RuleImportance;
  message: string;
  /** the message for English readers (null or absent: the Vietnamese one) */
  messageEn?: string | null;
  /** SUM when absent */
  kind?: RuleKind;
  /** PERCENT rules: the counts whose sum is the whole */
  denominatorCodes?: string[];
  /** PERCENT rules: percentage points a typed percentage may be from its counts; 0 when absent */
  tolerance?: number;
};

/** Decimal figures are stored with two decimals: sums closer than this are equal. */
export const EPSILON = 0.005;
/** Room for binary floating point only: a difference of exactly the tolerance is allowed. */
const FLOAT_SLACK = 1e-9;

type Values = Record<string, { value: number | null } | undefined>;

export type RuleBreach = { codes: string[]; message: FindingMessage };

/** The codes a rule names, each once, in the order written. */
export function ruleCodes(rule: RuleDefinition): string[] {
  return [...new Set([...rule.leftCodes, ...rule.rightCodes, ...(rule.denominatorCodes ?? [])])];
}

function valuesOf(values: Values, codes: string[]): number[] | null {
  const out: number[] = [];
  for (const code of codes) {
    const value = values[code]?.value ?? null;
    if (value === null) return null;
    out.push(value);
  }
  return out;
}

const total = (parts: number[]) => parts.reduce((sum, part) => sum + part, 0);

function holds(left: number, operator: RuleOperator, right: number): boolean {
  if (operator === "EQ") return Math.abs(left - right) < EPSILON;
  if (operator === "LE") return left <= right + EPSILON;
  return left >= right - EPSILON;
}

function named(rule: RuleDefinition, figures: RuleFigures): FindingMessage {
  return { code: "reports.rule.named", args: { rule: rule.code, text: rule.message, ...(rule.messageEn ? { textEn: rule.messageEn } : {}), figures } };
}

function checkSum(rule: RuleDefinition, values: Values): RuleBreach | null {
  const left = valuesOf(values, rule.leftCodes);
  const right = valuesOf(values, rule.rightCodes);
  if (left === null || right === null || holds(total(left), rule.operator, total(right))) return null;
  return { codes: ruleCodes(rule), message: named(rule, { code: `reports.rule.figures.${rule.operator}`, args: { left, right } }) };
}

function checkPercent(rule: RuleDefinition, values: Values): RuleBreach | null {
  const typed = valuesOf(values, rule.leftCodes);
  const part = valuesOf(values, rule.rightCodes);
  const whole = valuesOf(values, rule.denominatorCodes ?? []);
  // nothing typed yet, or a count missing: the required and bounds checks speak for those
  if (typed === null || part === null || whole === null || whole.length === 0) return null;
  const typedValue = total(typed);
  const wholeValue = total(whole);
  const codes = ruleCodes(rule);
  if (wholeValue === 0) {
    return { codes, message: named(rule, { code: "reports.rule.percentZeroWhole", args: { whole, typed: typedValue } }) };
  }
  const expected = (total(part) / wholeValue) * 100;
  const tolerance = rule.tolerance ?? 0;
  if (Math.abs(typedValue - expected) <= tolerance + FLOAT_SLACK) return null;
  const figures: RuleFigures = { code: "reports.rule.percentFigures", args: { typed: typedValue, part, whole, expected, tolerance } };
  return { codes, message: named(rule, figures) };
}

/** The breach of one rule by these values, or null when it holds or cannot be judged yet. */
export function checkRule(rule: RuleDefinition, values: Values): RuleBreach | null {
  return rule.kind === "PERCENT" ? checkPercent(rule, values) : checkSum(rule, values);
}
