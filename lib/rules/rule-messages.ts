// What the rule engine says, as codes and arguments (issue 23): a finding's message is a key of the
// catalogue with the raw figures it names, typed per key, and becomes words only where it is shown
// (findingText). Nothing the engine returns — nor a cached read that holds it — is formatted text,
// so the same finding reads in the viewer's language and number format.
import type { RuleOperator } from "@/lib/generated/prisma/enums";
import { localName, type Locale } from "@/lib/i18n/locale";
import { PERCENT_SPACE } from "@/lib/i18n/locale-format";
import { wordsOf, type Wording } from "@/lib/notifications/words";

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
  | { code: "reports.rule.named"; args: { rule: string; text: string; textEn?: string | null; figures: RuleFigures } };

const total = (parts: number[]) => parts.reduce((sum, part) => sum + part, 0);

/** The figures in the reader's number format: up to two decimals, a typed percentage with two. */
function numbers({ f }: Wording) {
  const figure = (value: number) => f.upTo(value, 2);
  // the value is already a percentage (12,5 means 12,5 %): not f.percent's ratio, which would round it again
  const percent = (value: number) => `${f.decimal(value, 2)}${f.locale === "vi" ? PERCENT_SPACE : ""}%`;
  /** "5 + 2 + 1 = 8", or "9" for one figure. */
  const expression = (parts: number[]) => (parts.length === 1 ? figure(parts[0]!) : `${parts.map(figure).join(" + ")} = ${figure(total(parts))}`);
  /** The same in parentheses when it has several parts, so that "a ÷ (b + c = d)" reads right. */
  const grouped = (parts: number[]) => (parts.length === 1 ? expression(parts) : `(${expression(parts)})`);
  return { figure, percent, expression, grouped };
}

function figuresText(figures: RuleFigures, words: Wording): string {
  const { t } = words;
  const { figure, percent, expression, grouped } = numbers(words);
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

const ruleText = (args: { text: string; textEn?: string | null }, locale: Locale) => localName(locale, { name: args.text.trim(), nameEn: args.textEn?.trim() || null });

/** A finding's message in words, in the reader's language (Vietnamese when the caller passes none). */
export function findingText(message: FindingMessage, words: Wording = wordsOf()): string {
  const { t } = words;
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
      // the rule's own words, as Home Affairs wrote them: English when it gave them, else the Vietnamese
      return `${t(message.code, { code: message.args.rule, message: ruleText(message.args, words.f.locale) })} ${figuresText(message.args.figures, words)}`;
  }
}
