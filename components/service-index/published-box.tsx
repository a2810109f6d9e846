// The province's computed score beside the one the national portal published for the period, the
// published rank and its movement since the period before, and the results entered so far.
import { Section } from "@/components/ui/section";
import { StatCard } from "@/components/ui/stat-card";
import { Table } from "@/components/ui/table";
import type { PublishedIndex } from "@/lib/data/service-index-entries";
import type { Translator } from "@/lib/i18n/translator";
import { useServiceIndexText } from "./format";

type Props = { computed: number | null; current: PublishedIndex | null; previous: PublishedIndex | null; all: PublishedIndex[]; children?: React.ReactNode };

/** "tăng 2 bậc (kỳ trước 14/34)": a smaller rank is a better one. */
export function rankMovement(current: PublishedIndex, previous: PublishedIndex | null, t: Translator): string {
  if (!previous) return t("serviceIndexPublished.noPrevious");
  const before = rankOf(previous, t);
  const moved = previous.rank - current.rank;
  if (moved > 0) return t("serviceIndexPublished.up", { count: String(moved), previous: before });
  if (moved < 0) return t("serviceIndexPublished.down", { count: String(-moved), previous: before });
  return t("serviceIndexPublished.same", { previous: before });
}

const rankOf = (p: PublishedIndex, t: Translator) => t("serviceIndexPublished.rankOf", { rank: String(p.rank), rankOf: String(p.rankOf) });

export function PublishedBox({ computed, current, previous, all, children }: Props) {
  const { t, s } = useServiceIndexText();
  const demoMark = (p: PublishedIndex) => (p.demo ? ` (${t("serviceIndexPublished.demo")})` : "");
  return (
    <Section id="published" title={t("serviceIndexPublished.title")} note={t("serviceIndexPublished.note")} testId="service-index-published">
      {current ? (
        <>
          <dl className="grid gap-3 sm:grid-cols-4">
            <StatCard label={t("serviceIndexPublished.computed")} value={s.score(computed)} />
            <StatCard label={t("serviceIndexPublished.published")} value={s.points(current.score)} testId="published-score" />
            <StatCard label={t("serviceIndexPublished.difference")} value={s.change(computed, current.score)} />
            <StatCard label={t("serviceIndexPublished.rank")} value={rankOf(current, t)} testId="published-rank" />
          </dl>
          <p className="text-sm" data-testid="published-movement">
            {t("serviceIndexPublished.movement")}: {rankMovement(current, previous, t)}
          </p>
          <p className="text-sm text-muted">
            {t("serviceIndexPublished.source", { source: current.source })}
            {demoMark(current)}
          </p>
        </>
      ) : (
        <p data-testid="published-none">{t("serviceIndexPublished.none")}</p>
      )}
      {all.length > 0 ? (
        <Table<PublishedIndex>
          caption={t("serviceIndexPublished.history")}
          captionVisible
          rows={all}
          rowKey={(p) => p.periodKey}
          testId="published-history"
          columns={[
            { key: "period", header: t("serviceIndexPublished.col.period"), rowHeader: true, cell: (p) => p.periodKey },
            { key: "score", header: t("serviceIndexPublished.published"), numeric: true, cell: (p) => s.points(p.score) },
            { key: "rank", header: t("serviceIndexPublished.rank"), numeric: true, cell: (p) => rankOf(p, t) },
            { key: "source", header: t("serviceIndexPublished.col.source"), className: "text-sm", cell: (p) => `${p.source}${demoMark(p)}` },
          ]}
        />
      ) : null}
      {children}
    </Section>
  );
}
