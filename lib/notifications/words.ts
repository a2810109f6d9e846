// The words of a notification or an e-mail in its recipient's language (issue 23): written when the
// job runs, with no request, so the language is the account's saved choice (users.locale), not a
// cookie. Server code only: it loads both catalogues.
import type { MessageKey, MessageValues } from "@/lib/i18n/keys";
import { toLocale, type Locale } from "@/lib/i18n/locale";
import { fixedIntl } from "@/lib/i18n/fixed";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import { DEFAULT_LOCALE, translate } from "@/lib/i18n/locales";

export type Words = { locale: Locale; t: (key: MessageKey, values?: MessageValues) => string; f: LocaleFormat };
/** What a helper that words a message needs from its caller: a locale's translator and formats. */
export type Wording = Pick<Words, "t" | "f">;

const made = new Map<Locale, Words>();

/** The translator and formats of `locale` (a stored value: anything unknown is Vietnamese). */
export function wordsOf(locale: string | null | undefined = DEFAULT_LOCALE): Words {
  const chosen = toLocale(locale);
  let words = made.get(chosen);
  if (!words) {
    // the language's one translator and formats (lib/i18n/fixed.ts), not a second set of them
    words = { locale: chosen, t: (key: MessageKey, values?: MessageValues) => translate(chosen, key, values), f: fixedIntl(chosen).f };
    made.set(chosen, words);
  }
  return words;
}
