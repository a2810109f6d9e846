// A translator and the formats of a fixed locale, outside a request: files served the same to
// everyone (the web manifest is built once, and its `lang` is Vietnamese), the force-static public
// page, code with no request (lib/i18n/locales.ts translate) and tests. One per language, kept: the
// translator caches its parsed messages, and translate runs once per worded issue or import row.
import { createTranslator } from "next-intl";
import { localeFormat, TIME_ZONE } from "./locale-format";
import type { Locale } from "./locale";
import { nestedMessages } from "./messages/nested";
import { formatText, type Intl } from "./translator";

const made = new Map<Locale, Intl>();

export function fixedIntl(locale: Locale): Intl {
  let intl = made.get(locale);
  if (!intl) {
    const t = createTranslator({ locale, messages: nestedMessages[locale], timeZone: TIME_ZONE }) as unknown as Intl["t"];
    intl = { t, f: localeFormat(locale, formatText(t)) };
    made.set(locale, intl);
  }
  return intl;
}
