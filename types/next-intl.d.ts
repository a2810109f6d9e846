// next-intl's types (AppConfig): a key that does not exist, or a missing or extra ICU argument, is a
// compile error. The messages are the Vietnamese catalogue's, nested (lib/i18n/nest.ts).
import type { Locale } from "@/lib/i18n/locale";
import type { NestedMessages } from "@/lib/i18n/messages/nested";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: NestedMessages;
  }
}
