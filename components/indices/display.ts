// Display of index figures shared by the index pages and the agency section.
import { t } from "@/lib/i18n";
import { formatIndexScore, formatSignedChange } from "@/lib/i18n/index-format";
import type { IndexUnit } from "@/lib/generated/prisma/enums";

export function scoreText(score: number | null, unit: IndexUnit): string {
  return score === null ? t("indices.notPublished") : formatIndexScore(score, unit);
}

export function rankText(rank: number | null, rankOf: number | null): string {
  if (rank === null) return t("indices.notPublished");
  return rankOf === null ? t("indices.rankNoDenominator", { rank }) : t("indices.rank", { rank, rankOf });
}

export function changeText(change: number | null): string {
  return change === null ? t("indices.noComparison") : formatSignedChange(change);
}

export function placesText(change: number | null): string {
  return change === null ? t("indices.noComparison") : t("indices.places", { change: formatSignedChange(change) });
}

/** A source that is a web address becomes a link; other text (with its notes) is shown as is. */
export function sourceHref(source: string): string | null {
  const match = /^https?:\/\/\S+/.exec(source);
  return match ? match[0] : null;
}
