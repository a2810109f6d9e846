// The drill-down's filters as a plain GET form: period (whole months), channel and the
// procedures' administrative level. The sort and the page's own parameters ride along hidden.
import { t } from "@/lib/i18n";
import { formatPeriod } from "@/lib/i18n/format";
import { periodKey, type Period } from "@/lib/metrics/periods";
import type { DrillQuery } from "@/lib/validations/dossiers";

const selectClass = "mt-1 block rounded-md border border-border bg-surface px-3 py-2 text-base text-foreground shadow-sm";

type Props = {
  action: string;
  query: DrillQuery;
  periods: Period[];
  /** false where the level filter does not apply (officials' figures are not split by procedure) */
  showLevel?: boolean;
  hidden?: Record<string, string | undefined>;
};

export function DrillFilters({ action, query, periods, showLevel = true, hidden = {} }: Props) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3" aria-label={t("dossiers.filters")}>
      <div>
        <label htmlFor="period" className="block text-sm font-medium">
          {t("dossiers.filter.period")}
        </label>
        <select id="period" name="period" defaultValue={periodKey(query.period)} className={selectClass}>
          {periods.map((period) => (
            <option key={periodKey(period)} value={periodKey(period)}>
              {formatPeriod(period)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="channel" className="block text-sm font-medium">
          {t("dossiers.filter.channel")}
        </label>
        <select id="channel" name="channel" defaultValue={query.channel ?? ""} className={selectClass}>
          <option value="">{t("dossiers.filter.all")}</option>
          <option value="ONLINE">{t("dossiers.channel.ONLINE")}</option>
          <option value="IN_PERSON">{t("dossiers.channel.IN_PERSON")}</option>
          <option value="POSTAL">{t("dossiers.channel.POSTAL")}</option>
        </select>
      </div>
      {showLevel ? (
        <div>
          <label htmlFor="level" className="block text-sm font-medium">
            {t("dossiers.filter.level")}
          </label>
          <select id="level" name="level" defaultValue={query.level ?? ""} className={selectClass}>
            <option value="">{t("dossiers.filter.all")}</option>
            <option value="PROVINCE">{t("dossiers.level.PROVINCE")}</option>
            <option value="DISTRICT">{t("dossiers.level.DISTRICT")}</option>
            <option value="COMMUNE">{t("dossiers.level.COMMUNE")}</option>
          </select>
        </div>
      ) : null}
      <input type="hidden" name="sort" value={query.sort.key} />
      <input type="hidden" name="dir" value={query.sort.dir} />
      {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("dossiers.filter.apply")}
      </button>
    </form>
  );
}
