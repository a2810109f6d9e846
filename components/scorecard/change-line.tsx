// One comparison of a figure: an arrow for the direction, coloured by whether the move is good
// (green) or bad (red), the difference, and what it is compared with. The colour is never the only
// cue: the words "tốt lên" / "xấu đi" are read out with it.
import type { Change } from "@/lib/metrics/scorecard";
import { useTranslations } from "next-intl";
import type { Intl } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";

export type FigureFormat = "count" | "rate";

/** A difference in the figure's unit: counts as "+1.234", rates in percentage points ("−0,40 điểm %"). */
export function formatDelta(delta: number, format: FigureFormat, { t, f }: Intl): string {
  if (format === "count") return f.signed(delta);
  return t("scorecard.change.points", { value: f.signed(delta * 100, 2) });
}

const ARROWS = { up: "▲", down: "▼", flat: "▶" } as const;

export function ChangeLine({ change, format, against }: { change: Change; format: FigureFormat; against: "previous" | "yearAgo" }) {
  const t = useTranslations();
  const f = useFormat();
  const label = t(against === "previous" ? "scorecard.change.vsPrevious" : "scorecard.change.vsYearAgo");
  if (change.delta === null || change.trend === null) {
    return (
      <li className="text-muted">
        <span aria-hidden="true">– </span>
        {t("scorecard.change.none")} ({label})
      </li>
    );
  }
  const verdict = change.trend === "flat" ? "flat" : change.good === null ? "neutral" : change.good ? "good" : "bad";
  const colour = verdict === "good" ? "text-good" : verdict === "bad" ? "text-bad" : "text-muted";
  return (
    <li className={colour} data-verdict={verdict}>
      <span aria-hidden="true">{ARROWS[change.trend]} </span>
      <span className="delta">{formatDelta(change.delta, format, { t, f })}</span> {label}
      {verdict === "good" || verdict === "bad" ? <span className="sr-only"> ({t(`scorecard.change.${verdict}`)})</span> : null}
    </li>
  );
}
