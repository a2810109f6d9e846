// Dossier cards (DESIGN §5.2) for the period, from the rollups only.
import type { Viewer } from "@/lib/auth/permissions";
import { getScorecardDossiers } from "@/lib/data/scorecard";
import { agencyBreaksLateRule, type DossierFigures } from "@/lib/metrics/dossiers";
import { periodKey, type Period } from "@/lib/metrics/periods";
import { compareFigure } from "@/lib/metrics/scorecard";
import { FigureCard } from "./figure-card";
import { CARD_GRID } from "./section";
import { getIntl } from "@/lib/i18n/server";

type RateKey = "received" | "toProcess" | "earlyShare" | "onTimeRate" | "lateRate" | "onlineShare" | "syncedShare" | "digitizedShare";

const CARDS: { key: RateKey; format: "count" | "rate"; higherIsBetter: boolean | null }[] = [
  { key: "received", format: "count", higherIsBetter: null },
  { key: "toProcess", format: "count", higherIsBetter: null },
  { key: "earlyShare", format: "rate", higherIsBetter: true },
  { key: "onTimeRate", format: "rate", higherIsBetter: true },
  { key: "lateRate", format: "rate", higherIsBetter: false },
  { key: "onlineShare", format: "rate", higherIsBetter: true },
  { key: "syncedShare", format: "rate", higherIsBetter: true },
  { key: "digitizedShare", format: "rate", higherIsBetter: true },
];

const value = (figures: DossierFigures, key: RateKey): number | null => figures[key];

/**
 * Where each card leads (issue 16 item 7): the figure's own dossiers, with the filter the page
 * shows — the late ones as a list, the online share as the online channel, the others the
 * period's drill-down by agency.
 */
export function dossierCardHref(key: RateKey | "overdueNow", period: Period): string {
  const search = (extra: Record<string, string>) => new URLSearchParams({ period: periodKey(period), ...extra }).toString();
  switch (key) {
    case "lateRate":
      return `/dossiers/list?${search({ status: "late" })}`;
    case "overdueNow":
      // overdue now is a state of the data's day, whenever the dossier was received: the whole list
      return "/dossiers/list?status=overdue";
    case "onlineShare":
      return `/dossiers?${search({ channel: "ONLINE" })}`;
    default:
      return `/dossiers?${search({})}`;
  }
}

export async function DossierCards({ viewer, period }: { viewer: Viewer; period: Period }) {
  const { t, f } = await getIntl();
  const data = await getScorecardDossiers(viewer, period);
  if (!data) return null;
  const cards = CARDS.map((card) => (
    <FigureCard
      key={card.key}
      label={t(`scorecard.dossiers.${card.key}`)}
      figure={compareFigure(value(data.current, card.key), value(data.previous, card.key), value(data.yearAgo, card.key), card.higherIsBetter)}
      format={card.format}
      href={dossierCardHref(card.key, period)}
      testId={`dossiers-${card.key}`}
      target={card.key === "lateRate" ? t("scorecard.dossiers.lateLimit") : undefined}
      alert={card.key === "lateRate" && agencyBreaksLateRule(data.current.lateRate)}
    />
  ));
  // overdue now is a state of one day: compared with the ends of the two earlier periods
  cards.splice(
    5,
    0,
    <FigureCard
      key="overdueNow"
      label={t("scorecard.dossiers.overdueNow")}
      figure={compareFigure(data.overdueNow, data.previous.overdueAtEnd, data.yearAgo.overdueAtEnd, false)}
      format="count"
      href={dossierCardHref("overdueNow", period)}
      testId="dossiers-overdueNow"
      note={t("scorecard.dossiers.overdueNowNote", { date: f.localDate(data.dataAsOf) })}
    />,
  );
  return <dl className={CARD_GRID}>{cards}</dl>;
}
