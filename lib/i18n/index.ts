// One message catalogue for all UI text (STYLE §10). Pure: usable from server and client
// components alike. The UI speaks Vietnamese (DESIGN §8), so `t` reads the Vietnamese catalogue
// only: client components import this module, and every catalogue it named would ship to the
// browser. The English catalogue (same keys, checked by a test) is read through
// `translate` in ./locales, which client code does not import.
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

/** The Vietnamese message for `key`, with `{name}` placeholders replaced from `values`. */
export function t(key: MessageKey, values?: MessageValues): string {
  return fill(vi[key], values);
}
