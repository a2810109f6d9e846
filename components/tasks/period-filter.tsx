// The tasks page's period and agency: two date fields (any range), quick links to whole years
// and quarters, and the agency for viewers who read every agency. A GET form: the URL is the state.
import Link from "next/link";
import { inputClassName, primaryButtonClassName } from "@/components/ui/filter-styles";
import type { AgencyChoice } from "@/lib/data/agencies";
import { periodKey, type Period } from "@/lib/metrics/periods";
import { t } from "@/lib/i18n";
import { formatPeriod } from "@/lib/i18n/format";

type Props = {
  period: Period;
  agencyId: number | undefined;
  /** null: the viewer reads one agency only and cannot choose */
  agencies: AgencyChoice[] | null;
  quickPeriods: Period[];
  /** parameters kept across the form (e.g. the units the figures are read by) */
  hidden?: Record<string, string>;
};

export function PeriodFilter({ period, agencyId, agencies, quickPeriods, hidden = {} }: Props) {
  const quickHref = (p: Period) => {
    const params = new URLSearchParams({ period: periodKey(p), ...hidden });
    if (agencyId !== undefined && agencies !== null) params.set("agency", String(agencyId));
    return `/tasks?${params.toString()}`;
  };
  return (
    <div className="space-y-3 rounded-lg border border-border bg-surface p-4 shadow-sm">
      <form method="get" action="/tasks" className="flex flex-wrap items-end gap-3" aria-label={t("tasks.filter.label")}>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div>
          <label htmlFor="tasks-from" className="block text-sm font-medium">{t("tasks.filter.from")}</label>
          <input id="tasks-from" name="from" type="date" required defaultValue={period.from} className={inputClassName} />
        </div>
        <div>
          <label htmlFor="tasks-to" className="block text-sm font-medium">{t("tasks.filter.to")}</label>
          <input id="tasks-to" name="to" type="date" required defaultValue={period.to} className={inputClassName} />
        </div>
        {agencies !== null ? (
          <div>
            <label htmlFor="tasks-agency" className="block text-sm font-medium">{t("tasks.col.agency")}</label>
            <select id="tasks-agency" name="agency" defaultValue={agencyId ?? ""} className={inputClassName}>
              <option value="">{t("tasks.filter.allAgencies")}</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>{a.name}</option>
              ))}
            </select>
          </div>
        ) : null}
        <button type="submit" className={primaryButtonClassName}>{t("tasks.filter.apply")}</button>
      </form>
      <nav aria-label={t("tasks.filter.quick")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {quickPeriods.map((p) => (
          <Link key={periodKey(p)} href={quickHref(p)} className="text-brand-700 underline" aria-current={periodKey(p) === periodKey(period) ? "page" : undefined}>
            {formatPeriod(p)}
          </Link>
        ))}
      </nav>
    </div>
  );
}
