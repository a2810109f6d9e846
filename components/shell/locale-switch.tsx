"use client";
// The header's language switch: one button naming the other language in that language ("English" /
// "Tiếng Việt", with its lang), posting the switch's server action. A cookie set by the action makes
// Next.js render the page again in the new language.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setLocale } from "@/app/(app)/locale-action";
import type { Locale } from "@/lib/i18n/locale";

const OTHER: Record<Locale, { locale: Locale; name: string }> = {
  vi: { locale: "en", name: "English" },
  en: { locale: "vi", name: "Tiếng Việt" },
};

export function LocaleSwitch({ locale, className }: { locale: Locale; className?: string }) {
  const t = useTranslations("shell");
  const [state, formAction, pending] = useActionState(setLocale, undefined);
  const other = OTHER[locale];
  return (
    <form action={formAction} data-testid="locale-switch">
      <input type="hidden" name="intent" value="set-locale" />
      <input type="hidden" name="locale" value={other.locale} />
      <button type="submit" disabled={pending} aria-busy={pending} lang={other.locale} aria-describedby="locale-switch-hint" className={className}>
        {other.name}
      </button>
      <span id="locale-switch-hint" className="sr-only">
        {t("languageHint")}
      </span>
      {state && !state.ok ? (
        <span role="alert" className="text-xs">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
