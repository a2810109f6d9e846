// Display of index figures shared by the index pages and the agency section, in the viewer's
// language: the caller passes its translator and formats (lib/i18n/translator.ts).
import type { IndexUnit } from "@/lib/generated/prisma/enums";
import type { Intl as Words } from "@/lib/i18n/translator";

export function scoreText(score: number | null, unit: IndexUnit, { t, f }: Words): string {
  return score === null ? t("indices.notPublished") : f.indexScore(score, unit);
}

export function rankText(rank: number | null, rankOf: number | null, { t }: Pick<Words, "t">): string {
  if (rank === null) return t("indices.notPublished");
  return rankOf === null ? t("indices.rankNoDenominator", { rank: String(rank) }) : t("indices.rank", { rank: String(rank), rankOf: String(rankOf) });
}

export function changeText(change: number | null, { t, f }: Words): string {
  return change === null ? t("indices.noComparison") : f.signedChange(change);
}

export function placesText(change: number | null, { t, f }: Words): string {
  return change === null ? t("indices.noComparison") : t("indices.places", { change: f.signedChange(change) });
}

/** A source that is a web address becomes a link; other text (with its notes) is shown as is. */
export function sourceHref(source: string): string | null {
  const match = /^https?:\/\/\S+/.exec(source);
  return match ? match[0] : null;
}
