// How the service index's periods, scores and bands read in the viewer's language: the callers
// pass their translator and formats (server: getIntl; components: useTranslations/useFormat).
import { useTranslations } from "next-intl";
import type { Catalogue } from "@/lib/i18n/keys";
import { localeFormat, type LocaleFormat } from "@/lib/i18n/locale-format";
import type { Intl as Words } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";
import { DEFAULT_UNITS_VIEW, type UnitsView } from "@/lib/org/views";
import type { Band, Fraction, PortalGroup, ServiceIndex } from "@/lib/service-index/model";
import type { IndexPeriod } from "@/lib/service-index/periods";

/** The catalogue's indicator names and formulas, by the indicator's code ("2.1"). */
type IndicatorKey = Extract<keyof Catalogue, `serviceIndex.ind.${string}`>;
type FormulaKey = Extract<keyof Catalogue, `serviceIndex.formula.${string}`>;

/** The service index's figures as text: `words` are the viewer's translator and formats. */
export function serviceIndexText({ t, f }: Words) {
  /** 66.39 → "66,39" / "66.39" */
  const points = (value: number) => f.decimal(value, 2);
  return {
    points,
    score: (score: number | null) => (score === null ? t("common.noData") : points(score)),
    fraction(fraction: Fraction | null): string {
      if (fraction === null || fraction.denominator === 0) return t("common.noData");
      return f.percent(fraction.numerator / fraction.denominator);
    },
    period(p: IndexPeriod): string {
      if (p.kind === "week" && p.week) {
        return t("serviceIndex.period.week", { week: String(p.week.week).padStart(2, "0"), year: String(p.week.year), from: f.localDate(p.period.from), to: f.localDate(p.period.to) });
      }
      return f.period(p.period);
    },
    band: (band: Band["code"] | null) => (band === null ? t("common.noData") : t(`serviceIndex.band.${band}`)),
    group: (group: PortalGroup) => t(`serviceIndex.group.${group}`),
    indicator: (code: string) => t(`serviceIndex.ind.${code}` as IndicatorKey),
    formula: (code: string) => t(`serviceIndex.formula.${code}` as FormulaKey),
    change: (score: number | null, previous: number | null) => formatChange(score, previous, f),
  };
}

export type ServiceIndexText = ReturnType<typeof serviceIndexText>;

/** In a component: the translator, the formats and the service index's text built on them. */
export function useServiceIndexText(): Words & { s: ServiceIndexText } {
  const t = useTranslations();
  const f = useFormat();
  return { t, f, s: serviceIndexText({ t, f }) };
}

/** A service index page's URL for a period and a units view. */
export function serviceIndexHref(path: string, key: string, view: UnitsView): string {
  return `${path}?${new URLSearchParams({ period: key, ...(view === DEFAULT_UNITS_VIEW ? {} : { units: view }) })}`;
}

export const onTimeOf = (index: ServiceIndex) => index.indicators.find((i) => i.def.code === "2.1")?.fraction ?? null;

// Vietnamese digits for a caller without the viewer's formats (a signed number needs no words)
const VI_DIGITS = localeFormat("vi", () => {
  throw new Error("a signed change reads no words");
});

/** "+1,25", "−0,40", "±0,00"; "—" when either score is missing. */
export function formatChange(score: number | null, previous: number | null, f: Pick<LocaleFormat, "signed"> = VI_DIGITS): string {
  if (score === null || previous === null) return "—";
  return f.signed(score - previous, 2);
}
