// Other provinces' published results of the same index, with their sources (Khánh Hòa in the demo).
import { useTranslations } from "next-intl";
import { Table, type Column } from "@/components/ui/table";
import { Section } from "@/components/ui/section";
import type { IndexDetail } from "@/lib/data/index-detail";
import { useFormat } from "@/lib/i18n/use-format";
import { rankText, scoreText } from "./display";
import { SourceText } from "./source-text";

type Peer = IndexDetail["peers"][number];

export function PeerScoresTable({ index }: { index: IndexDetail }) {
  const t = useTranslations();
  const f = useFormat();
  if (index.peers.length === 0) return null;
  const columns: Column<Peer>[] = [
    { key: "province", header: t("indices.peers.province"), rowHeader: true, cell: (p) => p.province },
    { key: "year", header: t("indices.col.year"), cell: (p) => p.year },
    { key: "score", header: t("indices.col.score"), numeric: true, cell: (p) => scoreText(p.score, index.unit, { t, f }) },
    { key: "rank", header: t("indices.col.rank"), numeric: true, cell: (p) => rankText(p.rank, p.rankOf, { t }) },
    { key: "source", header: t("indices.col.source"), className: "max-w-md text-xs", cell: (p) => <SourceText source={p.source} /> },
  ];
  return (
    <Section id="index-peers" title={t("indices.peers.heading")} className="space-y-4">
      <Table caption={t("indices.peers.caption")} columns={columns} rows={index.peers} rowKey={(p) => `${p.province}-${p.year}`}
        rowProps={(p) => ({ "data-testid": `peer-${p.year}` })} testId="index-peers" />
    </Section>
  );
}
