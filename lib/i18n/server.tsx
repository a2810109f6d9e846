// Server components' access to next-intl: the translator of the whole catalogue (keys and ICU
// arguments typed, types/next-intl.d.ts) and the formats of the request's locale.
import "server-only";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { nestedMessages, type NestedMessages } from "./messages/nested";
import { localeFormat, TIME_ZONE, type LocaleFormat } from "./locale-format";
import type { Locale } from "./locale";
import { formatText, type Translator } from "./translator";

export type { Translator };

export type RequestIntl = { t: Translator; locale: Locale; f: LocaleFormat };

/** The request's translator, locale and formats (next-intl caches the request's config per render). */
export async function getIntl(): Promise<RequestIntl> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return { t, locale, f: localeFormat(locale, formatText(t)) };
}

export type Namespace = keyof NestedMessages;
/** A namespace's part ("export.progress"): a client component that reads a few keys of a large namespace gets only those. */
export type SubNamespace = {
  [Name in Namespace]: { [Part in keyof NestedMessages[Name] & string]: NestedMessages[Name][Part] extends string ? never : `${Name}.${Part}` }[keyof NestedMessages[Name] & string];
}[Namespace];

/**
 * What every page's client components read (shell, error panels, formats, the data table's sort
 * labels, the download's progress): a few hundred bytes, not the catalogue. A nested provider
 * replaces these, so it names them too.
 */
export const SHELL_NAMESPACES = ["shell", "error", "common", "nav", "signOut", "period", "charts", "table", "export.progress"] as const satisfies readonly (Namespace | SubNamespace)[];

type Tree = { [name: string]: unknown };

/** `messages` restricted to `namespaces` (whole namespaces, or parts of one: "export.progress"). */
export function pickMessages(messages: NestedMessages, namespaces: readonly (Namespace | SubNamespace)[]): Partial<NestedMessages> {
  const picked: Tree = {};
  for (const namespace of namespaces) {
    const [name, part] = namespace.split(".") as [Namespace, string | undefined];
    if (part === undefined) picked[name] = messages[name];
    else picked[name] = { ...(picked[name] as Tree | undefined), [part]: (messages[name] as Tree)[part] };
  }
  return picked as Partial<NestedMessages>;
}

/**
 * The client components below get only these namespaces of the request's messages (not the whole
 * catalogue, issue 19's page weight), with the request's locale.
 */
export async function IntlClient({ namespaces, children }: { namespaces: readonly (Namespace | SubNamespace)[]; children: ReactNode }) {
  const messages = (await getMessages()) as unknown as NestedMessages;
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}

/**
 * IntlClient for a page whose language is its route's, not the request's (the force-static public
 * page, components/service-index/public-page.tsx): the namespaces of `locale`'s catalogue.
 */
export function FixedIntlClient({ locale, namespaces, children }: { locale: Locale; namespaces: readonly (Namespace | SubNamespace)[]; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={TIME_ZONE} messages={pickMessages(nestedMessages[locale], namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
