// Other provinces' published results of the same index, with their sources (Khánh Hòa in the demo).
import type { IndexDetail } from "@/lib/data/index-detail";
import { t } from "@/lib/i18n";
import { rankText, scoreText, tdClass } from "./display";
import { DataTable } from "./data-table";
import { SourceText } from "./source-text";

export function PeerScoresTable({ index }: { index: IndexDetail }) {
  if (index.peers.length === 0) return null;
  return (
    <section aria-labelledby="index-peers" className="space-y-4">
      <h2 id="index-peers" className="text-lg font-semibold text-brand-900">{t("indices.peers.heading")}</h2>
      <DataTable
        caption={t("indices.peers.caption")}
        testId="index-peers"
        columns={[t("indices.peers.province"), t("indices.col.year"), t("indices.col.score"), t("indices.col.rank"), t("indices.col.source")]}
      >
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
      </DataTable>
    </section>
  );
}
