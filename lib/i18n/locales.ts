// The catalogues by language, for code that has to choose one. The UI itself is Vietnamese and
// uses `t` from ./index, which does not load the English catalogue.
import { en } from "./messages/en";
import { vi } from "./messages/vi";
import { fill, type MessageKey, type Messages, type MessageValues } from "./index";
import type { Locale } from "./locale";

export { LOCALES, DEFAULT_LOCALE, type Locale } from "./locale";

const catalogues: Record<Locale, Messages> = { vi, en };

export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  return fill(catalogues[locale][key], values);
}
