// One index: score and rank over the years (chart and table, with sources), its components in a
// chosen year with shares and the weakest marked, and who answers for each component.
import type { Metadata } from "next";
import { IndexTrendChart } from "@/components/charts/index-trend-chart";
import { IndexComponentsTable } from "@/components/indices/index-components-table";
import { IndexYearsTable } from "@/components/indices/index-years-table";
import { PeerScoresTable } from "@/components/indices/peer-scores-table";
import { SourceText } from "@/components/indices/source-text";
import { FilterForm, SelectField } from "@/components/ui/controls";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { IndexDetail } from "@/lib/data/index-detail";
import { getDataSpan } from "@/lib/data/province/settings";
import { t } from "@/lib/i18n";
import { formatScoreValue } from "@/lib/i18n/index-format";
import { indexYearParams } from "@/lib/validations/indices";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";
import { loadIndex, type IndexParams } from "../load";

type Props = { params: IndexParams; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadIndex((await params).code)).name };
}

/** The year whose components are shown: the one asked for, else the latest with component scores. */
function componentYear(index: IndexDetail, asked: number | undefined): number | null {
  if (asked !== undefined) return asked;
  const scored = [...new Set(index.components.flatMap((c) => c.scores.map((s) => s.year)))].sort((a, b) => b - a);
  return scored[0] ?? index.years.at(-1)?.year ?? null;
}

export default async function IndexPage({ params, searchParams }: Props) {
  const [viewer, index, span, search] = await Promise.all([requireViewer(), params.then(({ code }) => loadIndex(code)), getDataSpan(), searchParams]);
  const year = componentYear(index, parseSearchParams(indexYearParams(span), search).year);
  const yearChoices = [...new Set([...index.years.map((y) => y.year), ...index.components.flatMap((c) => c.scores.map((s) => s.year))])].sort(
    (a, b) => b - a,
  );
  const componentSource = index.components.flatMap((c) => c.scores).find((s) => s.year === year)?.source ?? null;

  return (
    <div className="space-y-8">
      <PageHeader title={index.name} actions={
          can(viewer, "indexScore.manage") ? (
            <ButtonLink href={`/indices/${index.code}/edit`} primary>{t("indices.manage")}</ButtonLink>
          ) : undefined
        }
      >
        <p className="text-sm text-muted">
          {t(`indices.unit.${index.unit}`, { max: formatScoreValue(index.maxScore) })}
          {index.totalIsSum ? ` · ${t("indices.detail.sumMethod")}` : ""}
        </p>
        {index.description ? <p className="text-foreground">{index.description}</p> : null}
      </PageHeader>

      <Section id="index-trend" title={t("indices.detail.trendHeading")} className="space-y-4">
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
      </Section>

      <PeerScoresTable index={index} />

      <section aria-labelledby="index-components" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 id="index-components" className="text-lg font-semibold text-brand-900">
            {year === null ? t("indices.detail.componentsHeadingNoYear") : t("indices.detail.componentsHeading", { year })}
          </h2>
          {yearChoices.length > 1 ? (
            <FilterForm action={`/indices/${index.code}`} submitLabel={t("indices.detail.show")}>
              <SelectField id="component-year" name="year" label={t("indices.detail.componentYear")} defaultValue={year ?? undefined}
                options={yearChoices.map((y) => ({ value: y, label: String(y) }))} />
            </FilterForm>
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
