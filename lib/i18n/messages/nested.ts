// The catalogues in next-intl's nested shape (lib/i18n/nest.ts). Server-only in practice: client
// components get only their namespaces through NextIntlClientProvider (lib/i18n/client-messages.ts).
import { nest } from "../nest";
import type { Locale } from "../locale";
import { en } from "./en";
import type { NestedMessages } from "./nested.generated";
import { vi } from "./vi";

export type { NestedMessages };

// The type is the Vietnamese messages' (their ICU arguments type the calls); en has the same keys
// (typed by Messages) and a unit test checks that its messages take the same arguments.
export const nestedMessages: Record<Locale, NestedMessages> = {
  vi: nest(vi) as unknown as NestedMessages,
  en: nest(en) as unknown as NestedMessages,
};
