// The import's refusals as message keys with their arguments (issue 23), put into words in the
// reader's language where they are shown: the uploader's for the progress stream (the importer
// words them, lib/data/imports/runs.ts), the page reader's for a run's stored message. Until then
// an error's `message` is its Vietnamese wording, for the server log.
import { DEFAULT_LOCALE, translate, type Locale } from "@/lib/i18n/locales";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import { wordsOf } from "@/lib/notifications/words";
import type { KeyedMessage } from "@/lib/validations/messages";

/** A message whose arguments are written in the reader's formats (a byte size, say). */
export type FormattedMessage = KeyedMessage | ((f: LocaleFormat) => KeyedMessage);

const keyedIn = (message: FormattedMessage, f: LocaleFormat): KeyedMessage => (typeof message === "function" ? message(f) : message);

/** An import error that says what to do, as a key of the catalogue with its arguments. */
export class KeyedImportError extends Error {
  /** the key and arguments, the arguments in Vietnamese formats: what a run stores */
  readonly said: KeyedMessage;

  constructor(private readonly formatted: FormattedMessage) {
    const said = keyedIn(formatted, wordsOf(DEFAULT_LOCALE).f);
    super(translate(DEFAULT_LOCALE, said.key, said.values));
    this.said = said;
  }

  /** The same error, its message in `locale` (the uploader's), for the route's answer. */
  wordedIn(locale: Locale, f: LocaleFormat): this {
    const { key, values } = keyedIn(this.formatted, f);
    this.message = translate(locale, key, values);
    return this;
  }
}

/** A file refused as a whole (not UTF-8, mojibake, missing columns, unreadable workbook). */
export class ImportFileError extends KeyedImportError {
  override name = "ImportFileError";
}
