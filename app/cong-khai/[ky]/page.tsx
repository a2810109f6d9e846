// The public page (issue 21): how the province and each of its agencies serve citizens — the
// Decision 766 service index and the on-time rate by period — without signing in, phone first, with
// no personal data. /cong-khai is the latest month, /cong-khai/2026-Q4 a period (next.config.ts
// rewrites /cong-khai and the old ?ky= links here, lib/security/public-page.ts).
// Served from Next's full-route cache (incremental static regeneration): a period is rendered on its
// first view, kept as HTML and RSC, and rendered again in the background at most once every
// 60 s (`revalidate`) while people view it — a view neither renders nor reads the database. This needs
// a page without a per-request nonce: the public page runs no script at all (proxy.ts gives it
// script-src 'none'), so it is plain HTML, its chart an SVG drawn on the server.
// Language: a force-static route sees no cookie (Next.js gives it empty cookies(), and the background
// regeneration has no request at all), so getIntl() gives the default, Vietnamese, to every visitor;
// one cached entry per period can only hold one language. (An English entry would need its own cache
// key: a cookie-conditioned rewrite to a per-language path and a request config that honours an
// explicit locale.)
import type { Metadata } from "next";
import { LATEST_PUBLIC_PERIOD as LATEST } from "@/lib/security/public-page";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicTrend } from "@/components/service-index/public-trend";
import { serviceIndexText } from "@/components/service-index/format";
import { LinkTabs } from "@/components/ui/link-tabs";
import { Table } from "@/components/ui/table";
import { getPublicFigures, isPublicPageEnabled, publicDataAsOf, type PublicRow } from "@/lib/data/province/public-service-index";
import { getIntl } from "@/lib/i18n/server";
import { addDays, addMonths, firstOfMonth } from "@/lib/metrics/periods";
import { indexPeriodOf, parseIndexPeriod } from "@/lib/service-index/periods";

// static for the root layout's connection() too (it resolves at once in a force-static route)
export const dynamic = "force-static";
export const revalidate = 60;
// no period is rendered at build time (the build has no database): each on its first view
export const dynamicParams = true;
export function generateStaticParams(): { ky: string }[] {
  return [];
}


export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("public.title") };
}

export default async function PublicPage({ params }: { params: Promise<{ ky: string }> }) {
  const [enabled, asOf, { ky }, { t, f }] = await Promise.all([isPublicPageEnabled(), publicDataAsOf(), params, getIntl()]);
  const s = serviceIndexText({ t, f });
  const rate = (value: number | null) => (value === null ? t("common.noData") : f.percent(value));
  if (!enabled) {
    return (
      <main id="main-content" className="mx-auto max-w-3xl px-4 py-12">
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

  return (
    <main id="main-content" className="mx-auto max-w-5xl space-y-8 px-4 py-6 sm:py-10">
      <header className="space-y-2">
        <p className="flex justify-between text-sm font-semibold text-brand-800">
          <span>{figures.provinceName}</span>
          <Link href="/sign-in" className="text-brand-700 underline">
            {t("public.signIn")}
          </Link>
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
        links={choices.map((choice) => ({ href: `/cong-khai/${choice.key}`, label: s.period(choice), current: choice.key === period.key }))}
      />
      <section aria-labelledby="public-province" className="space-y-3">
        <h2 id="public-province" className="text-lg font-semibold text-brand-900">
          {s.period(figures.period)}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="public-province">
          <div className="rounded-lg border border-border bg-surface p-4">
            <dt className="text-sm text-muted">{t("public.col.score")}</dt>
            <dd className="text-3xl font-semibold text-brand-900">{s.score(figures.province.score)}</dd>
          </div>
          <div className="rounded-lg border border-border bg-surface p-4">
            <dt className="text-sm text-muted">{t("public.col.onTime")}</dt>
            <dd className="text-3xl font-semibold text-brand-900">{rate(figures.province.onTime)}</dd>
          </div>
          <div className="rounded-lg border border-border bg-surface p-4">
            <dt className="text-sm text-muted">{t("serviceIndex.bandLabel")}</dt>
            <dd className="text-3xl font-semibold text-brand-900">{s.band(figures.province.band)}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="public-months" className="space-y-3">
        <h2 id="public-months" className="text-lg font-semibold text-brand-900">
          {t("public.byPeriod")}
        </h2>
        <PublicTrend months={figures.months} />
      </section>
      <section aria-labelledby="public-units" className="space-y-3">
        <h2 id="public-units" className="text-lg font-semibold text-brand-900">
          {t("public.byUnit")}
        </h2>
        {figures.units.map((g) => (
          <Table<PublicRow> key={g.group ?? "none"} caption={g.group ?? t("serviceIndex.noGroup")} captionVisible rows={g.rows} rowKey={(row) => row.name} columns={columns} testId="public-units" />
        ))}
      </section>
    </main>
  );
}
