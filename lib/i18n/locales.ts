// The catalogues by language, for code that has to choose one. The UI itself is Vietnamese and
// uses `t` from ./index, which does not load the English catalogue.
import { en } from "./messages/en";
import { vi } from "./messages/vi";
import { fill, type MessageKey, type Messages, type MessageValues } from "./index";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

const catalogues: Record<Locale, Messages> = { vi, en };

export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  return fill(catalogues[locale][key], values);
}
