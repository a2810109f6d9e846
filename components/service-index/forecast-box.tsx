// The forecast for the week under way, stated as a forecast: the index if every open dossier due
// by Sunday is resolved in time, and if none is.
import { Section } from "@/components/ui/section";
import type { Forecast } from "@/lib/data/service-index";
import type { LocalDate } from "@/lib/metrics/periods";
import { useServiceIndexText } from "./format";

export function ForecastBox({ forecast, asOf }: { forecast: Forecast; asOf: LocalDate }) {
  const { t, f, s } = useServiceIndexText();
  const line = (label: string, index: Forecast["best"]) => (
    <li className="rounded-md border border-border bg-surface p-3">
      <p className="text-sm text-muted">{label}</p>
      <p className="text-xl font-bold text-brand-900">
        {s.score(index.score)} · {s.band(index.band)}
      </p>
      <p className="text-sm">
        {t("serviceIndex.onTime")}: {s.fraction(index.indicators.find((i) => i.def.code === "2.1")?.fraction ?? null)}
      </p>
    </li>
  );
  return (
    <Section id="forecast" title={t("serviceIndex.forecast.title")} note={t("serviceIndex.forecast.note", { asOf: f.localDate(asOf), open: f.number(forecast.openDue) })} testId="service-index-forecast">
      <ul className="grid gap-3 sm:grid-cols-2">
        {line(t("serviceIndex.forecast.best"), forecast.best)}
        {line(t("serviceIndex.forecast.worst"), forecast.worst)}
      </ul>
    </Section>
  );
}
