// A translator and the formats of a fixed locale, outside a request: files served the same to
// everyone (the web manifest is built once, and its `lang` is Vietnamese) and tests.
import { createTranslator } from "next-intl";
import { localeFormat, TIME_ZONE } from "./locale-format";
import type { Locale } from "./locale";
import { nestedMessages } from "./messages/nested";
import { formatText, type Intl } from "./translator";

export function fixedIntl(locale: Locale): Intl {
  const t = createTranslator({ locale, messages: nestedMessages[locale], timeZone: TIME_ZONE }) as unknown as Intl["t"];
  return { t, f: localeFormat(locale, formatText(t)) };
}
