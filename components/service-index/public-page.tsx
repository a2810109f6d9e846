// The public page's body (issue 21) in one language: app/cong-khai/[ky] (Vietnamese, the default)
// and app/cong-khai/en/[ky] (English, issue 23) render it. Both are force-static routes that see no
// cookie and whose background regeneration has no request, so the language is the route's, not the
// visitor's: each language is its own address and its own cache entry, and the page links the other.
// Words come from the fixed translator of that language (lib/i18n/fixed.ts), not the request's.
// The root layout's <html lang> is the default's; an English page says lang="en" on <main>, and
// its client components (the chart's table) get an English provider of their own.
import "server-only";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicTrend } from "@/components/service-index/public-trend";
import { serviceIndexText } from "@/components/service-index/format";
import { LinkTabs } from "@/components/ui/link-tabs";
import { Table } from "@/components/ui/table";
import { getPublicFigures, isPublicPageEnabled, publicDataAsOf, type PublicRow } from "@/lib/data/province/public-service-index";
import { fixedIntl } from "@/lib/i18n/fixed";
import type { Locale } from "@/lib/i18n/locale";
import { FixedIntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";
import { addDays, addMonths, firstOfMonth } from "@/lib/metrics/periods";
import { LATEST_PUBLIC_PERIOD as LATEST, publicPagePath } from "@/lib/security/public-page";
import { indexPeriodOf, parseIndexPeriod } from "@/lib/service-index/periods";
import { localName } from "@/lib/i18n/locale";

const OTHER: Record<Locale, Locale> = { vi: "en", en: "vi" };

function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className="text-lg font-semibold text-brand-900">
      {children}
    </h2>
  );
}

/** The page's title in `locale`, for the routes' metadata. */
export function publicTitle(locale: Locale): string {
  const { t } = fixedIntl(locale);
  return `${t("public.title")} · ${t("app.shortTitle")}`;
}

export async function PublicPageBody({ ky, locale }: { ky: string; locale: Locale }) {
  const intl = fixedIntl(locale);
  const { t, f } = intl;
  const [enabled, asOf] = await Promise.all([isPublicPageEnabled(), publicDataAsOf()]);
  const s = serviceIndexText({ t, f });
  const rate = (value: number | null) => (value === null ? t("common.noData") : f.percent(value));
  if (!enabled) {
    return (
      <main id="main-content" lang={locale} className="mx-auto max-w-3xl px-4 py-12">
        <p data-testid="public-off">{t("public.off")}</p>
      </main>
    );
  }
  // the periods offered: last complete week and month, this quarter and this year
  const choices = [
    indexPeriodOf("week", addDays(indexPeriodOf("week", asOf).period.from, -1)),
    indexPeriodOf("month", addMonths(firstOfMonth(asOf), -1)),
    indexPeriodOf("quarter", asOf),
    indexPeriodOf("year", asOf),
  ];
  const asked = ky === LATEST ? null : parseIndexPeriod(decodeURIComponent(ky));
  if (ky !== LATEST && !asked) notFound();
  const period = asked ?? choices[1]!;
  const figures = await getPublicFigures(period.key);
  if (!figures) notFound();

  const columns = [
    { key: "name", header: t("serviceIndex.unit"), rowHeader: true, cell: (row: PublicRow) => row.name },
    { key: "score", header: t("public.col.score"), numeric: true, cell: (row: PublicRow) => s.score(row.score) },
    { key: "band", header: t("serviceIndex.bandLabel"), cell: (row: PublicRow) => s.band(row.band) },
    { key: "onTime", header: t("public.col.onTime"), numeric: true, cell: (row: PublicRow) => rate(row.onTime) },
    { key: "toProcess", header: t("public.col.toProcess"), numeric: true, cell: (row: PublicRow) => f.number(row.toProcess) },
  ];
  const other = OTHER[locale];

  return (
    <main id="main-content" lang={locale} className="mx-auto max-w-5xl space-y-8 px-4 py-6 sm:py-10">
      <header className="space-y-2">
        <p className="flex flex-wrap justify-between gap-2 text-sm font-semibold text-brand-800">
          <span>{figures.provinceName}</span>
          <span className="flex gap-4">
            <a href={publicPagePath(other, ky)} lang={other} hrefLang={other} className="text-brand-700 underline" data-testid="public-language">
              {t("public.otherLanguage")}
            </a>
            <Link href="/sign-in" className="text-brand-700 underline">
              {t("public.signIn")}
            </Link>
          </span>
        </p>
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl" data-testid="public-title">
          {t("public.title")}
        </h1>
        <p>{t("public.intro")}</p>
        <p className="text-sm text-muted">{t("public.updated", { asOf: f.localDate(figures.asOf) })}</p>
      </header>
      <LinkTabs
        label={t("public.periodLabel")}
        showLabel
        links={choices.map((choice) => ({ href: publicPagePath(locale, choice.key), label: s.period(choice), current: choice.key === period.key }))}
      />
      <section aria-labelledby="public-province" className="space-y-3">
        <SectionHeading id="public-province">{s.period(figures.period)}</SectionHeading>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="public-province">
          {[
            [t("public.col.score"), s.score(figures.province.score)],
            [t("public.col.onTime"), rate(figures.province.onTime)],
            [t("serviceIndex.bandLabel"), s.band(figures.province.band)],
          ].map(([term, value]) => (
            <div key={term} className="rounded-lg border border-border bg-surface p-4">
              <dt className="text-sm text-muted">{term}</dt>
              <dd className="text-3xl font-semibold text-brand-900">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="public-months" className="space-y-3">
        <SectionHeading id="public-months">{t("public.byPeriod")}</SectionHeading>
        <FixedIntlClient locale={locale} namespaces={SHELL_NAMESPACES}>
          <PublicTrend months={figures.months} intl={intl} />
        </FixedIntlClient>
      </section>
      <section aria-labelledby="public-units" className="space-y-3">
        <SectionHeading id="public-units">{t("public.byUnit")}</SectionHeading>
        {figures.units.map((g) => (
          <Table<PublicRow> key={g.group ?? "none"} caption={g.group === null ? t("serviceIndex.noGroup") : localName(locale, { name: g.group, nameEn: g.groupEn })} captionVisible rows={g.rows} rowKey={(row) => row.name} columns={columns} empty={t("common.noData")} testId="public-units" />
        ))}
      </section>
    </main>
  );
}
