// The yearly agency assessment, a group and a year at a time: scores, rank, rating and alerts.
// Agency staff see their own agency's row only (the data layer's scope).
import { ExportLink } from "@/components/ui/export-link";
import type { Metadata } from "next";
import { AssessmentFilter, boardQuery } from "@/components/assessments/assessment-filter";
import { AssessmentBoard } from "@/components/assessments/assessment-tables";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getDataSpan } from "@/lib/data/as-of";
import { getAssessmentBoard, listAssessmentYears, listRatingBands } from "@/lib/data/assessments";
import { t } from "@/lib/i18n";
import { formatScoreValue } from "@/lib/i18n/index-format";
import { assessmentBoardParams } from "@/lib/validations/assessments";
import { parseSearchParams, spanYears, type SearchParams } from "@/lib/validations/search-params";

export const metadata: Metadata = { title: t("assessments.title") };

export default async function AssessmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, span, years, params] = await Promise.all([requireViewer(), getDataSpan(), listAssessmentYears(), searchParams]);
  const { year, group } = boardQuery(parseSearchParams(assessmentBoardParams(span), params), years, spanYears(span).last);
  const [rows, bands] = await Promise.all([getAssessmentBoard(viewer, year, group), listRatingBands(year)]);

  return (
    <div className="space-y-6">
      <PageHeader title={t("assessments.heading")} intro={t("assessments.intro")}
        actions={
          <>
            {can(viewer, "assessment.manage") ? (
              <ButtonLink href={`/assessments/entry?year=${year}&group=${group}`} primary>{t("assessments.manage")}</ButtonLink>
            ) : null}
            <ExportLink href={`/assessments/export?year=${year}&group=${group}`} what={t("assessments.heading")} />
          </>
        }
      />
      <AssessmentFilter action="/assessments" years={years} year={year} group={group} />
      <Section id="bands" title={t("assessments.bands.heading", { year })} className="space-y-2">
        {bands.length === 0 ? (
          <p className="text-muted">{t("assessments.bands.none")}</p>
        ) : (
          <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
            {bands.map((b) => (
              <li key={b.rating}>{t("assessments.bands.row", { label: b.label, min: formatScoreValue(b.minScore) })}</li>
            ))}
          </ul>
        )}
      </Section>
      <AssessmentBoard rows={rows} caption={t("assessments.boardCaption", { group: t(`assessments.group.${group}`), year })} />
    </div>
  );
}
