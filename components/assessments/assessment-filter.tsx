// The year and group of the assessment pages, as a GET form (the URL holds the choice).
import { AssessmentGroup } from "@/lib/generated/prisma/enums";
import { t } from "@/lib/i18n";
import { MAX_YEAR, MIN_YEAR } from "@/lib/validations/indices";

const GROUPS = Object.values(AssessmentGroup);

export type BoardQuery = { year: number; group: AssessmentGroup };

/** `fallbackYear`: the year of the data's as-of day, used when no assessment exists yet. */
export function parseBoardQuery(raw: Record<string, string | string[] | undefined>, years: number[], fallbackYear: number): BoardQuery {
  const askedYear = typeof raw.year === "string" && /^\d{4}$/.test(raw.year) ? Number(raw.year) : null;
  const year = askedYear !== null && askedYear >= MIN_YEAR && askedYear <= MAX_YEAR ? askedYear : (years[0] ?? fallbackYear);
  const group = GROUPS.find((g) => g === raw.group) ?? "DEPARTMENT";
  return { year, group };
}

type Props = { action: string; years: number[]; year: number; group: AssessmentGroup; children?: React.ReactNode };

export function AssessmentFilter({ action, years, year, group, children }: Props) {
  const choices = [...new Set([...years, year, year + 1])].sort((a, b) => b - a);
  const select = "mt-1 block rounded-md border border-border bg-surface px-3 py-2";
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3">
      <label className="text-sm font-medium" htmlFor="filter-year">
        {t("assessments.field.year")}
        <select id="filter-year" name="year" defaultValue={year} className={select}>
          {choices.map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium" htmlFor="filter-group">
        {t("assessments.field.group")}
        <select id="filter-group" name="group" defaultValue={group} className={select}>
          {GROUPS.map((g) => (
            <option key={g} value={g}>{t(`assessments.group.${g}`)}</option>
          ))}
        </select>
      </label>
      {children}
      <button type="submit" className="rounded-md border border-border bg-surface px-4 py-2 font-semibold text-brand-900">
        {t("assessments.show")}
      </button>
    </form>
  );
}
