// next-intl's translator as a type, and the adapter the locale formats read their words through;
// for server and client code alike.
import type { useTranslations } from "next-intl";
import type { FormatText, LocaleFormat } from "./locale-format";

/** The translator of the whole catalogue (what `getTranslations()` and `useTranslations()` give). */
export type Translator = ReturnType<typeof useTranslations<never>>;

/** A translator with the formats of its locale, for helpers that render text outside a component. */
export type Intl = { t: Translator; f: LocaleFormat };

/** The formats' few words from next-intl's translator: FormatText's overloads are calls it types itself. */
export function formatText(t: Translator): FormatText {
  return ((key: Parameters<FormatText>[0], values?: Record<string, string>) => t(key, values as never)) as unknown as FormatText;
}
