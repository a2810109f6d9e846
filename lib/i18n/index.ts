// One message catalogue for all UI text (STYLE §10). Pure: usable from server and client
// components alike. Vietnamese is the default language (DESIGN §8).
import { en } from "./messages/en";
import { vi, type MessageKey, type Messages } from "./messages/vi";

export type { MessageKey, Messages };

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

const catalogues: Record<Locale, Messages> = { vi, en };

export type MessageValues = Record<string, string | number>;

/**
 * The message for `key`, with `{name}` placeholders replaced from `values`.
 * A placeholder without a value is left as it is, so a forgotten value shows up on screen.
 */
export function t(key: MessageKey, values?: MessageValues, locale: Locale = DEFAULT_LOCALE): string {
  const message = catalogues[locale][key];
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}
