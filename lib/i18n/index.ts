// LEGACY (issue 23): the synchronous Vietnamese `t` of the pages not yet on next-intl. Converted
// code reads its messages through next-intl (server: lib/i18n/server.tsx getIntl / getTranslations;
// client: useTranslations with only its namespaces, lib/i18n/server.tsx IntlClient), which follows
// the viewer's language. `t` always reads the Vietnamese catalogue, whatever the viewer chose, and
// a client component that imports it ships the whole catalogue: move a file off it when you touch
// it. The catalogues themselves stay flat (one dotted key a line) and are nested for next-intl
// (lib/i18n/nest.ts).
import { vi, type MessageKey, type Messages } from "./messages/vi";

export type { MessageKey, Messages };

export type MessageValues = Record<string, string | number>;

/** `message` with its `{name}` placeholders replaced; one without a value is left as it is, so a forgotten value shows up on screen. */
export function fill(message: string, values?: MessageValues): string {
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** LEGACY: the Vietnamese message for `key`, with `{name}` placeholders replaced from `values`. */
export function t(key: MessageKey, values?: MessageValues): string {
  return fill(vi[key], values);
}
