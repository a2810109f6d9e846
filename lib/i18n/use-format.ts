// The formats of the viewer's language in a component: client components (they need the "common"
// and "period" namespaces, which app/layout.tsx gives every page) and sync server components alike.
import { useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import { localeFormat, type LocaleFormat } from "./locale-format";
import { formatText } from "./translator";

export function useFormat(): LocaleFormat {
  const t = useTranslations();
  const locale = useLocale();
  return useMemo(() => localeFormat(locale, formatText(t)), [locale, t]);
}
