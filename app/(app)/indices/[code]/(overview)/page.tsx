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
import type { IndexDetail, IndexYear } from "@/lib/data/index-detail";
import { getDataSpan } from "@/lib/data/province/settings";
import { UnitsViewSwitch } from "@/components/org/units-view-switch";
import { slugOf } from "@/lib/org/names";
import { DEFAULT_UNITS_VIEW } from "@/lib/org/views";
import { localName } from "@/lib/i18n/locale";
import { getIntl } from "@/lib/i18n/server";
import { indexYearParams } from "@/lib/validations/indices";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";
import { loadIndex, type IndexParams } from "../load";

type Props = { params: IndexParams; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [index, { locale }] = await Promise.all([params.then(({ code }) => loadIndex(code)), getIntl()]);
  return { title: localName(locale, index) };
}

/** The year whose components are shown: the one asked for, else the latest with component scores of `province`. */
function componentYear(index: IndexDetail, asked: number | undefined, province: string): number | null {
  if (asked !== undefined) return asked;
  const scored = [...new Set(index.components.flatMap((c) => c.scores.filter((s) => s.province === province).map((s) => s.year)))].sort((a, b) => b - a);
  return scored[0] ?? null;
}

type Section = { key: string; province: string; title: string; caption: string; years: IndexYear[] };

export default async function IndexPage({ params, searchParams }: Props) {
  const [viewer, index, span, search, { t, f, locale }] = await Promise.all([requireViewer(), params.then(({ code }) => loadIndex(code)), getDataSpan(), searchParams, getIntl()]);
  const name = localName(locale, index);
  const query = parseSearchParams(indexYearParams(span), search);
  const view = query.units ?? DEFAULT_UNITS_VIEW;
  const today: Section = { key: "today", province: "", title: t("org.indices.today"), caption: t("org.indices.todayCaption"), years: index.years };
  const former: Section[] = index.formerYears.map((one) => ({
    key: slugOf(one.province).toLowerCase(),
    province: one.province,
    title: t("org.indices.former", { province: one.province }),
    caption: t("org.indices.formerCaption", { province: one.province }),
    years: one.years,
  }));
  // by today's units the merged province comes first; by the units of the time, the provinces of each year
  const sections = view === "today" ? [today, ...former] : [...former, today];
  // the components: today's province's, else the former province asked for (or the first scored)
  const scoredProvinces = [...new Set(index.components.flatMap((c) => c.scores.map((s) => s.province)))];
  const askedProvince = query.province !== undefined && scoredProvinces.includes(query.province) ? query.province : null;
  const componentProvince = askedProvince ?? (scoredProvinces.includes("") ? "" : (scoredProvinces.sort((a, b) => a.localeCompare(b, "vi"))[0] ?? ""));
  const year = componentYear(index, query.year, componentProvince);
  const yearChoices = [...new Set(index.components.flatMap((c) => c.scores.filter((s) => s.province === componentProvince).map((s) => s.year)))].sort((a, b) => b - a);
  const componentSource = index.components.flatMap((c) => c.scores).find((s) => s.year === year && s.province === componentProvince)?.source ?? null;
  const provinceName = componentProvince === "" ? t("org.indices.today") : t("org.indices.former", { province: componentProvince });
  const unitsHref = (option: string) => `/indices/${index.code}${option === DEFAULT_UNITS_VIEW ? "" : `?units=${option}`}`;

  return (
    <div className="space-y-8">
      <PageHeader title={name} actions={
          can(viewer, "indexScore.manage") ? (
            <ButtonLink href={`/indices/${index.code}/edit`} primary>{t("indices.manage")}</ButtonLink>
          ) : undefined
        }
      >
        <p className="text-sm text-muted">
          {t(`indices.unit.${index.unit}`, { max: f.score(index.maxScore) })}
          {index.totalIsSum ? ` · ${t("indices.detail.sumMethod")}` : ""}
        </p>
        {/* the description is Vietnamese text of the catalogue, with no English version */}
        {index.description ? <p className="text-foreground" lang={locale === "vi" ? undefined : "vi"}>{index.description}</p> : null}
      </PageHeader>

      <div className="space-y-2">
        <UnitsViewSwitch view={view} href={unitsHref} />
        <p className="text-sm text-muted" data-testid="indices-view-note">{t(view === "today" ? "org.indices.todayNote" : "org.indices.timeNote")}</p>
      </div>

      {sections.map((section) => (
        <Section key={section.key} id={`index-trend-${section.key}`} title={`${t("indices.detail.trendHeading")}: ${section.title}`} className="space-y-4" testId={`index-section-${section.key}`}>
          {section.years.length > 1 ? (
            <IndexTrendChart
              points={section.years.map((y) => ({ year: y.year, score: y.score, average: y.nationalAverage }))}
              max={index.maxScore}
              label={t("indices.detail.chartLabel", { name: `${name} — ${section.title}` })}
              scoreName={t("indices.detail.scoreSeries")}
              averageName={t("indices.detail.averageSeries")}
            />
          ) : null}
          {section.years.length === 0 && section.province === "" ? (
            <p className="text-muted">{t("org.indices.noneToday")}</p>
          ) : (
            <IndexYearsTable index={index} years={section.years} caption={section.caption} testId={`index-years-${section.key}`} />
          )}
        </Section>
      ))}

      <PeerScoresTable index={index} />

      <section aria-labelledby="index-components" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 id="index-components" className="text-lg font-semibold text-brand-900">
            {year === null ? t("indices.detail.componentsHeadingNoYear") : t("indices.detail.componentsHeading", { year: String(year) })} — {provinceName}
          </h2>
          {yearChoices.length > 1 || scoredProvinces.length > 1 ? (
            <FilterForm action={`/indices/${index.code}`} submitLabel={t("indices.detail.show")} hidden={{ units: view === DEFAULT_UNITS_VIEW ? undefined : view }}>
              {scoredProvinces.length > 1 ? (
                <SelectField id="component-province" name="province" label={t("org.indices.col.province")} defaultValue={componentProvince}
                  options={scoredProvinces.map((p) => ({ value: p, label: p === "" ? t("org.indices.today") : t("org.indices.former", { province: p }) }))} />
              ) : null}
              <SelectField id="component-year" name="year" label={t("indices.detail.componentYear")} defaultValue={year ?? undefined}
                options={yearChoices.map((y) => ({ value: y, label: String(y) }))} />
            </FilterForm>
          ) : null}
        </div>
        <IndexComponentsTable index={index} year={year} province={componentProvince} />
        {componentSource && year !== null ? (
          <p className="text-xs text-muted" data-testid="component-source">
            {t("indices.detail.componentSource", { year: String(year), source: "" })}
            <SourceText source={componentSource} />
          </p>
        ) : null}
        {index.components.some((c) => !c.confirmed) ? <p className="text-sm text-muted">{t("indices.unconfirmedNote")}</p> : null}
      </section>
    </div>
  );
}
