// The UI's languages: Vietnamese first and default, English second (DESIGN §8). No catalogue here,
// so client code can import it.
export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";
