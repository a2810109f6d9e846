// The yearly agency assessment, a ranking group (khối) and a year at a time: scores, rank, rating and
// alerts. By today's units (the default) the board lists today's groups and units, a unit formed
// later with its predecessors' results of that year; by the units of the time, the year's own groups.
// Agency staff see their own rows only (the data layer's scope).
import type { Metadata } from "next";
import { RankingBoardTable } from "@/components/org/ranking-board";
import { UnitsViewSwitch } from "@/components/org/units-view-switch";
import { FilterForm, SelectField } from "@/components/ui/controls";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import { ExportLink } from "@/components/ui/export-link";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getRankingBoard, listAssessmentYears } from "@/lib/data/assessments";
import { getDataSpan } from "@/lib/data/province/settings";
import { listRatingBands } from "@/lib/data/province/assessments";
import { getIntl } from "@/lib/i18n/server";
import { DEFAULT_UNITS_VIEW, type UnitsView } from "@/lib/org/views";
import { rankingBoardParams } from "@/lib/validations/assessments";
import { parseSearchParams, spanYears, type SearchParams } from "@/lib/validations/search-params";
import { localName } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("assessments.title") };
}

function boardHref(year: number, view: UnitsView, path = "/assessments", group?: string): string {
  const params = new URLSearchParams({ year: String(year), ...(group ? { group } : {}), ...(view === DEFAULT_UNITS_VIEW ? {} : { units: view }) });
  return `${path}?${params.toString()}`;
}

export default async function AssessmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const [span, years, params, { t, f }] = await Promise.all([getDataSpan(), listAssessmentYears(viewer), searchParams, getIntl()]);
  const query = parseSearchParams(rankingBoardParams(span), params);
  const dataYear = spanYears(span).last;
  // the year asked, else the latest year with assessments up to the data's year
  const year = query.year ?? years.find((y) => y <= dataYear) ?? years[0] ?? dataYear;
  const view = query.units ?? DEFAULT_UNITS_VIEW;
  const [board, bands] = await Promise.all([getRankingBoard(viewer, year, query.group, view), listRatingBands(year)]);
  const group = board.group;
  const yearChoices = [...new Set([...years, year])].sort((a, b) => b - a);

  return (
    <div className="space-y-6">
      <PageHeader title={t("assessments.heading")} intro={t("assessments.intro")}
        actions={
          <>
            {can(viewer, "assessment.manage") ? <ButtonLink href={`/assessments/entry?year=${year}`} primary>{t("assessments.manage")}</ButtonLink> : null}
            <ExportLink href={boardHref(year, view, "/assessments/export", group?.code)} what={t("assessments.heading")} />
          </>
        }
      />
      <FilterForm action="/assessments" submitLabel={t("assessments.show")} hidden={view === DEFAULT_UNITS_VIEW ? {} : { units: view }}>
        <SelectField id="filter-year" name="year" label={t("assessments.field.year")} defaultValue={year} options={yearChoices.map((y) => ({ value: y, label: String(y) }))} />
        <SelectField id="filter-group" name="group" label={t("assessments.field.group")} defaultValue={group?.code} testId="board-group"
          options={board.groups.map((g) => ({ value: g.code, label: localName(f.locale, g) }))} />
      </FilterForm>
      <UnitsViewSwitch view={view} href={(option) => boardHref(year, option)} />
      {board.groupYear !== null && board.groupYear !== year ? <p className="text-sm text-muted">{t("org.assessment.groupsOf", { year: String(board.groupYear) })}</p> : null}
      <Section id="bands" title={t("assessments.bands.heading", { year: String(year) })} className="space-y-2">
        {bands.length === 0 ? (
          <p className="text-muted">{t("assessments.bands.none")}</p>
        ) : (
          <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
            {bands.map((b) => (
              <li key={b.rating}>{t("assessments.bands.row", { label: t(`assessments.rating.${b.rating}`), min: f.score(b.minScore) })}</li>
            ))}
          </ul>
        )}
      </Section>
      <RankingBoardTable rows={group ? board.rows : []} caption={t("org.assessment.caption", { group: group ? localName(f.locale, group) : "", year: String(year) })} />
    </div>
  );
}
