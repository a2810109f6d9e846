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
import { getIndexDetail, type IndexDetail, type IndexYear } from "@/lib/data/index-detail";
import { UnitsViewSwitch } from "@/components/org/units-view-switch";
import { slugOf } from "@/lib/org/names";
import { DEFAULT_UNITS_VIEW, parseUnitsView } from "@/lib/org/views";
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

/** The year and province whose components are shown: the year asked for, else the latest with component scores. */
function componentYear(index: IndexDetail, asked: string | string[] | undefined, province: string): number | null {
  const years = new Set(index.components.flatMap((c) => c.scores.filter((s) => s.province === province).map((s) => s.year)));
  const wanted = typeof asked === "string" && /^\d{4}$/.test(asked) ? Number(asked) : null;
  if (wanted !== null) return wanted;
  const scored = [...years].sort((a, b) => b - a);
  return scored[0] ?? null;
}

type Section = { key: string; province: string; title: string; caption: string; years: IndexYear[] };

export default async function IndexPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const index = await load((await params).code);
  const query = await searchParams;
  const view = parseUnitsView(typeof query.units === "string" ? query.units : undefined);
  const today: Section = { key: "today", province: "", title: t("org.indices.today"), caption: t("org.indices.todayCaption"), years: index.years };
  const former: Section[] = index.formerYears.map((f) => ({
    key: slugOf(f.province).toLowerCase(),
    province: f.province,
    title: t("org.indices.former", { province: f.province }),
    caption: t("org.indices.formerCaption", { province: f.province }),
    years: f.years,
  }));
  // by today's units the merged province comes first; by the units of the time, the provinces of each year
  const sections = view === "today" ? [today, ...former] : [...former, today];
  // the components: today's province's, else the former province of the asked year (or the latest scored)
  const scoredProvinces = [...new Set(index.components.flatMap((c) => c.scores.map((s) => s.province)))];
  const askedProvince = typeof query.province === "string" && scoredProvinces.includes(query.province) ? query.province : null;
  const componentProvince = askedProvince ?? (scoredProvinces.includes("") ? "" : (scoredProvinces.sort((a, b) => a.localeCompare(b, "vi"))[0] ?? ""));
  const year = componentYear(index, query.year, componentProvince);
  const yearChoices = [...new Set(index.components.flatMap((c) => c.scores.filter((s) => s.province === componentProvince).map((s) => s.year)))].sort((a, b) => b - a);
  const componentSource = index.components.flatMap((c) => c.scores).find((s) => s.year === year && s.province === componentProvince)?.source ?? null;
  const provinceName = componentProvince === "" ? t("org.indices.today") : t("org.indices.former", { province: componentProvince });
  const unitsHref = (option: string) => `/indices/${index.code}${option === DEFAULT_UNITS_VIEW ? "" : `?units=${option}`}`;

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

      <div className="space-y-2">
        <UnitsViewSwitch view={view} href={unitsHref} />
        <p className="text-sm text-muted" data-testid="indices-view-note">{t(view === "today" ? "org.indices.todayNote" : "org.indices.timeNote")}</p>
      </div>

      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`index-trend-${section.key}`} className="space-y-4" data-testid={`index-section-${section.key}`}>
          <h2 id={`index-trend-${section.key}`} className="text-lg font-semibold text-brand-900">
            {t("indices.detail.trendHeading")}: {section.title}
          </h2>
          {section.years.length > 1 ? (
            <IndexTrendChart
              points={section.years.map((y) => ({ year: y.year, score: y.score, average: y.nationalAverage }))}
              max={index.maxScore}
              label={t("indices.detail.chartLabel", { name: `${index.name} — ${section.title}` })}
              scoreName={t("indices.detail.scoreSeries")}
              averageName={t("indices.detail.averageSeries")}
            />
          ) : null}
          {section.years.length === 0 && section.province === "" ? <p className="text-muted">{t("org.indices.noneToday")}</p> : <IndexYearsTable index={index} years={section.years} caption={section.caption} testId={`index-years-${section.key}`} />}
        </section>
      ))}

      <PeerScoresTable index={index} />

      <section aria-labelledby="index-components" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 id="index-components" className="text-lg font-semibold text-brand-900">
            {year === null ? t("indices.detail.componentsHeadingNoYear") : t("indices.detail.componentsHeading", { year })} — {provinceName}
          </h2>
          {yearChoices.length > 1 || scoredProvinces.length > 1 ? (
            <form method="get" className="flex flex-wrap items-end gap-2">
              {scoredProvinces.length > 1 ? (
                <label className="text-sm font-medium">
                  {t("org.indices.col.province")}{" "}
                  <select name="province" defaultValue={componentProvince} className="rounded-md border border-border bg-surface px-2 py-1">
                    {scoredProvinces.map((p) => (
                      <option key={p} value={p}>{p === "" ? t("org.indices.today") : t("org.indices.former", { province: p })}</option>
                    ))}
                  </select>
                </label>
              ) : null}
              <label className="text-sm font-medium" htmlFor="component-year">
                {t("indices.detail.componentYear")}
              </label>
              <select id="component-year" name="year" defaultValue={year ?? undefined} className="rounded-md border border-border bg-surface px-2 py-1">
                {yearChoices.map((y) => (
                  <option key={y} value={y}>{y}</option>
                ))}
              </select>
              {view === DEFAULT_UNITS_VIEW ? null : <input type="hidden" name="units" value={view} />}
              <button type="submit" className="rounded-md border border-border px-3 py-1 font-semibold text-brand-900">
                {t("indices.detail.show")}
              </button>
            </form>
          ) : null}
        </div>
        <IndexComponentsTable index={index} year={year} province={componentProvince} />
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
