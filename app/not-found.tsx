import type { Metadata } from "next";
import Link from "next/link";
import { getIntl } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("notFound.title") };
}

export default async function NotFound() {
  const { t } = await getIntl();
  return (
    <main id="main-content" className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="max-w-xl border-t-4 border-accent-600 bg-surface p-6 shadow-sm sm:p-8">
        <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
          404
        </p>
        <h1 className="mt-2 text-2xl font-bold text-brand-900">{t("notFound.heading")}</h1>
        <p className="mt-3 text-foreground">{t("notFound.body")}</p>
        <Link
          href="/"
          className="mt-6 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("common.backHome")}
        </Link>
      </div>
    </main>
  );
}
