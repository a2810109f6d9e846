// One index: score and rank over the years (chart and table, with sources), its components in a
// chosen year with shares and the weakest marked, and who answers for each component.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { IndexTrendChart } from "@/components/charts/index-trend-chart";
import { IndexComponentsTable } from "@/components/indices/index-components-table";
import { IndexYearsTable } from "@/components/indices/index-years-table";
import { PeerScoresTable } from "@/components/indices/peer-scores-table";
import { SourceText } from "@/components/indices/source-text";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getIndexDetail, type IndexDetail } from "@/lib/data/index-detail";
import { t } from "@/lib/i18n";
import { formatScoreValue } from "@/lib/i18n/index-format";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const load = cache(async (code: string): Promise<IndexDetail> => {
  const index = await getIndexDetail(await requireViewer(), code);
  if (!index) notFound();
  return index;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).code)).name };
}

/** The year whose components are shown: the one asked for, else the latest with component scores. */
function componentYear(index: IndexDetail, asked: string | string[] | undefined): number | null {
  const years = new Set(index.components.flatMap((c) => c.scores.map((s) => s.year)));
  const wanted = typeof asked === "string" && /^\d{4}$/.test(asked) ? Number(asked) : null;
  if (wanted !== null) return wanted;
  const scored = [...years].sort((a, b) => b - a);
  return scored[0] ?? index.years.at(-1)?.year ?? null;
}

export default async function IndexPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const index = await load((await params).code);
  const year = componentYear(index, (await searchParams).year);
  const yearChoices = [...new Set([...index.years.map((y) => y.year), ...index.components.flatMap((c) => c.scores.map((s) => s.year))])].sort(
    (a, b) => b - a,
  );
  const componentSource = index.components.flatMap((c) => c.scores).find((s) => s.year === year)?.source ?? null;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl space-y-2">
          <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{index.name}</h1>
          <p className="text-sm text-muted">
            {t(`indices.unit.${index.unit}`, { max: formatScoreValue(index.maxScore) })}
            {index.totalIsSum ? ` · ${t("indices.detail.sumMethod")}` : ""}
          </p>
          {index.description ? <p className="text-foreground">{index.description}</p> : null}
        </div>
        {can(viewer, "indexScore.manage") ? (
          <Link href={`/indices/${index.code}/edit`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("indices.manage")}
          </Link>
        ) : null}
      </div>

      <section aria-labelledby="index-trend" className="space-y-4">
        <h2 id="index-trend" className="text-lg font-semibold text-brand-900">{t("indices.detail.trendHeading")}</h2>
        {index.years.length > 0 ? (
          <IndexTrendChart
            points={index.years.map((y) => ({ year: y.year, score: y.score, average: y.nationalAverage }))}
            max={index.maxScore}
            label={t("indices.detail.chartLabel", { name: index.name })}
            scoreName={t("indices.detail.scoreSeries")}
            averageName={t("indices.detail.averageSeries")}
          />
        ) : null}
        <IndexYearsTable index={index} />
      </section>

      <PeerScoresTable index={index} />

      <section aria-labelledby="index-components" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 id="index-components" className="text-lg font-semibold text-brand-900">
            {year === null ? t("indices.detail.componentsHeadingNoYear") : t("indices.detail.componentsHeading", { year })}
          </h2>
          {yearChoices.length > 1 ? (
            <form method="get" className="flex items-end gap-2">
              <label className="text-sm font-medium" htmlFor="component-year">
                {t("indices.detail.componentYear")}
              </label>
              <select id="component-year" name="year" defaultValue={year ?? undefined} className="rounded-md border border-border bg-surface px-2 py-1">
                {yearChoices.map((y) => (
                  <option key={y} value={y}>{y}</option>
                ))}
              </select>
              <button type="submit" className="rounded-md border border-border px-3 py-1 font-semibold text-brand-900">
                {t("indices.detail.show")}
              </button>
            </form>
          ) : null}
        </div>
        <IndexComponentsTable index={index} year={year} />
        {componentSource && year !== null ? (
          <p className="text-xs text-muted" data-testid="component-source">
            {t("indices.detail.componentSource", { year, source: "" })}
            <SourceText source={componentSource} />
          </p>
        ) : null}
        {index.components.some((c) => !c.confirmed) ? <p className="text-sm text-muted">{t("indices.unconfirmedNote")}</p> : null}
      </section>
    </div>
  );
}
