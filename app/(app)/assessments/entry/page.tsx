// Home Affairs' entry of the yearly assessment: the year's bands, the group's criteria, and one
// agency's scores per criterion with evidence.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssessmentFilter, parseBoardQuery } from "@/components/assessments/assessment-filter";
import { AssessmentForm } from "@/components/assessments/assessment-form";
import { BandsForm } from "@/components/assessments/bands-form";
import { CriterionForm } from "@/components/assessments/criterion-form";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listCurrentAgencies } from "@/lib/data/agencies";
import { getDataAsOf } from "@/lib/data/as-of";
import { getAgencyAssessmentHistory, listAssessmentYears, listCriteria, listRatingBands } from "@/lib/data/assessments";
import { t } from "@/lib/i18n";
import { formatScoreValue } from "@/lib/i18n/index-format";
import { addCriterion, saveAgencyAssessment, saveRatingBands } from "../actions";

export const metadata: Metadata = { title: t("assessments.entry.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const box = (value: number | null | undefined): string => (value === null || value === undefined ? "" : String(value).replace(".", ","));

export default async function AssessmentEntryPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (!can(viewer, "assessment.manage")) notFound();
  const raw = await searchParams;
  const [years, asOf] = await Promise.all([listAssessmentYears(), getDataAsOf()]);
  const { year, group } = parseBoardQuery(raw, years, Number(asOf.slice(0, 4)));
  const agencyId = typeof raw.agency === "string" && /^\d{1,9}$/.test(raw.agency) ? Number(raw.agency) : null;
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
    <div className="space-y-10">
      <div className="space-y-2">
        <Link href={`/assessments?year=${year}`} className="text-sm text-brand-700 underline">{t("assessments.title")}</Link>
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("assessments.entry.heading", { year, group: groupLabel })}</h1>
      </div>
      <AssessmentFilter action="/assessments/entry" years={years} year={year} group={group}>
        <label className="text-sm font-medium" htmlFor="filter-agency">
          {t("assessments.field.agency")}
          <select id="filter-agency" name="agency" defaultValue={agencyId ?? ""} className="mt-1 block rounded-md border border-border bg-surface px-3 py-2">
            <option value="">—</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>{a.name}</option>
            ))}
          </select>
        </label>
      </AssessmentFilter>

      {agency ? (
        <section aria-labelledby="entry-agency" className="space-y-4">
          <h2 id="entry-agency" className="text-lg font-semibold text-brand-900">{agency.name}</h2>
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
                legend: t("assessments.field.criterionLegend", { code: c.code, name: c.name, max: formatScoreValue(c.maxScore) }),
                self: box(scored?.selfScore),
                appraised: box(scored?.appraisedScore),
                evidence: scored?.evidence ?? "",
              };
            })}
          />
        </section>
      ) : null}

      <section aria-labelledby="entry-bands" className="space-y-4">
        <h2 id="entry-bands" className="text-lg font-semibold text-brand-900">{t("assessments.bands.formHeading", { year })}</h2>
        <BandsForm key={`bands-${year}`} action={saveRatingBands} year={year} values={{ EXCELLENT: band("EXCELLENT"), GOOD: band("GOOD"), AVERAGE: band("AVERAGE") }} />
      </section>

      <section aria-labelledby="entry-criteria" className="space-y-4">
        <h2 id="entry-criteria" className="text-lg font-semibold text-brand-900">{t("assessments.criteria.heading", { year, group: groupLabel })}</h2>
        {criteria.length > 0 ? (
          <ul className="list-disc pl-6 text-sm">
            {criteria.map((c) => (
              <li key={c.id}>{t("assessments.field.criterionLegend", { code: c.code, name: c.name, max: formatScoreValue(c.maxScore) })}</li>
            ))}
          </ul>
        ) : null}
        <CriterionForm key={`criteria-${year}-${group}`} action={addCriterion} year={year} group={group} />
      </section>
    </div>
  );
}
