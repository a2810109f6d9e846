// Home Affairs' entry of the yearly assessment: the year's bands, the group's criteria, and one
// agency's scores per criterion with evidence.
import type { Metadata } from "next";
import { AssessmentFilter, boardQuery } from "@/components/assessments/assessment-filter";
import { AssessmentForm } from "@/components/assessments/assessment-form";
import { BandsForm } from "@/components/assessments/bands-form";
import { CriterionForm } from "@/components/assessments/criterion-form";
import { SelectField } from "@/components/ui/controls";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requirePermission } from "@/lib/auth/page-access";
import { getAgencyAssessmentHistory, listAssessmentYears } from "@/lib/data/assessments";
import { listCurrentAgencies } from "@/lib/data/province/agencies";
import { getDataSpan } from "@/lib/data/province/settings";
import { listCriteria, listRatingBands } from "@/lib/data/province/assessments";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/locale";
import { assessmentBoardParams } from "@/lib/validations/assessments";
import { parseSearchParams, spanYears, type SearchParams } from "@/lib/validations/search-params";
import { addCriterion, saveAgencyAssessment, saveRatingBands } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("assessments.entry.title") };
}

/** The forms are client components: they read the assessment messages. */
const FORM_NAMESPACES = [...SHELL_NAMESPACES, "assessments"] as const;

/** A score as a form box shows it: a decimal comma in Vietnamese, a point in English (the server takes either). */
const boxOf = (locale: Locale) => (value: number | null | undefined): string =>
  value === null || value === undefined ? "" : locale === "vi" ? String(value).replace(".", ",") : String(value);

export default async function AssessmentEntryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission("assessment.manage");
  const [span, years, raw, { t, f, locale }] = await Promise.all([getDataSpan(), listAssessmentYears(viewer), searchParams, getIntl()]);
  const box = boxOf(locale);
  const params = parseSearchParams(assessmentBoardParams(span), raw);
  const { year, group } = boardQuery(params, years, spanYears(span).last);
  const agencyId = params.agency ?? null;
  const [agencies, bands, criteria, history] = await Promise.all([
    listCurrentAgencies(new Date(Date.UTC(year, 11, 31))),
    listRatingBands(year),
    listCriteria(year, group),
    agencyId === null ? null : getAgencyAssessmentHistory(viewer, agencyId),
  ]);
  const agency = agencies.find((a) => a.id === agencyId) ?? null;
  const recorded = history?.rows.find((r) => r.year === year);
  const band = (rating: "EXCELLENT" | "GOOD" | "AVERAGE") => box(bands.find((b) => b.rating === rating)?.minScore);
  const groupLabel = t(`assessments.group.${group}`);

  return (
    <IntlClient namespaces={FORM_NAMESPACES}>
    <div className="space-y-10">
      <PageHeader title={t("assessments.entry.heading", { year: String(year), group: groupLabel })} back={{ href: `/assessments?year=${year}`, label: t("assessments.title") }} />
      <AssessmentFilter action="/assessments/entry" years={years} year={year} group={group}>
        <SelectField id="filter-agency" name="agency" label={t("assessments.field.agency")} defaultValue={agencyId ?? undefined} allLabel="—"
          options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
      </AssessmentFilter>

      {agency ? (
        <Section id="entry-agency" title={agency.name} className="space-y-4">
          <AssessmentForm
            key={`${agency.id}-${year}-${group}`}
            action={saveAgencyAssessment}
            agencyId={agency.id}
            year={year}
            group={group}
            selfScore={box(recorded?.selfScore)}
            appraisedScore={box(recorded?.appraisedScore)}
            criteria={criteria.map((c) => {
              const scored = recorded?.criteria.find((s) => s.criterionId === c.id);
              return {
                id: c.id,
                legend: t("assessments.field.criterionLegend", { code: c.code, name: c.name, max: f.score(c.maxScore) }),
                self: box(scored?.selfScore),
                appraised: box(scored?.appraisedScore),
                evidence: scored?.evidence ?? "",
              };
            })}
          />
        </Section>
      ) : null}

      <Section id="entry-bands" title={t("assessments.bands.formHeading", { year: String(year) })} className="space-y-4">
        <BandsForm key={`bands-${year}`} action={saveRatingBands} year={year} values={{ EXCELLENT: band("EXCELLENT"), GOOD: band("GOOD"), AVERAGE: band("AVERAGE") }} />
      </Section>

      <Section id="entry-criteria" title={t("assessments.criteria.heading", { year: String(year), group: groupLabel })} className="space-y-4">
        {criteria.length > 0 ? (
          <ul className="list-disc pl-6 text-sm">
            {criteria.map((c) => (
              <li key={c.id}>{t("assessments.field.criterionLegend", { code: c.code, name: c.name, max: f.score(c.maxScore) })}</li>
            ))}
          </ul>
        ) : null}
        <CriterionForm key={`criteria-${year}-${group}`} action={addCriterion} year={year} group={group} />
      </Section>
    </div>
    </IntlClient>
  );
}
