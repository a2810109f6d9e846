// The catalogue's types. Messages are read through next-intl: server code `getIntl()` or
// getTranslations (lib/i18n/server.tsx), client components useTranslations with only their
// namespaces (IntlClient), code without a request the translator of a chosen language
// (lib/i18n/locales.ts translate, lib/i18n/fixed.ts). The catalogues themselves stay flat (one
// dotted key a line) and are nested for next-intl (lib/i18n/nest.ts).
import type { MessageKey, Messages } from "./messages/vi";

export type { MessageKey, Messages };

export type MessageValues = Record<string, string | number>;
