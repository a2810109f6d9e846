// Head-of-agency alerts (DESIGN §6), each with the rule, the figure and the evidence years.
import type { RatingAlert, RatedYear } from "@/lib/metrics/indices";
import { useTranslations } from "next-intl";
import type { Intl } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";

function figure({ t, f }: Intl, year: RatedYear): string {
  const rating = year.rating === null ? "" : t(`assessments.rating.${year.rating}`);
  return year.score === null
    ? t("assessments.alert.figureNoScore", { year: String(year.year), rating })
    : t("assessments.alert.figure", { year: String(year.year), rating, score: f.score(year.score) });
}

function evidence(alert: RatingAlert): RatedYear[] {
  return alert.rule === "HEAD_NOT_WELL" ? [{ year: alert.year, rating: alert.rating, score: alert.score }] : alert.years;
}

export function AlertList({ alerts, compact = false }: { alerts: RatingAlert[]; compact?: boolean }) {
  const t = useTranslations();
  const f = useFormat();
  if (alerts.length === 0) return compact ? null : <p className="text-muted">{t("assessments.alerts.none")}</p>;
  return (
    <ul className="space-y-2">
      {alerts.map((alert) => (
        <li
          key={`${alert.rule}-${alert.year}`}
          data-testid={`alert-${alert.rule}-${alert.year}`}
          className="rounded-md border border-accent-600/40 bg-accent-100 px-3 py-2 text-sm text-accent-700"
        >
          <p className="font-semibold">{t(`assessments.alert.title.${alert.rule}`)}</p>
          {compact ? null : <p>{t(`assessments.alert.rule.${alert.rule}`)}</p>}
          <p>{evidence(alert).map((year) => figure({ t, f }, year)).join("; ")}</p>
        </li>
      ))}
    </ul>
  );
}
