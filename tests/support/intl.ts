// Components rendered to HTML in unit tests as a page renders them: inside next-intl's provider
// (components/ui/table.tsx and the other converted components read their words through
// useTranslations), with the whole catalogue of `locale` — Vietnamese unless a test asks otherwise.
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { jsx } from "react/jsx-runtime";
import { NextIntlClientProvider } from "next-intl";
import type { Locale } from "@/lib/i18n/locale";
import { TIME_ZONE } from "@/lib/i18n/locale-format";
import { nestedMessages } from "@/lib/i18n/messages/nested";

/** `element` wrapped in the provider of `locale`, for renderToString / renderToStaticMarkup. */
export function inIntl(element: ReactElement, locale: Locale = "vi", messages: Partial<typeof nestedMessages.vi> = nestedMessages[locale]): ReactElement {
  // what <NextIntlClientProvider …>{element}</NextIntlClientProvider> compiles to (the tests are .ts)
  return jsx(NextIntlClientProvider, { locale, timeZone: TIME_ZONE, messages, children: element });
}

/** renderToStaticMarkup of `element` inside the provider of `locale`. */
export function renderIntl(element: ReactElement, locale: Locale = "vi"): string {
  return renderToStaticMarkup(inIntl(element, locale));
}
