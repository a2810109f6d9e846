"use client";
// What a reader sees when a page fails: a plain message in the reader's language, the error's digest to quote
// to the administrator (it matches the server log), and a way to try again.
import Link from "next/link";
import { useEffect } from "react";
import { useTranslations } from "next-intl";
import type { NestedMessages } from "@/lib/i18n/keys";

function digestOf(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string") {
    return error.digest;
  }
  return undefined;
}

type Back = { href: string; label: string };

export function ErrorPanel({ error, retry, back }: { error: unknown; retry: () => void; back?: Back }) {
  const t = useTranslations();
  const digest = digestOf(error);

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div role="alert" className="mx-auto max-w-2xl rounded-lg border border-accent-600/40 bg-accent-100 p-6" data-testid="error-panel">
      <h1 className="text-xl font-bold text-accent-700">{t("error.heading")}</h1>
      <p className="mt-2 text-foreground">{t("error.body")}</p>
      {digest ? <p className="mt-2 text-sm text-muted">{t("error.reference", { digest })}</p> : null}
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("error.retry")}
        </button>
        <Link href={back?.href ?? "/"} className="inline-flex min-h-11 items-center rounded-md px-4 py-2 font-semibold text-brand-700 underline">
          {back?.label ?? t("common.backHome")}
        </Link>
      </div>
    </div>
  );
}

/**
 * The error.tsx of a section: the panel inside the shell, with the way back to the section's first
 * page. `export default sectionError("/dossiers", "nav.dossiers");` in a "use client" file.
 */
export function sectionError(href: string, labelKey: `nav.${keyof NestedMessages["nav"]}`) {
  return function SectionError({ error, retry }: { error: unknown; retry: () => void }) {
    const t = useTranslations();
    const label = href === "/" ? t("common.backHome") : t("error.backTo", { section: t(labelKey) });
    return <ErrorPanel error={error} retry={retry} back={{ href, label }} />;
  };
}
