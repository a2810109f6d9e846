// Why a row of an import or an /api/v1 record is refused, as a message key with its arguments
// (issue 23): the reasons are stored with a run (its error sample) and put into words where they
// are shown — the import page, the error report file, the API's answer — in that reader's language.
// A reason stored as words by an older run is shown as it is. A run's stored message is worded the
// same way (reasonText): a key with its arguments, or the words of an older run.
import type { z } from "zod";
import { DEFAULT_LOCALE, translate, type Locale } from "@/lib/i18n/locales";
import { type KeyedMessage } from "@/lib/validations/messages";
import { keyOfIssue } from "@/lib/validations/issue-messages";

export type RowReason = KeyedMessage | { text: string };

export const reason = (key: KeyedMessage["key"], values?: KeyedMessage["values"]): RowReason => (values ? { key, values } : { key });

/** A zod issue's reason: its key and arguments, or zod's own words. */
export function reasonOfIssue(issue: z.core.$ZodIssue): RowReason {
  return keyOfIssue(issue) ?? { text: issue.message };
}

/** A reason in words, in `locale` (Vietnamese unless the reader chose otherwise). */
export function reasonText(value: RowReason | string, locale: Locale = DEFAULT_LOCALE): string {
  if (typeof value === "string") return value;
  return "key" in value ? translate(locale, value.key, value.values) : value.text;
}
