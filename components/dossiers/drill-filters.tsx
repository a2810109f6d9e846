// The drill-down's filters as a plain GET form: period (whole months), channel and the
// procedures' administrative level. The sort and the page's own parameters ride along hidden.
import { FilterForm, SelectField } from "@/components/ui/controls";
import { PeriodSelect } from "@/components/ui/period-select";
import { useTranslations } from "next-intl";
import { periodKey, type Period } from "@/lib/metrics/periods";
import { CHANNELS, LEVELS, type DrillQuery } from "@/lib/validations/dossier-params";

type Props = {
  action: string;
  query: DrillQuery;
  periods: Period[];
  /** false where the level filter does not apply (officials' figures are not split by procedure) */
  showLevel?: boolean;
  /** false where the sort does not apply (the compliance lists have their own order) */
  keepSort?: boolean;
  hidden?: Record<string, string | undefined>;
};

export function DrillFilters({ action, query, periods, showLevel = true, keepSort = true, hidden = {} }: Props) {
  const t = useTranslations();
  const sort = keepSort ? { sort: query.sort.key, dir: query.sort.dir } : {};
  return (
    <FilterForm action={action} label={t("dossiers.filters")} hidden={{ ...sort, ...hidden }} submitLabel={t("dossiers.filter.apply")}>
      {/* about a hundred months, quarters and years: sent as keys, labelled on the client (issue 19) */}
      <PeriodSelect id="period" name="period" label={t("dossiers.filter.period")} selected={periodKey(query.period)}
        keys={periods.map(periodKey)} labels={{ year: t.raw("period.year") as string, quarter: t.raw("period.quarter") as string, month: t.raw("period.month") as string }} />
      <SelectField id="channel" name="channel" label={t("dossiers.filter.channel")} defaultValue={query.channel} allLabel={t("dossiers.filter.all")}
        options={CHANNELS.map((channel) => ({ value: channel, label: t(`dossiers.channel.${channel}`) }))} />
      {showLevel ? (
        <SelectField id="level" name="level" label={t("dossiers.filter.level")} defaultValue={query.level} allLabel={t("dossiers.filter.all")}
          options={LEVELS.map((level) => ({ value: level, label: t(`dossiers.level.${level}`) }))} />
      ) : null}
    </FilterForm>
  );
}
