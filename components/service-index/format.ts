// How the service index's periods, scores and bands read in vi-VN.
import { t, type MessageKey } from "@/lib/i18n";
import { formatDecimal, formatLocalDate, formatPercent, formatPeriod, formatSigned } from "@/lib/i18n/format";
import { DEFAULT_UNITS_VIEW, type UnitsView } from "@/lib/org/views";
import type { Band, Fraction, PortalGroup, ServiceIndex } from "@/lib/service-index/model";
import type { IndexPeriod } from "@/lib/service-index/periods";

/** 66.39 → "66,39" */
export const formatPoints = (value: number) => formatDecimal(value, 2);

export function formatScore(score: number | null): string {
  return score === null ? t("common.noData") : formatPoints(score);
}

export function formatFraction(fraction: Fraction | null): string {
  if (fraction === null || fraction.denominator === 0) return t("common.noData");
  return formatPercent(fraction.numerator / fraction.denominator);
}

export function formatIndexPeriod(p: IndexPeriod): string {
  if (p.kind === "week" && p.week) {
    return t("serviceIndex.period.week", { week: String(p.week.week).padStart(2, "0"), year: p.week.year, from: formatLocalDate(p.period.from), to: formatLocalDate(p.period.to) });
  }
  return formatPeriod(p.period);
}

export function bandLabel(band: Band["code"] | null): string {
  return band === null ? t("common.noData") : t(`serviceIndex.band.${band}`);
}

export const groupLabel = (group: PortalGroup) => t(`serviceIndex.group.${group}`);
export const indicatorLabel = (code: string) => t(`serviceIndex.ind.${code}` as MessageKey);

/** A service index page's URL for a period and a units view. */
export function serviceIndexHref(path: string, key: string, view: UnitsView): string {
  return `${path}?${new URLSearchParams({ period: key, ...(view === DEFAULT_UNITS_VIEW ? {} : { units: view }) })}`;
}

export const onTimeOf = (index: ServiceIndex) => index.indicators.find((i) => i.def.code === "2.1")?.fraction ?? null;

/** "+1,25", "−0,40", "±0,00"; "—" when either score is missing. */
export function formatChange(score: number | null, previous: number | null): string {
  if (score === null || previous === null) return "—";
  return formatSigned(score - previous, 2);
}
