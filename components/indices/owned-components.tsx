// "The components you answer for, and how they moved": on an agency's page.
import { EmptyState } from "@/components/ui/empty-state";
import { CellLink, Table, type Column } from "@/components/ui/table";
import type { OwnedComponent } from "@/lib/data/index-detail";
import { t } from "@/lib/i18n";
import { formatScoreValue } from "@/lib/i18n/index-format";
import { roundTo } from "@/lib/metrics/indices";
import { changeText } from "./display";

const COLUMNS: Column<OwnedComponent>[] = [
  { key: "component", header: t("indices.col.component"), rowHeader: true, cell: (r) => r.componentName },
  {
    key: "index",
    header: t("indices.col.index"),
    cell: (r) => <CellLink href={`/indices/${r.indexCode}`}>{r.indexName}</CellLink>,
  },
  { key: "role", header: t("indices.field.role"), cell: (r) => t(`indices.role.${r.role}`) },
  {
    key: "latest",
    header: t("indices.agency.latest"),
    numeric: true,
    cell: (r) => (r.latest ? `${formatScoreValue(r.latest.score)}/${formatScoreValue(r.maxScore)} (${r.latest.year})` : t("indices.agency.noScore")),
  },
  {
    key: "movement",
    header: t("indices.agency.movement"),
    numeric: true,
    cell: (r) => (r.latest ? changeText(r.previous ? roundTo(r.latest.score - r.previous.score, 4) : null) : ""),
  },
];

export function OwnedComponents({ rows }: { rows: OwnedComponent[] }) {
  if (rows.length === 0) return <EmptyState>{t("indices.agency.none")}</EmptyState>;
  return (
    <Table caption={t("indices.agency.caption")} columns={COLUMNS} rows={rows} rowKey={(r) => `${r.indexCode}-${r.componentCode}`}
      rowProps={(r) => ({ "data-testid": `owned-${r.indexCode}-${r.componentCode}` })} testId="owned-components" />
  );
}
