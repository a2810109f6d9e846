// Whether a text is a key of the catalogue: what tells a message key carried by a zod issue (or
// an import row's reason) from text that is already words (zod's own default, an older record).
import { vi } from "./messages/vi";
import type { MessageKey } from "./index";

/** The catalogue's keys and a message's `{name}` values, as types for code outside lib/i18n. */
export type { MessageKey, MessageValues } from "./index";

export function isMessageKey(text: string): text is MessageKey {
  return Object.hasOwn(vi, text);
}

/** The Vietnamese catalogue's literal type: its messages' `{name}` placeholders, for typed arguments. */
export type Catalogue = typeof vi;

/** The nested catalogue's shape (next-intl's keys), for code outside lib/i18n that names a namespace. */
export type { NestedMessages } from "./messages/nested.generated";
