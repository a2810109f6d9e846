// The five indices: latest score and rank, their change on the year before, a sparkline.
import Link from "next/link";
import type { Viewer } from "@/lib/auth/permissions";
import type { IndexSummary } from "@/lib/data/indices";
import { getScorecardIndices } from "@/lib/data/scorecard";
import { Sparkline } from "./sparkline";
import { CARD_GRID } from "./section";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { getIntl } from "@/lib/i18n/server";
import { localName } from "@/lib/i18n/locale";

function RankChange({ index }: { index: IndexSummary }) {
  const t = useTranslations();
  if (index.rankChange === null) return null;
  const places = Math.abs(index.rankChange);
  if (index.rankChange === 0) return <li className="text-muted">▶ {t("scorecard.indices.rankSame")}</li>;
  const up = index.rankChange > 0;
  return (
    <li className={up ? "text-good" : "text-bad"} data-verdict={up ? "good" : "bad"}>
      <span aria-hidden="true">{up ? "▲" : "▼"} </span>
      {t(up ? "scorecard.indices.rankUp" : "scorecard.indices.rankDown", { places: String(places) })}
    </li>
  );
}

function ScoreChange({ index }: { index: IndexSummary }) {
  const t = useTranslations();
  const f = useFormat();
  if (index.scoreChange === null || index.latestYear === null) return null;
  const verdict = index.scoreChange > 0 ? "good" : index.scoreChange < 0 ? "bad" : "flat";
  const colour = verdict === "good" ? "text-good" : verdict === "bad" ? "text-bad" : "text-muted";
  return (
    <li className={colour} data-verdict={verdict}>
      <span aria-hidden="true">{verdict === "good" ? "▲" : verdict === "bad" ? "▼" : "▶"} </span>
      {t("scorecard.indices.scoreChange", { change: f.signedChange(index.scoreChange), year: String(index.latestYear - 1) })}
    </li>
  );
}

export async function IndexCards({ viewer }: { viewer: Viewer }) {
  const { t, f, locale } = await getIntl();
  const indices = await getScorecardIndices(viewer);
  return (
    <dl className={CARD_GRID}>
      {indices.map((index) => {
        const points = index.series
          .filter((p) => p.score !== null)
          .map((p) => `${p.year}: ${f.score(p.score!)}`)
          .join("; ");
        return (
          <div key={index.code} className="flex min-w-0 flex-col rounded-lg border border-border border-l-4 border-l-brand-600 bg-surface p-4 shadow-sm" data-print="keep" data-testid={`card-index-${index.code}`}>
            <dt className="text-sm font-medium text-muted">{localName(locale, index)}</dt>
            <dd className="mt-1 space-y-2 text-xs">
              <p className="text-2xl font-semibold tabular-nums text-brand-900">
                {index.score === null ? t("scorecard.indices.none") : f.indexScore(index.score, index.unit)}
              </p>
              <p className="text-muted">
                {index.latestYear === null ? null : t("scorecard.indices.year", { year: String(index.latestYear) })}
                {" · "}
                {index.rank !== null && index.rankOf !== null
                  ? t("scorecard.indices.rank", { rank: String(index.rank), of: String(index.rankOf) })
                  : t("scorecard.indices.noRank")}
              </p>
              {index.recalculated ? <p className="font-medium text-accent-700" data-testid="recalculated">{t("org.indices.recalculated")}</p> : null}
              <ul className="space-y-0.5">
                <ScoreChange index={index} />
                <RankChange index={index} />
              </ul>
              {index.former.length > 0 ? (
                <ul className="space-y-0.5 text-muted" data-testid={`card-index-former-${index.code}`}>
                  {index.former.map((former) => (
                    <li key={former.province}>
                      {t("org.indices.formerLatest", {
                        province: former.province,
                        year: former.latestYear === null ? "" : String(former.latestYear),
                        score: former.score === null ? t("scorecard.indices.none") : f.indexScore(former.score, index.unit),
                        rank: former.rank !== null && former.rankOf !== null ? t("scorecard.indices.rank", { rank: String(former.rank), of: String(former.rankOf) }) : t("scorecard.indices.noRank"),
                      })}
                    </li>
                  ))}
                </ul>
              ) : null}
              <Sparkline points={index.series} label={t("scorecard.indices.sparkline", { name: localName(locale, index), points })} />
              <Link href={`/indices/${index.code}`} className="inline-block text-sm font-medium text-brand-700 underline underline-offset-4" data-print="hide">
                {t("scorecard.detail")}
                <span className="sr-only">: {localName(locale, index)}</span>
              </Link>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
