// The catalogues by language, for code that has to choose one without a request (jobs, e-mails,
// zod issues worded for the viewer's saved or cookie language): the same ICU messages and formats
// next-intl gives the pages (lib/i18n/fixed.ts).
import { fixedIntl } from "./fixed";
import type { MessageKey, MessageValues } from "./index";
import type { Locale } from "./locale";

export { LOCALES, DEFAULT_LOCALE, type Locale } from "./locale";

type Words = (key: MessageKey, values?: MessageValues) => string;

export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  return (fixedIntl(locale).t as unknown as Words)(key, values);
}
