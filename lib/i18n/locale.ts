// The UI's languages: Vietnamese first and default, English second (DESIGN §8). No catalogue here,
// so client code can import it.
export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

/** A stored or posted value as a locale; anything else is the default. */
export function toLocale(value: string | null | undefined): Locale {
  return LOCALES.find((locale) => locale === value) ?? DEFAULT_LOCALE;
}

/** A catalogue entry's name in `locale`: its English name where it has one (indicators, indices, rules); units' proper names have none and stay Vietnamese. */
export function localName(locale: Locale, entry: { name: string; nameEn?: string | null }): string {
  return locale === "en" && entry.nameEn ? entry.nameEn : entry.name;
}
