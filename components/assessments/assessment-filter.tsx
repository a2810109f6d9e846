// The year and group of the assessment pages, as a GET form (the URL holds the choice), and the
// choice the URL's parameters (assessmentBoardParams) come to when one is not given.
import type { ReactNode } from "react";
import { FilterForm, SelectField } from "@/components/ui/controls";
import type { AssessmentGroup } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { ASSESSMENT_GROUPS, type AssessmentBoardQuery } from "@/lib/validations/assessments";

export type BoardQuery = { year: number; group: AssessmentGroup };

/** The year asked for, else the latest with assessments, else `fallbackYear` (the data's year); the first group by default. */
export function boardQuery(params: AssessmentBoardQuery, years: number[], fallbackYear: number): BoardQuery {
  return { year: params.year ?? years[0] ?? fallbackYear, group: params.group ?? "DEPARTMENT" };
}

type Props = { action: string; years: number[]; year: number; group: AssessmentGroup; children?: ReactNode };

export function AssessmentFilter({ action, years, year, group, children }: Props) {
  const t = useTranslations();
  const choices = [...new Set([...years, year, year + 1])].sort((a, b) => b - a);
  return (
    <FilterForm action={action} submitLabel={t("assessments.show")}>
      <SelectField id="filter-year" name="year" label={t("assessments.field.year")} defaultValue={year} options={choices.map((y) => ({ value: y, label: String(y) }))} />
      <SelectField id="filter-group" name="group" label={t("assessments.field.group")} defaultValue={group}
        options={ASSESSMENT_GROUPS.map((g) => ({ value: g, label: t(`assessments.group.${g}`) }))} />
      {children}
    </FilterForm>
  );
}
