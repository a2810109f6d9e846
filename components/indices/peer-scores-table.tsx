// Other provinces' published results of the same index, with their sources (Khánh Hòa in the demo).
import type { IndexDetail } from "@/lib/data/index-detail";
import { t } from "@/lib/i18n";
import { rankText, scoreText, tableClass, tableWrapClass, tdClass, thClass } from "./display";
import { SourceText } from "./source-text";

export function PeerScoresTable({ index }: { index: IndexDetail }) {
  if (index.peers.length === 0) return null;
  return (
    <section aria-labelledby="index-peers" className="space-y-4">
      <h2 id="index-peers" className="text-lg font-semibold text-brand-900">{t("indices.peers.heading")}</h2>
      <div className={tableWrapClass}>
        <table className={tableClass} data-testid="index-peers">
          <caption className="sr-only">{t("indices.peers.caption")}</caption>
          <thead className="bg-brand-50 text-brand-900">
            <tr>
              <th scope="col" className={thClass}>{t("indices.peers.province")}</th>
              <th scope="col" className={thClass}>{t("indices.col.year")}</th>
              <th scope="col" className={thClass}>{t("indices.col.score")}</th>
              <th scope="col" className={thClass}>{t("indices.col.rank")}</th>
              <th scope="col" className={thClass}>{t("indices.col.source")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {index.peers.map((p) => (
              <tr key={`${p.province}-${p.year}`} data-testid={`peer-${p.year}`}>
                <th scope="row" className={`${tdClass} font-medium`}>{p.province}</th>
                <td className={tdClass}>{p.year}</td>
                <td className={`${tdClass} tabular-nums`}>{scoreText(p.score, index.unit)}</td>
                <td className={`${tdClass} tabular-nums`}>{rankText(p.rank, p.rankOf)}</td>
                <td className={`${tdClass} max-w-md text-xs`}>
                  <SourceText source={p.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
