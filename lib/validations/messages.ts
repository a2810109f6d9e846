// Schemas carry message keys, not words (issue 23): a check's `error` is a key of the catalogue
// (`msg` types it), a custom issue's arguments travel in its `params`. The words are looked up
// where an issue is shown, in the reader's language (lib/validations/issue-messages.ts). This file
// loads no catalogue, so the schemas that client components import stay light.
import type { MessageKey, MessageValues } from "@/lib/i18n/keys";

/** A message key, checked against the catalogue at compile time: what a schema's `error` holds. */
export const msg = <K extends MessageKey>(key: K): K => key;

/** A message as a key with its arguments, to be put into words where it is shown. */
export type KeyedMessage = { key: MessageKey; values?: MessageValues };
