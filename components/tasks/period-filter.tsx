// The tasks page's period and agency: two date fields (any range within the data), quick links to
// whole years and quarters, and the agency for viewers who read every agency. A GET form: the URL
// is the state.
import { DateField, FilterForm, SelectField } from "@/components/ui/controls";
import { LinkTabs } from "@/components/ui/link-tabs";
import { periodKey, type Period } from "@/lib/metrics/periods";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import type { AgencyChoice } from "@/lib/data/province/agencies";

type Props = {
  period: Period;
  agencyId: number | undefined;
  /** null: the viewer reads one agency only and cannot choose */
  agencies: AgencyChoice[] | null;
  quickPeriods: Period[];
  /** the first and last day a range may take (the data's span) */
  bounds: { min: string; max: string };
  /** parameters kept across the form (e.g. the units the figures are read by) */
  hidden?: Record<string, string>;
};

export function PeriodFilter({ period, agencyId, agencies, quickPeriods, bounds, hidden = {} }: Props) {
  const t = useTranslations();
  const f = useFormat();
  const quickHref = (p: Period) => {
    const params = new URLSearchParams({ period: periodKey(p), ...hidden });
    if (agencyId !== undefined && agencies !== null) params.set("agency", String(agencyId));
    return `/tasks?${params.toString()}`;
  };
  return (
    <div className="space-y-3 rounded-lg border border-border bg-surface p-4 shadow-sm">
      <FilterForm action="/tasks" label={t("tasks.filter.label")} submitLabel={t("tasks.filter.apply")} hidden={hidden}>
        <DateField id="tasks-from" name="from" label={t("tasks.filter.from")} required defaultValue={period.from} {...bounds} />
        <DateField id="tasks-to" name="to" label={t("tasks.filter.to")} required defaultValue={period.to < bounds.max ? period.to : bounds.max} {...bounds} />
        {agencies !== null ? (
          <SelectField id="tasks-agency" name="agency" label={t("tasks.col.agency")} defaultValue={agencyId} allLabel={t("tasks.filter.allAgencies")}
            options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
        ) : null}
      </FilterForm>
      <LinkTabs label={t("tasks.filter.quick")}
        links={quickPeriods.map((p) => ({ href: quickHref(p), label: f.period(p), current: periodKey(p) === periodKey(period) }))} />
    </div>
  );
}
