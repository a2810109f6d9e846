// A zod issue in words (issue 23): the one place an issue's message key and arguments become text —
// the action wrapper's field errors, the API's answers, a page's refused parameters, an import's
// row errors — in the reader's language (Vietnamese unless they chose English). Server code only:
// it loads both catalogues.
import { z } from "zod";
import { isMessageKey, type MessageValues } from "@/lib/i18n/keys";
import { DEFAULT_LOCALE, translate, type Locale } from "@/lib/i18n/locales";
import { characterMessageKey, textProblem } from "@/lib/validations/input";
import type { KeyedMessage } from "@/lib/validations/messages";

type Issue = z.core.$ZodIssue;

/** The arguments an issue brings itself: a bound it broke, the values it accepts. */
function ownValues(issue: Issue): MessageValues {
  if (issue.code === "too_small") return { min: Number(issue.minimum) };
  if (issue.code === "too_big") return { max: Number(issue.maximum) };
  if (issue.code === "invalid_value") return { values: issue.values.map(String).join(", ") };
  return {};
}

function paramValues(issue: Issue): MessageValues {
  if (issue.code !== "custom" || !issue.params) return {};
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(issue.params)) {
    if (typeof value === "string" || typeof value === "number") values[name] = value;
  }
  return values;
}

/** The key and arguments an issue carries, or null when its message is words already (zod's own default). */
export function keyOfIssue(issue: Issue): KeyedMessage | null {
  if (!isMessageKey(issue.message)) return null;
  return { key: issue.message, values: { ...ownValues(issue), ...paramValues(issue) } };
}

/** What a reader is shown for an issue, in `locale`: its key's message with the arguments, or its text as it is when it is no key. */
export function messageOfIssue(issue: Issue, locale: Locale = DEFAULT_LOCALE): string {
  const keyed = keyOfIssue(issue);
  return keyed ? translate(locale, keyed.key, keyed.values) : issue.message;
}

/** An error's messages per top-level field, as forms show them (z.flattenError's field errors, in words). */
export function fieldMessagesOf(error: z.ZodError, locale: Locale = DEFAULT_LOCALE): Record<string, string[]> {
  return z.flattenError(error, (issue) => messageOfIssue(issue, locale)).fieldErrors as Record<string, string[]>;
}

/** Every message of an error, each once, in order. */
export function messagesOf(error: z.ZodError, locale: Locale = DEFAULT_LOCALE): string[] {
  return [...new Set(error.issues.map((issue) => messageOfIssue(issue, locale)))];
}

/** Field names of a form post whose text breaks the character rules, with the message for each, in `locale`. */
export function formCharacterErrors(values: Record<string, unknown>, locale: Locale = DEFAULT_LOCALE): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const problem = typeof item === "string" ? textProblem(item) : null;
      if (problem) {
        errors[name] = [translate(locale, characterMessageKey(problem))];
        break;
      }
    }
  }
  return errors;
}
