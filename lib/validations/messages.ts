// Schemas carry message keys, not words (issue 23): a check's `error` is a key of the catalogue
// (`msg` types it), a custom issue's arguments travel in its `params`. The words are looked up in
// one place, `messageOfIssue`, when an issue is shown (the action wrapper's field errors, the API's
// answers, a page's refused parameters, an import's row errors) — in the reader's language once
// `t` knows it.
import { z } from "zod";
import { t, type MessageKey, type MessageValues } from "@/lib/i18n";
import { isMessageKey } from "@/lib/i18n/keys";

/** A message key, checked against the catalogue at compile time: what a schema's `error` holds. */
export const msg = <K extends MessageKey>(key: K): K => key;

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

/** A message as a key with its arguments, to be put into words where it is shown. */
export type KeyedMessage = { key: MessageKey; values?: MessageValues };

/** The key and arguments an issue carries, or null when its message is words already (zod's own default). */
export function keyOfIssue(issue: Issue): KeyedMessage | null {
  if (!isMessageKey(issue.message)) return null;
  return { key: issue.message, values: { ...ownValues(issue), ...paramValues(issue) } };
}

/** What a reader is shown for an issue: its key's message with the arguments, or its text as it is when it is no key. */
export function messageOfIssue(issue: Issue): string {
  const keyed = keyOfIssue(issue);
  return keyed ? t(keyed.key, keyed.values) : issue.message;
}

/** An error's messages per top-level field, as forms show them (z.flattenError's field errors, in words). */
export function fieldMessagesOf(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error, messageOfIssue).fieldErrors as Record<string, string[]>;
}

/** Every message of an error, each once, in order. */
export function messagesOf(error: z.ZodError): string[] {
  return [...new Set(error.issues.map(messageOfIssue))];
}
