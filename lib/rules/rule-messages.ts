// What the rule engine says, as codes and arguments (issue 23): a finding's message is a key of the
// catalogue with the raw figures it names, typed per key, and becomes words only where it is shown
// (findingText). Nothing the engine returns — nor a cached read that holds it — is formatted text,
// so the same finding reads in the viewer's language and number format.
import type { RuleOperator } from "@/lib/generated/prisma/enums";
import { t } from "@/lib/i18n";
import { PERCENT_SPACE } from "@/lib/i18n/format";

/** The figures of a broken rule: each side's parts (one part is a single figure). */
export type RuleFigures =
  | { code: `reports.rule.figures.${RuleOperator}`; args: { left: number[]; right: number[] } }
  | { code: "reports.rule.percentZeroWhole"; args: { whole: number[]; typed: number } }
  | { code: "reports.rule.percentFigures"; args: { typed: number; part: number[]; whole: number[]; expected: number; tolerance: number } };

/** A finding's message: its key and that key's arguments. */
export type FindingMessage =
  | { code: "reports.rule.required"; args?: undefined }
  | { code: "reports.rule.integer"; args?: undefined }
  | { code: "reports.rule.min"; args: { min: number } }
  | { code: "reports.rule.max"; args: { max: number } }
  | { code: "reports.rule.computed"; args: { expected: number | null } }
  | { code: "reports.rule.change"; args: { percent: number; previous: number } }
  /** a rule of the catalogue: its code, the text Home Affairs wrote for it, and the figures */
  | { code: "reports.rule.named"; args: { rule: string; text: string; figures: RuleFigures } };

// vi-VN until the pages pass the viewer's locale (the other half of issue 23)
const decimals = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const percentDecimals = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const figure = (value: number) => decimals.format(value);
const percent = (value: number) => `${percentDecimals.format(value)}${PERCENT_SPACE}%`;
const total = (parts: number[]) => parts.reduce((sum, part) => sum + part, 0);

/** "5 + 2 + 1 = 8", or "9" for one figure. */
function expression(parts: number[]): string {
  return parts.length === 1 ? figure(parts[0]!) : `${parts.map(figure).join(" + ")} = ${figure(total(parts))}`;
}

/** The same in parentheses when it has several parts, so that "a ÷ (b + c = d)" reads right. */
const grouped = (parts: number[]) => (parts.length === 1 ? expression(parts) : `(${expression(parts)})`);

function figuresText(figures: RuleFigures): string {
  switch (figures.code) {
    case "reports.rule.percentZeroWhole":
      return t(figures.code, { whole: expression(figures.args.whole), typed: percent(figures.args.typed) });
    case "reports.rule.percentFigures": {
      const { typed, part, whole, expected, tolerance } = figures.args;
      return t(figures.code, { typed: percent(typed), part: grouped(part), whole: grouped(whole), expected: percent(expected), tolerance: figure(tolerance) });
    }
    default:
      return t(figures.code, { left: expression(figures.args.left), right: expression(figures.args.right) });
  }
}

/** A finding's message in words. */
export function findingText(message: FindingMessage): string {
  switch (message.code) {
    case "reports.rule.required":
    case "reports.rule.integer":
      return t(message.code);
    case "reports.rule.min":
      return t(message.code, { min: message.args.min });
    case "reports.rule.max":
      return t(message.code, { max: message.args.max });
    case "reports.rule.computed":
      return t(message.code, { expected: message.args.expected === null ? "—" : String(message.args.expected) });
    case "reports.rule.change":
      return t(message.code, message.args);
    case "reports.rule.named":
      return `${t(message.code, { code: message.args.rule, message: message.args.text.trim() })} ${figuresText(message.args.figures)}`;
  }
}
