// The rule engine of the quarterly report (issue 6), pure: the catalogue, the rules (data kept by
// Home Affairs), this quarter's entries and the previous quarter's values in; findings out, each
// tied to the fields it concerns. Errors block submission; a warning needs a comment on one of
// its fields. A percentage whose parts are known is computed here, never typed.
import type { IndicatorUnit } from "@/lib/generated/prisma/enums";
import { wordsOf, type Wording } from "@/lib/notifications/words";
import { checkRule, EPSILON, ruleCodes, type RuleDefinition } from "./indicator-rules";
import { findingText, type FindingMessage } from "./rule-messages";

export type { RuleDefinition, FindingMessage };

export type RuleIndicator = {
  code: string;
  unit: IndicatorUnit;
  minValue: number | null;
  maxValue: number | null;
  required: boolean;
  /** known to the system and shown read-only */
  prefilled: boolean;
  /** numerator ÷ denominator × 100, never typed */
  computed: { numerator: string; denominator: string } | null;
};

export type Entry = { value: number | null; text: string | null; comment: string | null };

export type FindingKind = "required" | "integer" | "bounds" | "rule" | "computed" | "change";

export type Finding = {
  kind: FindingKind;
  severity: "error" | "warning";
  /** the fields the finding is shown beside; the first is where a comment is asked for */
  codes: string[];
  /** a code with its arguments (./rule-messages.ts), put into words by findingText where shown */
  message: FindingMessage;
  ruleCode?: string;
  /** a warning that has its explanation */
  explained: boolean;
};

export type ReportCheck = { findings: Finding[]; blocking: Finding[]; canSubmit: boolean };

/** A move larger than this share of the previous quarter's value is a warning (issue 6). */
export const CHANGE_WARNING_RATIO = 0.5;

/** numerator ÷ denominator as a percentage rounded to 2 decimals; null when the denominator is 0 or a part is missing. */
export function computePercentage(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return Math.round((numerator / denominator) * 10_000) / 100;
}

/** The entries with every computed percentage filled from its parts (whatever was typed is replaced). */
export function withComputedValues(indicators: RuleIndicator[], entries: Record<string, Entry>): Record<string, Entry> {
  const out: Record<string, Entry> = { ...entries };
  for (const indicator of indicators) {
    if (!indicator.computed) continue;
    const value = computePercentage(
      entries[indicator.computed.numerator]?.value ?? null,
      entries[indicator.computed.denominator]?.value ?? null,
    );
    out[indicator.code] = { value, text: null, comment: entries[indicator.code]?.comment ?? null };
  }
  return out;
}

function hasComment(entries: Record<string, Entry>, codes: string[]): boolean {
  return codes.some((code) => (entries[code]?.comment ?? "").trim().length > 0);
}

function checkField(indicator: RuleIndicator, entry: Entry | undefined, findings: Finding[]) {
  const codes = [indicator.code];
  const error = (kind: FindingKind, message: FindingMessage) =>
    findings.push({ kind, severity: "error", codes, message, explained: false });
  if (indicator.unit === "TEXT") {
    if (indicator.required && !(entry?.text ?? "").trim()) error("required", { code: "reports.rule.required" });
    return;
  }
  const value = entry?.value ?? null;
  if (value === null) {
    if (indicator.required && !indicator.computed) error("required", { code: "reports.rule.required" });
    return;
  }
  if (indicator.unit === "COUNT" && !Number.isInteger(value)) error("integer", { code: "reports.rule.integer" });
  if (indicator.minValue !== null && value < indicator.minValue - EPSILON) {
    error("bounds", { code: "reports.rule.min", args: { min: indicator.minValue } });
  }
  if (indicator.maxValue !== null && value > indicator.maxValue + EPSILON) {
    error("bounds", { code: "reports.rule.max", args: { max: indicator.maxValue } });
  }
}

function checkComputed(indicator: RuleIndicator, entries: Record<string, Entry>, findings: Finding[]) {
  if (!indicator.computed) return;
  const typed = entries[indicator.code]?.value ?? null;
  const expected = computePercentage(
    entries[indicator.computed.numerator]?.value ?? null,
    entries[indicator.computed.denominator]?.value ?? null,
  );
  if (typed === null && expected === null) return;
  if (typed === null || expected === null || Math.abs(typed - expected) >= EPSILON) {
    findings.push({
      kind: "computed",
      severity: "error",
      codes: [indicator.code, indicator.computed.numerator, indicator.computed.denominator],
      message: { code: "reports.rule.computed", args: { expected } },
      explained: false,
    });
  }
}

function checkChange(
  indicator: RuleIndicator,
  entries: Record<string, Entry>,
  previous: Record<string, number | null>,
  findings: Finding[],
) {
  if (indicator.unit === "TEXT" || indicator.prefilled || indicator.computed) return;
  const value = entries[indicator.code]?.value ?? null;
  const before = previous[indicator.code] ?? null;
  if (value === null || before === null || before <= 0) return;
  const change = Math.abs(value - before) / before;
  if (change <= CHANGE_WARNING_RATIO + 1e-9) return;
  findings.push({
    kind: "change",
    severity: "warning",
    codes: [indicator.code],
    message: { code: "reports.rule.change", args: { percent: Math.round(change * 100), previous: before } },
    explained: hasComment(entries, [indicator.code]),
  });
}

/**
 * Every check of a report. `entries` are this quarter's values by indicator code (computed
 * percentages as the caller has them: pass them through withComputedValues first to compute).
 */
export function checkReport(input: {
  indicators: RuleIndicator[];
  rules: RuleDefinition[];
  entries: Record<string, Entry>;
  previous: Record<string, number | null>;
}): ReportCheck {
  const { indicators, rules, entries, previous } = input;
  const findings: Finding[] = [];
  const known = new Set(indicators.map((indicator) => indicator.code));
  for (const indicator of indicators) {
    checkField(indicator, entries[indicator.code], findings);
    checkComputed(indicator, entries, findings);
    checkChange(indicator, entries, previous, findings);
  }
  for (const rule of rules) {
    // a rule about an indicator that does not apply this year does not apply either
    if (!ruleCodes(rule).every((code) => known.has(code))) continue;
    const breach = checkRule(rule, entries);
    if (!breach) continue;
    const warning = rule.importance === "WARNING";
    findings.push({
      kind: "rule",
      severity: warning ? "warning" : "error",
      codes: breach.codes,
      message: breach.message,
      ruleCode: rule.code,
      explained: warning && hasComment(entries, breach.codes),
    });
  }
  const blocking = findings.filter((finding) => finding.severity === "error" || !finding.explained);
  return { findings, blocking, canSubmit: blocking.length === 0 };
}

/** The findings as messages per field, in words (the reader's; Vietnamese by default), as forms show them beside their inputs. */
export function findingsByField(findings: Finding[], words: Wording = wordsOf()): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const finding of findings) {
    const suffix = finding.severity === "warning" && !finding.explained ? ` ${words.t("reports.rule.needsComment")}` : "";
    for (const code of finding.codes) (out[code] ??= []).push(findingText(finding.message, words) + suffix);
  }
  return out;
}
